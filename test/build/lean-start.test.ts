import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';

// Every run pays for each of Node's own modules it loads. A report sent to standard output writes no
// file, so it has no business with node:fs/promises (which loads readline and file watchers with
// it): that is loaded only to look at and write the files a run was asked to write.
const hook = join(mkdtempSync(join(tmpdir(), 'cyber-ready-lean-')), 'modules.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => { const loaded = process.moduleLoadList.filter((m) => /^NativeModule (fs\\/promises|readline|tty|net)$/.test(m)); process.stderr.write(`loaded: ${loaded.map((m) => m.slice(13)).join(' ')}\\n`); });\n",
);

const loaded = (args: string[]): string[] => {
  const r = spawnSync(process.execPath, ['-r', hook, binPath, ...args], { cwd: repoRoot, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('loaded:')) ?? '';
  return line.slice('loaded:'.length).trim().split(' ').filter(Boolean);
};

const assess = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];

describe("Node's modules a run loads", () => {
  it.each(['json', 'sarif', 'junit', 'markdown'])('a %s report to standard output loads no file-writing or terminal modules', (format) => {
    expect(loaded([...assess, '-f', format])).toEqual([]);
  });

  it('writing a report to a file loads node:fs/promises, to look at the target first', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cyber-ready-lean-out-')), 'report.json');
    expect(loaded([...assess, '-f', 'json', '-o', out])).toContain('fs/promises');
  });
});
