// SPEC "v2: writing files safely", through the real binary, for every command that writes a file:
// devices and FIFOs are written into, links are followed and kept, folders and inputs are refused.
// Devices are made in a temporary folder (never the machine's own /dev).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, RUN_LIMIT_MS, runBinary } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-write-'));
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(repoRoot, 'test/fixtures/valid'), join(dir, 'valid'), { recursive: true });
});

const ANSWERS = 'examples/council-cyber-resilience.answers.yaml';
const TODAY = ['--today', '2026-11-23'];

/** Every writer, as the arguments that make it write to `target`, and the start of what it writes. */
const WRITERS: { name: string; args: (target: string) => string[]; starts: RegExp }[] = [
  { name: 'assess -o', args: (t) => ['assess', '-a', ANSWERS, ...TODAY, '-o', t], starts: /^Council cyber resilience readiness/ },
  { name: 'assess --report', args: (t) => ['assess', '-a', ANSWERS, ...TODAY, '--report', `markdown=${t}`], starts: /^# Northmoor Borough Council/ },
  { name: 'show -o', args: (t) => ['show', 'valid/mini.yaml', '-o', t], starts: /^# / },
  { name: 'init -o', args: (t) => ['init', '-q', 'valid/mini.yaml', '--force', ...TODAY, '-o', t], starts: /^# yaml-language-server/ },
  { name: 'diff -o', args: (t) => ['diff', '-q', 'valid/mini.yaml', ...TODAY, '-o', t, 'valid/mini.answers.yaml', 'valid/mini-good.answers.yaml'], starts: /^\S/ },
];

/** A character device like /dev/null, made here; undefined when this user may not make one. */
function makeNullDevice(path: string): boolean {
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0;
}
const canMknod = (() => {
  const probe = join(mkdtempSync(join(tmpdir(), 'cyber-ready-mknod-')), 'null');
  return makeNullDevice(probe);
})();
if (!canMknod) console.warn('write-safety: mknod refused (not root?): the character-device cases are skipped');

/**
 * Read a FIFO to its end in another process while the tool writes into it. Given up only after the
 * binary's own limit (runBinary's 45 s): given up after 10 s, a binary that a busy machine had not
 * yet brought to open the FIFO waited for a reader that had gone, and the test failed at 45 s.
 */
function drain(fifo: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const cat = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    setTimeout(() => cat.kill(), RUN_LIMIT_MS + 5_000).unref();
    let out = '';
    cat.stdout.on('data', (d: Buffer) => (out += d.toString()));
    cat.on('error', reject);
    cat.on('close', () => resolvePromise(out));
  });
}

describe.each(WRITERS)('$name', ({ args, starts }) => {
  it.runIf(canMknod)('writes into a character device and leaves it a device', async () => {
    makeNullDevice(join(dir, 'null'));
    const r = await runBinary({ args: args('null'), cwd: dir });
    expect(r.stderr).not.toMatch(/cannot write/);
    expect(r.code).not.toBe(ExitCode.CannotAssess);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.runIf(canMknod)('follows a link to a device and writes into the device, keeping both', async () => {
    makeNullDevice(join(dir, 'null'));
    symlinkSync('null', join(dir, 'to-null'));
    const r = await runBinary({ args: args('to-null'), cwd: dir });
    expect(r.code).not.toBe(ExitCode.CannotAssess);
    expect(lstatSync(join(dir, 'to-null')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO, whole, and leaves it a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const [r, read] = await Promise.all([runBinary({ args: args('pipe'), cwd: dir }), drain(fifo)]);
    expect(r.code, r.stderr).not.toBe(ExitCode.CannotAssess);
    expect(read).toMatch(starts);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const file = await runBinary({ args: args('file.out'), cwd: dir });
    expect(read).toBe(readFileSync(join(dir, 'file.out'), 'utf8'));
    expect(file.code).toBe(r.code);
  });

  it('follows a link to a file: the file is replaced, the link stays', async () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/out.txt'), 'old\n');
    symlinkSync('real/out.txt', join(dir, 'link.txt'));
    const r = await runBinary({ args: args('link.txt'), cwd: dir });
    expect(r.code, r.stderr).not.toBe(ExitCode.CannotAssess);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real/out.txt');
    expect(readFileSync(join(dir, 'real/out.txt'), 'utf8')).toMatch(starts);
    expect(readdirSync(join(dir, 'real'))).toEqual(['out.txt']);
  });

  it('follows a link to a file not there yet, making it and keeping the link', async () => {
    symlinkSync('made.txt', join(dir, 'dangling'));
    const r = await runBinary({ args: args('dangling'), cwd: dir });
    expect(r.code, r.stderr).not.toBe(ExitCode.CannotAssess);
    expect(lstatSync(join(dir, 'dangling')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.txt'), 'utf8')).toMatch(starts);
  });

  it('refuses a folder, and a link to a folder, with exit 2', async () => {
    mkdirSync(join(dir, 'out'));
    symlinkSync('out', join(dir, 'to-out'));
    for (const target of ['out', 'to-out']) {
      expect(await runBinary({ args: args(target), cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${target}: cannot write: is a folder\n` });
    }
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});

describe('an output that is an input of the same run is refused before anything is written', () => {
  const refusals: { name: string; args: string[]; message: string; input: string }[] = [
    { name: 'assess -o the answers file', args: ['assess', '-a', ANSWERS, ...TODAY, '-o', ANSWERS], input: ANSWERS, message: `${ANSWERS}: cannot write: it is the answers file this run reads (${ANSWERS}); choose another file` },
    { name: 'assess --report over the answers file, named ./x', args: ['assess', '-a', ANSWERS, ...TODAY, '--report', `markdown=./${ANSWERS}`], input: ANSWERS, message: `./${ANSWERS}: cannot write: it is the answers file this run reads (${ANSWERS}); choose another file` },
    { name: 'assess -o through a link to the answers file', args: ['assess', '-a', ANSWERS, ...TODAY, '--report', 'json=ok.json', '-o', 'answers-link'], input: ANSWERS, message: `answers-link: cannot write: it is the answers file this run reads (${ANSWERS}); choose another file` },
    { name: 'assess -o the questionnaire', args: ['assess', '-q', 'valid/mini.yaml', '-a', 'valid/mini.answers.yaml', ...TODAY, '--allow-incomplete', '-o', 'valid/mini.yaml'], input: 'valid/mini.yaml', message: 'valid/mini.yaml: cannot write: it is the questionnaire this run reads (valid/mini.yaml); choose another file' },
    { name: 'show -o its questionnaire', args: ['show', 'valid/mini.yaml', '-o', 'valid/mini.yaml'], input: 'valid/mini.yaml', message: 'valid/mini.yaml: cannot write: it is the questionnaire this run reads (valid/mini.yaml); choose another file' },
    { name: 'init --force -o its questionnaire', args: ['init', '-q', 'valid/mini.yaml', '--force', '-o', 'valid/mini.yaml'], input: 'valid/mini.yaml', message: 'valid/mini.yaml: cannot write: it is the questionnaire this run reads (valid/mini.yaml); choose another file' },
    { name: 'diff -o the older answers file', args: ['diff', '-q', 'valid/mini.yaml', ...TODAY, '-o', 'valid/mini.answers.yaml', 'valid/mini.answers.yaml', 'valid/mini-good.answers.yaml'], input: 'valid/mini.answers.yaml', message: 'valid/mini.answers.yaml: cannot write: it is the answers file this run reads (valid/mini.answers.yaml); choose another file' },
  ];
  it.each(refusals)('$name', async ({ args, message, input }) => {
    symlinkSync(ANSWERS, join(dir, 'answers-link'));
    const before = readFileSync(join(dir, input), 'utf8');
    expect(await runBinary({ args, cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${message}\n` });
    expect(readFileSync(join(dir, input), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['answers-link', 'examples', 'valid']); // not even ok.json
  });
});

describe('two outputs of one run that are one file are refused before anything is written', () => {
  it.each([
    [['--report', 'markdown=a.md', '--report', 'json=a.md'], 'a.md: cannot write: it is the same file as a.md, also written by this run; choose another file'],
    [['--report', 'markdown=b.md', '-o', 'b.md'], 'b.md: cannot write: it is the same file as b.md, also written by this run; choose another file'],
    [['--report', 'markdown=c.md', '-o', './c.md'], './c.md: cannot write: it is the same file as c.md, also written by this run; choose another file'],
    [['--report', 'markdown=real.md', '-o', 'link.md'], 'link.md: cannot write: it is the same file as real.md, also written by this run; choose another file'],
  ])('%j', async (extra, message) => {
    writeFileSync(join(dir, 'real.md'), 'keep\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    expect(await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, ...extra], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${message}\n` });
    expect(readdirSync(dir).sort()).toEqual(['examples', 'link.md', 'real.md', 'valid']);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('keep\n');
  });

  it.runIf(canMknod)('but two reports into one device lose nothing, so they are both written', async () => {
    makeNullDevice(join(dir, 'null'));
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '--report', 'json=null', '-o', 'null'], cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

it('/proc/self/fd/1, /dev/stdout and links to them reach standard output (a pipe)', async () => {
  symlinkSync('/proc/self/fd/1', join(dir, 'out'));
  // Through a shell pipe: a spawned process's standard output is a socket, which no path can open.
  const viaPipe = (extra: string) => spawnSync('sh', ['-c', `node ${binPath} assess -a ${ANSWERS} --today 2026-11-23 ${extra} | cat`], { cwd: dir, encoding: 'utf8' });
  const plain = viaPipe('');
  expect(plain.stdout).toMatch(/^Council cyber resilience readiness/);
  for (const target of ['/proc/self/fd/1', '/dev/stdout', 'out']) {
    const r = viaPipe(`-o ${target}`);
    expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: plain.stdout, stderr: '' });
  }
  expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
});

describe('"-o -" means standard output for every command that prints by default, never a file called "-"', () => {
  it.each([
    ['assess', ['assess', '-a', ANSWERS, ...TODAY]],
    ['show', ['show', 'valid/mini.yaml']],
    ['diff', ['diff', '-q', 'valid/mini.yaml', ...TODAY, 'valid/mini.answers.yaml', 'valid/mini-good.answers.yaml']],
    ['share', ['share', ANSWERS, ...TODAY, '--label', 'North']],
    ['benchmark', ['benchmark', ANSWERS, ANSWERS, '--min-group', '1']],
  ])('%s', async (_name, args) => {
    const plain = await runBinary({ args, cwd: dir });
    const dashed = await runBinary({ args: [...args, '-o', '-'], cwd: dir });
    expect(plain.stdout.length).toBeGreaterThan(0);
    expect(dashed).toEqual(plain);
    expect(readdirSync(dir).sort()).toEqual(['examples', 'valid']);
  });

  it('--report FMT=- is refused: standard output already carries the --format report', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '--report', 'json=-'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: expect.stringContaining('--report writes a file') });
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['examples', 'valid']);
  });
});
