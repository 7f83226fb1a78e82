// Writes that fail part way, through the real binary (SPEC "Bad input, files and safety": nothing
// half-written, no input changed; one line naming the file, exit 2). Each case lost or half-wrote a
// file before: a hard-linked report on a full disk, the second of two renames refused, a temporary
// name too long for a legal file name, a FIFO whose reader left, a job summary on a full disk.
// Cases that need root (a small tmpfs, chattr +a, another user) skip where that is not allowed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary, type CliResult } from '../helpers/cli.js';

const ANSWERS = 'examples/council-cyber-resilience.answers.yaml';
const TODAY = ['--today', '2026-11-23'];

let dir: string;
const mounts: string[] = [];
const appendOnly: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-write-failures-'));
  chmodSync(dir, 0o755);
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
});
afterEach(() => {
  for (const folder of appendOnly.splice(0)) spawnSync('chattr', ['-a', folder]);
  for (const m of mounts.splice(0)) if (spawnSync('umount', [m]).status === 0) rmSync(m, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** One plain line on standard error, exit 2, nothing on standard output, no internal error. */
function expectOneLine(r: CliResult, line: RegExp): void {
  expect(r.stderr, r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(line);
}

const newReport = async (format: string): Promise<string> => {
  const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', format], cwd: dir });
  return r.stdout;
};

it('a legal file name of 248 bytes is written: the temporary name beside it is shortened to fit', async () => {
  for (const name of [`${'r'.repeat(245)}.md`, `${'é'.repeat(122)}.md`]) {
    expect(Buffer.byteLength(name)).toBeGreaterThanOrEqual(247);
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'markdown', '-o', name], cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(await newReport('markdown'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }
});

it.skipIf(process.platform === 'win32')('a FIFO whose reader stops early: said in plain words, not as EPIPE', async () => {
  expect(spawnSync('mkfifo', [join(dir, 'fifo')]).status).toBe(0);
  // Reads one byte and goes; the report (about 70 KB) is more than the pipe holds.
  const reader = spawn('head', ['-c', '1', 'fifo'], { cwd: dir, stdio: 'ignore' });
  const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'markdown', '-o', 'fifo'], cwd: dir });
  await new Promise((done) => (reader.exitCode === null ? reader.on('close', done) : done(null)));
  expectOneLine(r, /^fifo: cannot write: what was reading it \(a FIFO or pipe\) stopped reading before the whole report was written$/);
});