// A council keeps its answers in git, and a merge that conflicts leaves git's marker lines in the
// file. Every command refused such a file, but with a message about YAML ("expected key: value"),
// whose advice (indent the line) made a file that validated with `<<<<<<< HEAD` in the assessor's
// name; inside a quoted note it pointed at the quote. The markers are now named, at the first one,
// before any parser sees the file: exit 2, nothing written. The markers here are git's own, made
// by merging two branches that changed the same line.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, git, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-conflict-'));
const terminal = tmuxTerminal('conflict', { width: 100, height: 30 });
afterAll(() => {
  terminal.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
const wasteFleet = readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), 'utf8');
const ADVICE = 'this file is mid-merge; keep the version you mean, delete the marker lines, and run again';
const midMerge = (file: string, line: number, marker: string): string => `${file}:${line}:1: a git merge conflict marker ("${marker}"): ${ADVICE}`;
const lineOf = (text: string, line: string): number => text.split(/\r?\n/).indexOf(line) + 1;
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
/** The run's one error line: the example's own warnings (it keeps one on purpose) left out. */
const errors = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '' && !l.includes(': warning: '));

let folders = 0;
/** The CAF example's answers file (as readiness.yaml) and its system's file, committed in a new repository. */
function council(): string {
  const dir = join(scratch, `council-${++folders}`);
  initRepository(dir);
  commit(dir, { date: '2026-09-01T12:00:00+00:00', message: 'assessment', write: { 'readiness.yaml': example, 'systems/waste-fleet.yaml': wasteFleet } });
  return dir;
}

/** Two branches change the line `line` of `file` each their own way; merging them leaves the markers in it. */
function mergeConflict(dir: string, file: string, line: RegExp, ours: string, theirs: string, options: { style?: 'merge' | 'diff3'; branch?: string } = {}): string {
  const { style = 'merge', branch = 'theirs' } = options;
  const original = read(dir, file);
  expect(original).toMatch(line);
  git(dir, ['checkout', '-q', '-b', branch]);
  commit(dir, { date: '2026-10-01T12:00:00+00:00', message: 'theirs', write: { [file]: original.replace(line, theirs) } });
  git(dir, ['checkout', '-q', 'main']);
  commit(dir, { date: '2026-10-02T12:00:00+00:00', message: 'ours', write: { [file]: original.replace(line, ours) } });
  let merged = true;
  try {
    git(dir, ['-c', `merge.conflictStyle=${style}`, 'merge', '-q', branch], '2026-10-03T12:00:00+00:00');
  } catch {
    merged = false;
  }
  expect(merged, 'the merge to conflict').toBe(false);
  return read(dir, file);
}

const ASSESSOR = /^assessor: .*$/m;
/** The note of the example's first answer. */
const NOTE = `    note: >-
      Cyber risk is a standing quarterly item for the Corporate Leadership Team, and the Audit and
      Standards Committee approved the cyber security strategy in July 2026. Members' use of
      personal email is the one behaviour that still undercuts it.
`;
const conflictedAssessor = (dir: string, style: 'merge' | 'diff3' = 'merge'): string =>
  mergeConflict(dir, 'readiness.yaml', ASSESSOR, 'assessor: Head of Digital and ICT', 'assessor: Internal Audit', { style });
const conflictedSystem = (dir: string, branch?: string): string =>
  mergeConflict(dir, 'systems/waste-fleet.yaml', /^ {6}B1\.a\.NA\.1: false$/m, '      B1.a.NA.1: true', '      B1.a.NA.1: unknown', branch ? { branch } : {});

/** Every file in the folder (git's own left out) with a hash of its bytes: what a refused run must leave as it was. */
function snapshot(dir: string, leaveOut: string[] = []): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const out: Record<string, string> = {};
  for (const e of files) {
    const path = join(e.parentPath, e.name).slice(dir.length + 1);
    if (path.startsWith('.git') || leaveOut.includes(path)) continue;
    out[path] = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
  }
  return out;
}

const run = (cwd: string, args: string[], stdin?: string) => runBinary({ args, cwd, env, ...(stdin !== undefined ? { stdin } : {}) }, 30_000);

