// Every path that writes or waits, through the real binary, where a run used to do something the
// user had not asked for: replace a file made read-only, wait for ever on a job summary no one
// reads, put a Word document's bytes on a terminal or into its own error log, run two reports
// together on one stream, or go on without a word about options it did not use.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, RUN_LIMIT_MS, runBinary, type CliResult } from '../helpers/cli.js';

const ANSWERS = 'examples/council-cyber-resilience.answers.yaml';
const TODAY = ['--today', '2026-11-23'];
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Europe/London' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-writes-'));
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
});

/** One plain line on standard error, exit 2, nothing on standard output, no internal error. */
function expectOneLine(r: CliResult, line: RegExp | string): void {
  expect(r.stderr, r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof line === 'string') expect(r.stderr.trimEnd()).toBe(line);
  else expect(r.stderr.trimEnd()).toMatch(line);
}

/** The command run in a real terminal (standard input, output and error), as `script` gives one; what the terminal showed. */
function inTerminal(command: string): { code: number; screen: string } {
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { ...env, TERM: 'xterm' }, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, screen: r.stdout.replace(/\r/g, '') };
}
const bin = `node ${binPath}`;

const leftovers = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('a file made read-only is not replaced', () => {
  const OLD = 'signed off by the audit committee\n';
  beforeEach(() => {
    writeFileSync(join(dir, 'paper.md'), OLD);
    chmodSync(join(dir, 'paper.md'), 0o444);
    const share = spawnSync(process.execPath, [binPath, 'share', ANSWERS, ...TODAY, '--label', 'a', '-o', 'a.json'], { cwd: dir, env });
    expect(share.status).toBe(0);
  });
  const refusal = "paper.md: cannot write: it is read-only, so it is not replaced; make it writable first (chmod u+w paper.md) if it is to be, or choose another file";

  it.each([
    ['assess -o', ['assess', '-a', ANSWERS, ...TODAY, '-f', 'markdown', '-o', 'paper.md']],
    ['assess --report, with another report that could be written', ['assess', '-a', ANSWERS, ...TODAY, '--report', 'json=new.json', '--report', 'markdown=paper.md', '-o', 'new.txt']],
    ['init --force', ['init', '--force', '-o', 'paper.md']],
    ['share -o', ['share', ANSWERS, '-o', 'paper.md']],
    ['diff -o', ['diff', ANSWERS, ANSWERS, '-o', 'paper.md']],
    ['show -o', ['show', 'council-cyber-resilience', '-o', 'paper.md']],
    ['benchmark -o', ['benchmark', 'a.json', '--min-group', '1', '-o', 'paper.md']],
  ])('%s: exit 2 in one line, whoever runs it (root too), and nothing written', async (_, args) => {
    const r = await runBinary({ args, cwd: dir });
    // benchmark over one council warns first that --min-group 1 can give its answers away.
    expectOneLine({ ...r, stderr: r.stderr.replace(/^cyber-ready: warning: --min-group 1 .*\n/, '') }, refusal);
    expect(readFileSync(join(dir, 'paper.md'), 'utf8')).toBe(OLD);
    expect(statSync(join(dir, 'paper.md')).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).filter((f) => f.startsWith('new.') || f.endsWith('.tmp'))).toEqual([]);
  });

  it("another user's file that this user may not write is not replaced either (the folder letting it be)", () => {
    if (process.getuid?.() !== 0) return; // making a file of another user's takes root
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'paper.md'), 0o644);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, binPath, 'assess', '-a', ANSWERS, ...TODAY, '-o', 'paper.md'], { cwd: dir, env, encoding: 'utf8' });
    expectOneLine({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, 'paper.md: cannot write: permission denied (this user may not write to it), so it is not replaced; choose another file');
    expect(readFileSync(join(dir, 'paper.md'), 'utf8')).toBe(OLD);
    expect(statSync(join(dir, 'paper.md')).uid).toBe(0);
  });

  it("a file this user may write in a folder they may not: said to be the folder's permission, before the walk's first question", () => {
    if (process.getuid?.() !== 0) return; // a user other than the folder's owner takes root to set up
    const made = spawnSync(process.execPath, [binPath, 'init', '-o', 'todo.yaml', ...TODAY], { cwd: dir, env });
    expect(made.status).toBe(0);
    chmodSync(dir, 0o755);
    spawnSync('chown', ['65534', join(dir, 'todo.yaml'), join(dir, 'paper.md')]);
    chmodSync(join(dir, 'paper.md'), 0o644);
    const before = readFileSync(join(dir, 'todo.yaml'), 'utf8');
    const why = 'permission denied on its folder (each save writes a new file there, then renames it into place)';
    const asNobody = `setpriv --reuid=65534 --regid=65534 --clear-groups ${process.execPath} ${binPath}`;
    const walk = inTerminal(`${asNobody} assess -a todo.yaml`);
    expect(walk.code).toBe(ExitCode.CannotAssess);
    expect(walk.screen).toBe(`todo.yaml: cannot save answers here: ${why}; copy it into a folder you may write to\n`);
    const r = spawnSync('sh', ['-c', `${asNobody} assess -a ${ANSWERS} ${TODAY.join(' ')} -o paper.md`], { cwd: dir, env, encoding: 'utf8' });
    expectOneLine({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, `paper.md: cannot write: ${why}`);
    expect(readFileSync(join(dir, 'todo.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'paper.md'), 'utf8')).toBe(OLD);
  });

  it('the guided walk refuses a read-only answers file before its first question', () => {
    const made = spawnSync(process.execPath, [binPath, 'init', '-o', 'todo.yaml', ...TODAY], { cwd: dir, env });
    expect(made.status).toBe(0);
    chmodSync(join(dir, 'todo.yaml'), 0o444);
    const before = readFileSync(join(dir, 'todo.yaml'), 'utf8');
    const resumed = inTerminal(`${bin} assess -a todo.yaml`);
    expect(resumed.code).toBe(ExitCode.CannotAssess);
    expect(resumed.screen).toBe('todo.yaml: cannot save answers here: it is read-only; make it writable first (chmod u+w todo.yaml) to carry on answering in it, or add --no-interactive to score it without asking\n');
    const saved = inTerminal(`${bin} assess --save todo.yaml`);
    expect(saved.code).toBe(ExitCode.CannotAssess);
    expect(saved.screen).toBe('todo.yaml: cannot save answers here: it is read-only; make it writable first (chmod u+w todo.yaml) to carry on answering in it, or give --save another file name\n');
    expect(readFileSync(join(dir, 'todo.yaml'), 'utf8')).toBe(before);
    expect(leftovers()).toEqual([]);
  });
});

// A new answers file in a folder this user may not write to was refused with a bare "permission
// denied", naming neither the folder nor a way on, where an existing file there gets both.
it('a new answers file in a folder this user may not write to: the refusal names the folder and says to save elsewhere', () => {
  mkdirSync(join(dir, 'ro'));
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'ro'), 0o555);
  const folder = realpathSync(join(dir, 'ro'));
  // Root may write anywhere: the refusal is then seen by another user, as a council's shared folder refuses one.
  const as = process.getuid?.() === 0 ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
  const why = `permission denied on its folder (${folder}), where the file would be made`;
  for (const [command, cwd, line] of [
    ['assess', folder, `cyber-ready-answers.yaml: cannot save answers here: ${why}; give --save FILE in a folder you may write to`],
    ['assess --save ro/new.yaml', dir, `ro/new.yaml: cannot save answers here: ${why}; give --save FILE in a folder you may write to`],
    ['assess -a ro/new.yaml', dir, `ro/new.yaml: cannot save answers here: ${why}; give --answers FILE in a folder you may write to`],
  ] as const) {
    const r = spawnSync('script', ['-qec', `${as}${bin} ${command}`, '/dev/null'], { cwd, env: { ...env, TERM: 'xterm' }, encoding: 'utf8', timeout: 30_000 });
    expect({ code: r.status, screen: r.stdout.replace(/\r/g, '') }, command).toEqual({ code: ExitCode.CannotAssess, screen: `${line}\n` });
  }
  expect(readdirSync(folder)).toEqual([]);
  // A folder on the way that this user may not look into is the one named.
  mkdirSync(join(dir, 'closed'), 0o000);
  try {
    const r = spawnSync('script', ['-qec', `${as}${bin} assess --save closed/sub/new.yaml`, '/dev/null'], { cwd: dir, env: { ...env, TERM: 'xterm' }, encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout.replace(/\r/g, '')).toBe(`closed/sub/new.yaml: cannot save answers here: permission denied on its folder (${realpathSync(join(dir, 'closed'))}), where the file would be made; give --save FILE in a folder you may write to\n`);
    expect(r.status).toBe(ExitCode.CannotAssess);
  } finally {
    chmodSync(join(dir, 'closed'), 0o755);
  }
});

it("the guided walk refuses a critical system's own file that is read-only before its first question (it was found at that system's first answer)", () => {
  chmodSync(join(dir, 'examples/systems/waste-fleet.yaml'), 0o444);
  const r = inTerminal(`${bin} assess -a examples/caf-local-government.answers.yaml --review`);
  expect(r.code).toBe(ExitCode.CannotAssess);
  expect(r.screen).toBe('examples/systems/waste-fleet.yaml: cannot save answers here: it is read-only; make it writable first (chmod u+w examples/systems/waste-fleet.yaml) to carry on answering in it, or add --no-interactive to score it without asking\n');
});

describe('GITHUB_STEP_SUMMARY that is not a plain file', () => {
  const github = (summary: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
  beforeEach(() => {
    expect(spawnSync('mkfifo', [join(dir, 'summary')]).status).toBe(0);
  });

  it('a FIFO no one reads: the run ends (it waited for ever), with a warning, and its report and exit code as usual', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json'], cwd: dir, env: github('summary') });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 2 });
    expect(r.stderr).toBe('cyber-ready: warning: GITHUB_STEP_SUMMARY names a FIFO that nothing is reading (summary), so the report is not added to the job summary\n');
  });

  it('a FIFO that is read gets the whole markdown report', async () => {
    // The reader is open before the tool starts: opened here, without waiting for a writer, so the
    // tool's one look for a reader finds it however late a reader process would have been. It reads
    // until the tool has ended and the FIFO is empty; the report is larger than a pipe holds.
    const fd = openSync(join(dir, 'summary'), constants.O_RDONLY | constants.O_NONBLOCK);
    let done = false;
    const run = runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json'], cwd: dir, env: github('summary') }).finally(() => (done = true));
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(1 << 16);
    try {
      // Before the tool opens its end, and after it closes it, a read finds nothing (0 bytes): only
      // once the tool has ended does that mean the end.
      for (let wasDone = false; ; ) {
        let n: number;
        try {
          n = readSync(fd, buffer);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
          n = -1;
        }
        if (n > 0) chunks.push(Buffer.from(buffer.subarray(0, n)));
        else if (wasDone) break;
        else {
          wasDone = done;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    } finally {
      closeSync(fd);
    }
    const r = await run;
    const got = Buffer.concat(chunks).toString('utf8');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('');
    const markdown = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'markdown'], cwd: dir });
    expect(got).toBe(`${markdown.stdout}\n`);
  });

  it('standard output: the report alone is there (a markdown one after it spoilt the JSON)', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json'], cwd: dir, env: github('/dev/stdout') });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 2 });
    expect(r.stderr).toBe('cyber-ready: warning: GITHUB_STEP_SUMMARY names standard output, which carries the report; the job summary is not written\n');
  });

  it('a folder that does not exist: a warning that says so', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json'], cwd: dir, env: github('nowhere/summary.md') });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('cyber-ready: warning: could not append to GITHUB_STEP_SUMMARY (nowhere/summary.md): its folder does not exist\n');
  });
});

