// A save on Windows whose file an antivirus or sync client holds for a moment: the rename is
// retried for a few seconds rather than failing the save. Elsewhere a refused rename is final.
import { describe, expect, it } from 'vitest';
import { RETRY_FOR_MS, renameOver, type RenameDeps } from '../../src/fs/rename-over.js';

const failing = (code: string): Error & { code: string } => Object.assign(new Error(code), { code });

function play(platform: NodeJS.Platform, codes: string[]): { deps: RenameDeps; calls: () => number; slept: number[] } {
  let calls = 0;
  const slept: number[] = [];
  const deps: RenameDeps = {
    platform,
    rename: () => {
      const code = codes[calls++];
      if (code !== undefined) throw failing(code);
    },
    sleep: (ms) => void slept.push(ms),
  };
  return { deps, calls: () => calls, slept };
}

describe('renameOver', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('on Windows retries %s until the file is let go', (code) => {
    const run = play('win32', [code, code, code]);
    renameOver('a.tmp', 'a.yaml', run.deps);
    expect(run.calls()).toBe(4);
    expect(run.slept).toEqual([10, 20, 40]);
  });

  it('on Windows gives up after a few seconds with the last error', () => {
    const run = play('win32', Array.from({ length: 1000 }, () => 'EBUSY'));
    expect(() => renameOver('a.tmp', 'a.yaml', run.deps)).toThrow(expect.objectContaining({ code: 'EBUSY' }));
    const total = run.slept.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(RETRY_FOR_MS);
    expect(total).toBeLessThan(RETRY_FOR_MS + 300);
    expect(Math.max(...run.slept)).toBe(250);
  });

  it('does not retry other errors on Windows, nor any error elsewhere', () => {
    const windows = play('win32', ['ENOSPC']);
    expect(() => renameOver('a.tmp', 'a.yaml', windows.deps)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(windows.calls()).toBe(1);
    for (const platform of ['linux', 'darwin'] as const) {
      const run = play(platform, ['EPERM']);
      expect(() => renameOver('a.tmp', 'a.yaml', run.deps)).toThrow(expect.objectContaining({ code: 'EPERM' }));
      expect(run.calls()).toBe(1);
      expect(run.slept).toEqual([]);
    }
  });
});