describe('a file with git merge conflict markers is refused with one line that says so', () => {
  it('by every command that reads the answers file, at the first marker, writing nothing', async () => {
    const dir = council();
    writeFileSync(join(dir, 'clean.yaml'), example);
    const text = conflictedAssessor(dir);
    const at = lineOf(text, '<<<<<<< HEAD');
    expect(text.split('\n').slice(at - 1, at + 4)).toEqual(['<<<<<<< HEAD', 'assessor: Head of Digital and ICT', '=======', 'assessor: Internal Audit', '>>>>>>> theirs']);
    const before = snapshot(dir);
    const line = midMerge('readiness.yaml', at, '<<<<<<< HEAD');
    for (const args of [
      ['validate', 'readiness.yaml'],
      ['assess', '--no-interactive', '--answers', 'readiness.yaml', '-o', 'report.md'],
      ['share', 'readiness.yaml', '-o', 'extract.json'],
      ['diff', 'readiness.yaml', 'clean.yaml'],
      ['diff', 'clean.yaml', 'readiness.yaml'],
      ['benchmark', 'readiness.yaml', 'clean.yaml', '-o', 'benchmark.md'],
    ]) {
      const r = await run(dir, args);
      expect({ args, code: r.code, stdout: r.stdout, errors: errors(r.stderr) }).toEqual({ args, code: ExitCode.CannotAssess, stdout: '', errors: [line] });
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('in a system file the answers file names, at that file and line', async () => {
    const dir = council();
    const text = conflictedSystem(dir);
    const at = lineOf(text, '<<<<<<< HEAD');
    expect(at).toBeGreaterThan(1);
    for (const args of [['validate', 'readiness.yaml'], ['assess', '--no-interactive', '--answers', 'readiness.yaml']]) {
      const r = await run(dir, args);
      expect({ code: r.code, stdout: r.stdout, errors: errors(r.stderr) }).toEqual({ code: ExitCode.CannotAssess, stdout: '', errors: [midMerge('systems/waste-fleet.yaml', at, '<<<<<<< HEAD')] });
    }
  });

  it("in diff3 style, the common ancestor's marker too when it is the first left", async () => {
    const dir = council();
    const text = conflictedAssessor(dir, 'diff3');
    const ancestor = text.split('\n').find((l) => l.startsWith('||||||| '));
    expect(ancestor).toBeDefined();
    const r = await run(dir, ['validate', 'readiness.yaml']);
    expect(errors(r.stderr)).toEqual([midMerge('readiness.yaml', lineOf(text, '<<<<<<< HEAD'), '<<<<<<< HEAD')]);
    // Half resolved: "ours" taken by deleting its marker and lines, the rest left.
    writeFileSync(join(dir, 'readiness.yaml'), text.replace('<<<<<<< HEAD\nassessor: Head of Digital and ICT\n', ''));
    const half = await run(dir, ['validate', 'readiness.yaml']);
    expect({ code: half.code, errors: errors(half.stderr) }).toEqual({ code: ExitCode.CannotAssess, errors: [midMerge('readiness.yaml', lineOf(text, '<<<<<<< HEAD'), ancestor!)] });
  });

  it('in a file with CRLF line ends, the marker shown without its carriage return', async () => {
    const dir = council();
    const text = conflictedAssessor(dir).replace(/\n/g, '\r\n');
    // Only "=======" left: the line git writes with nothing after it, here before a CR.
    writeFileSync(join(dir, 'readiness.yaml'), text.replace('<<<<<<< HEAD\r\nassessor: Head of Digital and ICT\r\n', ''));
    const r = await run(dir, ['validate', 'readiness.yaml']);
    expect({ code: r.code, errors: errors(r.stderr) }).toEqual({ code: ExitCode.CannotAssess, errors: [midMerge('readiness.yaml', lineOf(text, '<<<<<<< HEAD'), '=======')] });
  });

  it('inside a quoted note, at the marker rather than at the opening quote', async () => {
    const dir = council();
    expect(example).toContain(NOTE);
    const quoted = example.replace(NOTE, '    note: "Cyber risk is a standing quarterly item,\n      reviewed by the Corporate Leadership Team"\n');
    commit(dir, { date: '2026-09-02T12:00:00+00:00', message: 'a shorter note', write: { 'readiness.yaml': quoted } });
    const text = mergeConflict(dir, 'readiness.yaml', /^ {6}reviewed by the Corporate Leadership Team"$/m, '      reviewed monthly by the Corporate Leadership Team"', '      reviewed by the Audit and Standards Committee"');
    expect(text).toContain('    note: "Cyber risk is a standing quarterly item,\n<<<<<<< HEAD\n');
    const r = await run(dir, ['validate', 'readiness.yaml']);
    expect({ code: r.code, errors: errors(r.stderr) }).toEqual({ code: ExitCode.CannotAssess, errors: [midMerge('readiness.yaml', lineOf(text, '<<<<<<< HEAD'), '<<<<<<< HEAD')] });
  });

  it('on standard input', async () => {
    const text = conflictedAssessor(council());
    const r = await run(scratch, ['validate', '-'], text);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${midMerge('<stdin>', lineOf(text, '<<<<<<< HEAD'), '<<<<<<< HEAD')}\n` });
  });

  it('in a share extract read by benchmark', async () => {
    const dir = council();
    const shared = await run(dir, ['share', 'readiness.yaml', '--label', 'wrenford']);
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const extract = shared.stdout.replace('  "label": "wrenford",\n', '<<<<<<< HEAD\n  "label": "wrenford",\n=======\n  "label": "council-1",\n>>>>>>> theirs\n');
    writeFileSync(join(dir, 'extract.json'), extract);
    const r = await run(dir, ['benchmark', 'extract.json', 'readiness.yaml']);
    expect({ code: r.code, errors: errors(r.stderr) }).toEqual({ code: ExitCode.CannotAssess, errors: [midMerge('extract.json', lineOf(extract, '<<<<<<< HEAD'), '<<<<<<< HEAD')] });
  });

  it('but not text in an indented note that starts like a marker: only a line that starts with one is a marker', async () => {
    const dir = council();
    expect(example).toContain(NOTE);
    writeFileSync(join(dir, 'readiness.yaml'), example.replace(NOTE, '    note: |\n      =======\n      <<<<<<< a heading, ruled off\n      =======\n'));
    const r = await run(dir, ['validate', 'readiness.yaml']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  });
});

it('README gives the messages as the binary says them', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  expect(readme).toContain(`${midMerge('readiness.yaml', 21, '<<<<<<< HEAD')}\``);
  expect(readme).toContain('readiness.yaml:21:1: a git merge conflict marker ("<<<<<<< HEAD"): this version was committed mid-merge`');
});

describe('trend', () => {
  it('shows a committed version with markers as invalid, with the marker and where it is', async () => {
    const dir = council();
    const text = conflictedAssessor(dir);
    git(dir, ['commit', '-q', '-a', '-m', 'merged, markers and all'], '2026-10-04T12:00:00+00:00');
    commit(dir, { date: '2026-10-05T12:00:00+00:00', message: 'resolved', write: { 'readiness.yaml': example } });
    const system = conflictedSystem(dir, 'theirs-again');
    git(dir, ['commit', '-q', '-a', '-m', 'merged the system file, markers and all'], '2026-10-06T12:00:00+00:00');
    const r = await run(dir, ['trend', 'readiness.yaml', '--today', '2026-12-01', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const versions = (JSON.parse(r.stdout) as { versions: { status: string; reason: string | null }[] }).versions;
    const reasons = versions.filter((v) => v.status === 'invalid').map((v) => v.reason);
    expect(reasons).toEqual([
      `readiness.yaml:${lineOf(text, '<<<<<<< HEAD')}:1: a git merge conflict marker ("<<<<<<< HEAD"): this version was committed mid-merge`,
      `systems/waste-fleet.yaml:${lineOf(system, '<<<<<<< HEAD')}:1: a git merge conflict marker ("<<<<<<< HEAD"): this version was committed mid-merge`,
    ]);
  });
});

// The walk reads the file it saves into before it asks anything: a file mid-merge stops it there,
// every file of the folder as it was, byte for byte.
describe.runIf(hasTmux)('the guided walk on a terminal', () => {
  const TMUX_FILES = ['report.txt', 'stderr.txt', 'exit.txt', 'terminal.txt'];
  const cases: { name: string; args: string[]; conflicted: (dir: string) => { file: string; text: string } }[] = [
    { name: 'assess --answers', args: [], conflicted: (dir) => ({ file: 'readiness.yaml', text: conflictedAssessor(dir) }) },
    { name: 'assess --answers --review', args: ['--review'], conflicted: (dir) => ({ file: 'readiness.yaml', text: conflictedAssessor(dir) }) },
    { name: 'assess --answers --add-system', args: ['--add-system'], conflicted: (dir) => ({ file: 'readiness.yaml', text: conflictedAssessor(dir) }) },
    { name: 'assess --answers --review, the system file mid-merge', args: ['--review'], conflicted: (dir) => ({ file: 'systems/waste-fleet.yaml', text: conflictedSystem(dir) }) },
    { name: 'assess --answers --add-system, the system file mid-merge', args: ['--add-system'], conflicted: (dir) => ({ file: 'systems/waste-fleet.yaml', text: conflictedSystem(dir) }) },
  ];
  for (const c of cases) {
    it(`${c.name}: refused before any question, no file changed`, { timeout: 60_000 }, async () => {
      const dir = council();
      const { file, text } = c.conflicted(dir);
      const before = snapshot(dir);
      terminal.start(dir, ['assess', '--answers', 'readiness.yaml', ...c.args, '--today', '2026-12-01'], 'TERM=dumb ');
      expect(await terminal.ended(dir)).toBe(String(ExitCode.CannotAssess));
      expect(errors(read(dir, 'stderr.txt'))).toEqual([midMerge(file, lineOf(text, '<<<<<<< HEAD'), '<<<<<<< HEAD')]);
      expect(terminal.drawn(dir)).not.toContain('Resuming');
      expect(snapshot(dir, TMUX_FILES)).toEqual(before);
    });
  }
});