it('-o naming a FIFO that no one reads yet says what it waits for, then writes the report whole when a reader comes', async () => {
  expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
  const child = spawn(process.execPath, [binPath, 'assess', '-a', ANSWERS, ...TODAY, '-f', 'json', '-o', 'pipe'], { cwd: dir, env });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<number | null>((r) => child.on('close', r));
  // As long as runBinary waits for a run: a busy machine has taken 14 s to get here.
  const until = Date.now() + RUN_LIMIT_MS;
  while (!stderr.includes('\n') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(stderr).toBe('cyber-ready: waiting for something to read pipe (a FIFO) to write the report into it; Ctrl-C to stop\n');
  const reader = spawnSync('cat', ['pipe'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 });
  expect(await ended).toBe(ExitCode.Ok);
  expect(JSON.parse(reader.stdout)).toMatchObject({ schemaVersion: 2 });
});

describe('a Word document never reaches a terminal or standard error, by any name', () => {
  beforeEach(() => symlinkSync('/dev/stderr', join(dir, 'err-link')));
  it.each([
    ['--report docx=/dev/stderr', '--report docx=/dev/stderr: a Word document cannot go to standard error, which carries the run\'s messages; use --report docx=report.docx'],
    ['--report docx=/proc/self/fd/2', '--report docx=/proc/self/fd/2: a Word document cannot go to standard error, which carries the run\'s messages; use --report docx=report.docx'],
    ['--report docx=err-link', '--report docx=err-link: a Word document cannot go to standard error, which carries the run\'s messages; use --report docx=report.docx'],
    ['-f docx -o /dev/stderr', '--format docx: a Word document cannot go to standard error, which carries the run\'s messages; use -o report.docx'],
    ['--report docx=/dev/tty', '--report docx=/dev/tty writes a Word document, not text for a terminal; use --report docx=report.docx'],
    ['-o out.md --report docx=/dev/fd/1', '--report docx=/dev/fd/1 writes a Word document, not text for a terminal; use --report docx=report.docx'],
    ['-f docx -o /proc/self/fd/1', '--format docx writes a Word document, not text for a terminal; use -o report.docx, or redirect standard output to a file'],
  ])('%s on a terminal: exit 2 in one line, before anything is read or written', (args, message) => {
    const r = inTerminal(`${bin} assess -a missing.yaml ${args}`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.screen).toBe(`cyber-ready: ${message}\n`);
    expect(readdirSync(dir).sort()).toEqual(['err-link', 'examples']);
  });

  it('a terminal named by its own device path (/dev/pts/N) is a terminal too', () => {
    const r = inTerminal(`${bin} assess -a missing.yaml --report docx="$(tty)"`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.screen).toMatch(/^cyber-ready: --report docx=\/dev\/\S+ writes a Word document, not text for a terminal; use --report docx=report\.docx\n$/);
  });

  it('standard error appended to a log (2>>log): refused, and the log keeps its start (it was written over)', () => {
    writeFileSync(join(dir, 'log'), 'earlier lines of the CI log\n');
    const r = spawnSync('sh', ['-c', `${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} --report docx=/dev/stderr >/dev/null 2>>log`], { cwd: dir, env });
    expect(r.status).toBe(ExitCode.CannotAssess);
    expect(readFileSync(join(dir, 'log'), 'utf8')).toBe("earlier lines of the CI log\ncyber-ready: --report docx=/dev/stderr: a Word document cannot go to standard error, which carries the run's messages; use --report docx=report.docx\n");
  });

  it('standard output sent to a file still takes the document, and /dev/null takes it too', async () => {
    const r = spawnSync('sh', ['-c', `${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} -o out.md --report docx=/dev/stdout --report docx=/dev/null > paper.docx`], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'paper.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('two reports to one standard stream are refused, however it is named', () => {
  it.each([
    [['--report', 'json=/dev/stdout'], '--report json=/dev/stdout goes to standard output, where the --format text report goes already, and the two would run into each other; give one of them a file name'],
    [['-o', 'x.txt', '--report', 'json=/dev/stdout', '--report', 'markdown=/dev/fd/1'], '--report markdown=/dev/fd/1 goes to standard output, where --report json=/dev/stdout goes already, and the two would run into each other; give one of them a file name'],
    [['-o', '/dev/stdout', '--report', 'sarif=/proc/self/fd/1'], '--report sarif=/proc/self/fd/1 goes to standard output, where -o /dev/stdout goes already, and the two would run into each other; give one of them a file name'],
    [['-o', 'x.txt', '--report', 'json=/dev/stderr', '--report', 'csv=/proc/self/fd/2'], '--report csv=/proc/self/fd/2 goes to standard error, where --report json=/dev/stderr goes already, and the two would run into each other; give one of them a file name'],
  ])('%j', async (args, message) => {
    expectOneLine(await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, ...args], cwd: dir }), `cyber-ready: ${message}`);
    expect(readdirSync(dir)).toEqual(['examples']);
  });

  it('one report on each stream is fine', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json', '--report', 'csv=/dev/stderr'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 2 });
    expect(r.stderr.replace(/^\uFEFF/, '')).toMatch(/^Rank,/);
  });
});

