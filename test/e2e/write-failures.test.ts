// Writes that fail part way, through the real binary (SPEC "Bad input, files and safety": nothing
// half-written, no input changed; one line naming the file, exit 2). Each case lost or half-wrote a
// file before: a hard-linked report on a full disk, the second of two renames refused, a temporary
// name too long for a legal file name, a FIFO whose reader left, a job summary on a full disk.
// Cases that need root (a small tmpfs, chattr +a, another user) skip where that is not allowed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { expectOneLine } from '../helpers/one-line-error.js';

const ANSWERS = 'examples/council-cyber-resilience.answers.yaml';
const TODAY = ['--today', '2026-11-23'];
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Europe/London' };
const OLD = 'OLD REPORT\n';
const isRoot = process.getuid?.() === 0;

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


/** A tmpfs of `kb` KiB at a new folder, world-writable and sticky as /tmp is; null where mounting is not allowed. */
function smallDisk(kb: number): string | null {
  if (!isRoot) return null;
  const at = mkdtempSync(join(tmpdir(), 'cyber-ready-small-disk-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=1777`, 'tmpfs', at]).status !== 0) {
    rmSync(at, { recursive: true, force: true });
    return null;
  }
  mounts.push(at);
  return at;
}

/** Fill the disk holding `folder` until about `freeKb` KiB are left. */
function fillTo(folder: string, freeKb: number): void {
  const free = (): number => Number(spawnSync('df', ['-Pk', folder], { encoding: 'utf8' }).stdout.trim().split('\n')[1]!.split(/\s+/)[3]);
  writeFileSync(join(folder, 'fill'), Buffer.alloc((free() - freeKb) * 1024));
}

/** Make `folder` append-only (files may be made in it, not renamed or removed); false where not allowed. */
function makeAppendOnly(folder: string): boolean {
  if (!isRoot || spawnSync('chattr', ['+a', folder]).status !== 0) return false;
  appendOnly.push(folder);
  return true;
}

const newReport = async (format: string): Promise<string> => {
  const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', format], cwd: dir });
  return r.stdout;
};

it('a hard-linked report on a full disk keeps its old text under both names, and says the disk is full', async (ctx) => {
  const disk = smallDisk(256);
  if (!disk) return ctx.skip();
  writeFileSync(join(disk, 'r.md'), OLD);
  linkSync(join(disk, 'r.md'), join(disk, 'r-archive.md'));
  // Room for the new report's temporary file (about 70 KB), not for the file's new length as well.
  expect((await newReport('markdown')).length).toBeGreaterThan(60_000);
  fillTo(disk, 100);
  const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'markdown', '-o', join(disk, 'r.md')], cwd: dir });
  expect(readFileSync(join(disk, 'r.md'), 'utf8')).toBe(OLD);
  expect(readFileSync(join(disk, 'r-archive.md'), 'utf8')).toBe(OLD);
  expect(statSync(join(disk, 'r.md')).nlink).toBe(2);
  expectOneLine(r, /^\/.*\/r\.md: cannot write: no space left on the device$/);
  expect(readdirSync(disk).sort()).toEqual(['fill', 'r-archive.md', 'r.md']);
});

it("someone else's report in a sticky folder on a full disk keeps its old text, and the message is the full disk", async (ctx) => {
  const disk = smallDisk(256);
  if (!disk || spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0) return ctx.skip();
  writeFileSync(join(disk, 'r.md'), OLD);
  chmodSync(join(disk, 'r.md'), 0o666);
  fillTo(disk, 100);
  // nobody must be able to read the answers and the tool.
  const home = mkdtempSync(join(tmpdir(), 'cyber-ready-nobody-'));
  chmodSync(home, 0o755);
  cpSync(join(dir, ANSWERS), join(home, 'a.yaml'));
  chownSync(join(home, 'a.yaml'), 65534, 65534);
  const s = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, binPath, 'assess', '-a', 'a.yaml', ...TODAY, '-f', 'markdown', '-o', join(disk, 'r.md')], { cwd: home, env, encoding: 'utf8' });
  rmSync(home, { recursive: true, force: true });
  expectOneLine({ code: s.status ?? -1, stdout: s.stdout, stderr: s.stderr }, /^\/.*\/r\.md: cannot write: no space left on the device$/);
  expect(readFileSync(join(disk, 'r.md'), 'utf8')).toBe(OLD);
  expect(statSync(join(disk, 'r.md')).uid).toBe(0);
});

it('two reports whose second folder refuses the rename (append-only): neither changes, and the temporary file left there is named', async (ctx) => {
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a/r.txt'), 'OLD A\n');
  writeFileSync(join(dir, 'b/r.md'), 'OLD B\n');
  if (!makeAppendOnly(join(dir, 'b'))) return ctx.skip();
  const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-o', 'a/r.txt', '--report', 'markdown=b/r.md'], cwd: dir });
  // The first report was renamed into place before the second was refused: it is put back.
  expect(readFileSync(join(dir, 'a/r.txt'), 'utf8')).toBe('OLD A\n');
  expect(readFileSync(join(dir, 'b/r.md'), 'utf8')).toBe('OLD B\n');
  expectOneLine(r, /^b\/r\.md: cannot write: permission denied; a temporary file could not be removed and is left beside it \(\.r\.md\.\d+\.[0-9a-f]{8}\.tmp\): the folder lets files be made but not removed \(append-only\?\)$/);
  expect(readdirSync(join(dir, 'a'))).toEqual(['r.txt']);
  // A new file of the same run is taken back as well.
  const n = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-o', 'a/new.txt', '--report', 'markdown=b/r.md'], cwd: dir });
  expect(n.code).toBe(ExitCode.CannotAssess);
  expect(readdirSync(join(dir, 'a'))).toEqual(['r.txt']);
});

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

it('a job summary that fills the space it may use (ulimit -f) is cut back to what it held, with a warning', () => {
  const before = '## An earlier step\n\nIts own summary.\n';
  writeFileSync(join(dir, 'summary.md'), before);
  const s = spawnSync('sh', ['-c', `ulimit -f 16 && exec "${process.execPath}" "${binPath}" assess -a ${ANSWERS} ${TODAY.join(' ')}`], { cwd: dir, env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'summary.md' }, encoding: 'utf8' });
  expect(s.status, s.stderr).toBe(ExitCode.Ok);
  expect(s.stderr).toContain('cyber-ready: warning: could not append to GITHUB_STEP_SUMMARY (summary.md): the file would be larger than this process may write (see ulimit -f)\n');
  expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(before);
});
