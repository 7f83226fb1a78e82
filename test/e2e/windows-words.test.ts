import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

// A read-only report is refused, with the way to make it writable. Windows has no chmod: there a
// file is read-only by its attribute (Node reports it as mode 0444), so the words are Windows' own.
// The run is told the platform as the binary tells it (process.platform).
function folderWithReadOnlyReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-windows-'));
  cpSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'answers.yaml'));
  writeFileSync(join(dir, 'board paper.md'), 'signed off\n');
  chmodSync(join(dir, 'board paper.md'), 0o444);
  return dir;
}

describe('the way out of a read-only report, in the words of the system the run is on', () => {
  const args = ['assess', '-a', 'answers.yaml', '--today', '2026-11-30', '--report', 'markdown=board paper.md'];

  it('on Linux (the binary), chmod', async () => {
    const r = await runBinary({ args, cwd: folderWithReadOnlyReport() });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.trim().split('\n').at(-1)).toBe("board paper.md: cannot write: it is read-only, so it is not replaced; make it writable first (chmod u+w 'board paper.md') if it is to be, or choose another file");
  });

  it('on Windows, the Read-only box or attrib -r', async () => {
    const r = await runInProcess({ args, cwd: folderWithReadOnlyReport(), platform: 'win32' });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('board paper.md: cannot write: it is read-only, so it is not replaced; make it writable first (clear "Read-only" in its Properties, or attrib -r "board paper.md") if it is to be, or choose another file');
  });
});