describe('options only the guided walk reads', () => {
  it.each([
    [['--save', 'x.yaml'], '--save is ignored: it is for the guided assessment, which does not run here because standard input is not a terminal'],
    [['--review', '--notes', '--plain'], '--review, --notes and --plain are ignored: they are for the guided assessment, which does not run here because standard input is not a terminal'],
    [['--no-interactive', '--notes'], '--notes is ignored: it is for the guided assessment, which does not run here because --no-interactive was given'],
  ])('%j with no terminal: one warning, and the report as asked', async (args, warning) => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json', ...args], cwd: dir, stdin: '' });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 2 });
    expect(r.stderr).toBe(`cyber-ready: warning: ${warning}\n`);
    expect(readdirSync(dir)).toEqual(['examples']);
  });

  it('none given, no warning', async () => {
    const r = await runBinary({ args: ['assess', '-a', ANSWERS, ...TODAY, '-f', 'json'], cwd: dir, stdin: '' });
    expect(r.stderr).toBe('');
  });

  it('on a terminal, a finished file with --notes says why nothing is asked', () => {
    const r = inTerminal(`${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} --notes -o report.txt`);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.screen).toContain(`cyber-ready: warning: --notes is ignored: it is for the guided assessment, which does not run here because every question in ${ANSWERS} is answered (add --review to walk them again)\n`);
  });

  it('on a terminal, --answers A --save B is refused before anything is asked: A would have been edited, not B written', () => {
    const made = spawnSync(process.execPath, [binPath, 'init', '-o', 'todo.yaml', ...TODAY], { cwd: dir, env });
    expect(made.status).toBe(0);
    const before = readFileSync(join(dir, 'todo.yaml'), 'utf8');
    const r = inTerminal(`${bin} assess -a todo.yaml --save mine.yaml`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.screen).toBe('cyber-ready: --save names where a new answers file goes, but --answers todo.yaml is saved into as it is resumed; to carry on in mine.yaml instead, copy it first (cp todo.yaml mine.yaml) and pass --answers mine.yaml\n');
    expect(readFileSync(join(dir, 'todo.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['examples', 'todo.yaml']);
  });
});

describe('trend -o into the git folder it reads', () => {
  it('is refused, and the repository keeps working (-o .git/HEAD replaced HEAD with the report)', async () => {
    const git = (...args: string[]): void => {
      const r = spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: dir, env, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    };
    git('init', '-q');
    git('add', ANSWERS);
    git('commit', '-qm', 'answers');
    const head = readFileSync(join(dir, '.git/HEAD'), 'utf8');
    for (const target of ['.git/HEAD', '.git/trend.md', 'examples/../.git/config']) {
      expectOneLine(await runBinary({ args: ['trend', ANSWERS, ...TODAY, '-o', target], cwd: dir }), new RegExp(`^${target.replace(/\./g, '\\.')}: cannot write: it is inside the repository's git folder \\(.+\\.git\\), which trend reads its history from; choose a file outside it$`));
    }
    expect(readFileSync(join(dir, '.git/HEAD'), 'utf8')).toBe(head);
    const fine = await runBinary({ args: ['trend', ANSWERS, ...TODAY, '-o', 'trend.txt'], cwd: dir });
    expect(fine.code, fine.stderr).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'trend.txt'), 'utf8')).toMatch(/readiness trend/);
  });
});

