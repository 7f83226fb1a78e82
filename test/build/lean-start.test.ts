import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';

// Every run pays for each of Node's own modules it loads. Reading, scoring and writing files need
// only node:fs, which Node has loaded before the tool starts: node:fs/promises (streams, readline,
// file watchers) and node:crypto (ciphers, hashes, key generation) cost 12 ms between them, once
// on every run that wrote a report to a file. Only writing to a FIFO or device needs fs/promises.
const hook = join(mkdtempSync(join(tmpdir(), 'cyber-ready-lean-')), 'modules.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => { const loaded = process.moduleLoadList.filter((m) => /^NativeModule (fs\\/promises|readline|tty|net|crypto|stream)$/.test(m)); process.stderr.write(`loaded: ${loaded.map((m) => m.slice(13)).join(' ')}\\n`); });\n",
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

  it('writing reports to files loads none of them either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lean-out-'));
    expect(loaded([...assess, '-f', 'json', '-o', join(dir, 'report.json')])).toEqual([]);
    // A second run replaces the files it wrote: the old file's permissions are looked at too.
    expect(loaded([...assess, '-f', 'sarif', '-o', join(dir, 'report.json'), '--report', `markdown=${join(dir, 'paper.md')}`])).toEqual([]);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toContain('"$schema"');
  });

  it('writing to a FIFO still works, through node:fs/promises, which lets the wait for a reader be interrupted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lean-fifo-'));
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The reader writes to a file: a pipe back to this test, unread while the run blocks it, would fill.
    const copy = join(dir, 'copy.json');
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, copy]);
    expect(loaded([...assess, '-f', 'json', '-o', fifo])).toContain('fs/promises');
    return new Promise<void>((done) =>
      reader.on('close', () => {
        expect(JSON.parse(readFileSync(copy, 'utf8')).schemaVersion).toBe(2);
        done();
      }),
    );
  });

  it('the prompt library, loaded for the guided walk, loads no child-process or cryptography modules', () => {
    // It exported every prompt of @inquirer/prompts: the editor prompt's external-editor brought
    // node:child_process, node:crypto, chardet and iconv-lite (584 KB in all) into every walk's start.
    // A script file: `node -e` loads node:crypto itself.
    const script = join(dirname(hook), 'prompts.cjs');
    writeFileSync(
      script,
      `const lib = require(${JSON.stringify(join(repoRoot, 'dist/prompts.cjs'))});
      process.stdout.write(JSON.stringify({ prompts: ['confirm', 'input', 'select', 'editor', 'password'].filter((p) => p in lib),
        modules: process.moduleLoadList.filter((m) => /^NativeModule (child_process|crypto)$/.test(m)) }));`,
    );
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ prompts: ['confirm', 'input', 'select'], modules: [] });
  });
});