describe('an output that is the file standard output or error was sent to', () => {
  const sh = (command: string) => {
    const r = spawnSync('sh', ['-c', command], { cwd: dir, env, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('--report json=r.json > r.json is refused: the text report went into the old file, gone from the folder', () => {
    const r = sh(`${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} --report json=r.json > r.json`);
    expectOneLine(r, 'r.json: cannot write: standard output of this run is sent to it too (> r.json), and one would be lost under the other; choose another file');
  });

  it('--report text=ci.log 2>> ci.log is refused, and the log keeps what it had (the gate lines were lost)', () => {
    writeFileSync(join(dir, 'ci.log'), 'earlier\n');
    const r = sh(`${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} --min-score 99 --report text=ci.log 2>> ci.log`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(readFileSync(join(dir, 'ci.log'), 'utf8')).toBe('earlier\nci.log: cannot write: standard error of this run is sent to it too (2> ci.log), and one would be lost under the other; choose another file\n');
  });

  it('-o r.json > r.json is fine: standard output carries nothing then', () => {
    const r = sh(`${bin} assess -a ${ANSWERS} ${TODAY.join(' ')} -f json -o r.json > r.json`);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
  });
});

describe('an input of the run that standard output or error was sent to (>> answers.yaml)', () => {
  const CAF = 'examples/caf-local-government.answers.yaml';
  const SYSTEM = 'examples/systems/waste-fleet.yaml';
  const sh = (command: string) => {
    const r = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const before = (): string[] => [CAF, SYSTEM].map((f) => readFileSync(join(dir, f), 'utf8'));
  const placed = (stream: string, what: string): string =>
    `${CAF}:1635:11: "file: systems/waste-fleet.yaml": ${stream} of this run is sent to this file, which it reads, so ${what} would be written into it; send it to another file`;

  it.each([
    ['the report on standard output, -f json >> the answers file', `assess -a ${CAF} ${TODAY.join(' ')} -f json >> ${CAF}`, `${CAF}: standard output of this run is sent to this file, which it reads, so the report would be written into it; send it to another file`],
    ['-o /dev/stdout >> a system file', `assess -a ${CAF} ${TODAY.join(' ')} -o /dev/stdout >> ${SYSTEM}`, placed('standard output', 'the report')],
    ['validate >> the answers file', `validate ${CAF} >> ${CAF}`, `${CAF}: standard output of this run is sent to this file, which it reads, so the report would be written into it; send it to another file`],
    ['diff >> the answers file', `diff ${CAF} ${CAF} >> ${CAF}`, `${CAF}: standard output of this run is sent to this file, which it reads, so the report would be written into it; send it to another file`],
  ])('%s: exit 2, the inputs unchanged, and the error on standard error', (_, command, line) => {
    const was = before();
    const r = sh(`${bin} ${command}`);
    expectOneLine(r, line);
    expect(before()).toEqual(was);
  });

  it('standard error sent to a system file: the error comes on standard output instead, and the file is unchanged', () => {
    const was = before();
    const r = sh(`${bin} assess -a ${CAF} ${TODAY.join(' ')} --report json=/dev/stderr 2>> ${SYSTEM}`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout.trimEnd()).toBe(placed('standard error', 'warnings and errors'));
    expect(before()).toEqual(was);
  });

  it('both sent to the answers file: nothing is written anywhere, exit 2', () => {
    const was = before();
    const r = sh(`${bin} assess -a ${CAF} ${TODAY.join(' ')} &>> ${CAF}`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout + r.stderr).toBe('');
    expect(before()).toEqual(was);
  });
});

it("an output in cyber-ready's own dist/, bin/ or questionnaires/ is refused (show -o .../dist/cli.cjs replaced the program)", async () => {
  // New names, so that a failure of this test leaves a stray file rather than a broken tool.
  const why = { dist: 'which every run is started from', bin: 'which every run is started from', questionnaires: 'which holds the bundled questionnaires every run offers' };
  for (const part of ['dist', 'bin', 'questionnaires'] as const) {
    const target = join(repoRoot, part, `stray-${process.pid}.md`);
    try {
      expectOneLine(await runBinary({ args: ['show', 'council-cyber-resilience', '-o', target], cwd: dir }), `${target}: cannot write: it is in cyber-ready's own ${part}/ folder, ${why[part]}; choose another file`);
      expect(existsSync(target)).toBe(false);
    } finally {
      rmSync(target, { force: true });
    }
  }
});
