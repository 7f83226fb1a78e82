// trend as a CAF lead reads it for an audit committee: versions in the order they were committed
// whatever their dates, the council named, nothing cut that has room, and mistakes in the path
// answered for what they are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, git, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { makeAjv } from '../../src/schema/validators.js';
import { displayWidth } from '../../src/text/wrap.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

interface Row {
  commit: string;
  date: string;
  status: string;
  score: number | null;
}

describe('trend lists versions in the order they were committed', () => {
  const dir = join(scratch, 'clock');
  const commits: string[] = [];
  beforeAll(() => {
    initRepository(dir);
    commits.push(commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } }));
    commits.push(commit(dir, { date: '2026-02-10T12:00:00+00:00', message: 'Waste patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } }));
    // A laptop whose clock was years out: its commits come after the others on the branch.
    commits.push(commit(dir, { date: '2019-03-01T12:00:00+00:00', message: 'Social care logs (bad clock)', write: { 'systems/social-care.yaml': socialCare('yes') } }));
    commits.push(commit(dir, { date: '2019-03-02T12:00:00+00:00', message: 'Revenues MFA (bad clock)', write: { 'a.yaml': answers({ wastePatched: 'yes', revenuesMfa: 'yes' }) } }));
    commits.push(commit(dir, { date: '2026-04-10T12:00:00+00:00', message: 'Social care stops logging', write: { 'systems/social-care.yaml': socialCare('no') } }));
  }, 30_000);
  const run = (args: string[], extra: Record<string, string> = {}) =>
    runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, '--today', '2026-12-01', ...args], cwd: dir, env: { ...env, ...extra } }, 30_000);

  it('json: every version in branch order, the council named, valid against the schema', async () => {
    const r = await run(['-f', 'json']);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    const validate = makeAjv().compile(JSON.parse(readFileSync(join(repoRoot, 'schemas/trend.schema.json'), 'utf8')));
    expect(validate(t), JSON.stringify(validate.errors)).toBe(true);
    expect(t.versions.map((v: Row) => v.commit)).toEqual(commits);
    expect(t.versions.map((v: Row) => v.date)).toEqual(['2026-01-10', '2026-02-10', '2019-03-01', '2019-03-02', '2026-04-10']);
    expect(t.organisation).toBe('Test Council');
    // Each version scores the files of its own commit: logs on, then MFA on, then logs off again.
    const [, patched, logs, mfa, off] = t.versions.map((v: Row) => v.score);
    expect(logs).toBeGreaterThan(patched);
    expect(mfa).toBeGreaterThan(logs);
    expect(off).toBeLessThan(mfa);
    const [bad] = commits.slice(2).map((c) => c.slice(0, 7));
    expect(t.notes).toEqual([
      `${bad} is dated 2019-03-01, yet was committed after ${commits[1]?.slice(0, 7)} of 2026-02-10: versions are listed in the order they were committed, and the clock of the computer that made ${bad} was probably wrong`,
    ]);
  });

  it('text: rows in that order, and the line runs from the first commit to the last', async () => {
    const r = await run([], { COLUMNS: '80' });
    expect(r.code).toBe(ExitCode.Ok);
    const t = JSON.parse((await run(['-f', 'json'])).stdout);
    const rows = r.stdout.split('\n').filter((l) => /^\d{4}-\d\d-\d\d  /.test(l));
    expect(rows.map((l) => l.slice(12, 19))).toEqual(commits.map((c) => c.slice(0, 7)));
    const [first, last] = [t.versions[0].score, t.versions.at(-1).score].map(Math.floor);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^Score [▁▂▃▄▅▆▇█]{5}  ${first} → ${last} `));
    // The header's span holds every row: from the earliest date (a wrong clock's) to the latest.
    expect(r.stdout).toMatch(/^Test Council: readiness trend of a\.yaml\nsys 1\.0\.0, 5 committed versions from 2019-03-01 to 2026-04-10\n/);
    expect(r.stdout).toContain('Note: ');
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('markdown: titled with the council, the movement in words, notes as notes', async () => {
    const r = await run(['-f', 'markdown']);
    const t = JSON.parse((await run(['-f', 'json'])).stdout);
    const [from, to] = [Math.floor(t.versions[0].score), Math.floor(t.versions.at(-1).score)];
    expect(r.stdout).toMatch(/^# Test Council: readiness trend\n\nQuestionnaire: Systems questionnaire \(`sys` 1\.0\.0\)\. 5 committed versions of `a\.yaml`; made on 2026-12-01\.\n/);
    const moved = from === to ? `held at ${to} from 2026-01-10 to 2026-04-10` : `went ${to > from ? 'up' : 'down'} from ${from} on 2026-01-10 to ${to} on 2026-04-10, by ${Math.abs(to - from)} point`;
    expect(r.stdout).toContain(`The overall score ${moved}`);
    expect(r.stdout).toContain(`> Note: ${commits[2]?.slice(0, 7)} is dated 2019-03-01, yet was committed after`);
    // A note is a sentence, ended with a full stop.
    expect(r.stdout).toContain(`the clock of the computer that made ${commits[2]?.slice(0, 7)} was probably wrong.\n`);
    expect(r.stdout).toContain('\n| Date | Commit | Score and rating | Gaps: critical, high, medium, low | Critical systems |\n');
    // The rating in brackets after the score, as diff writes it ("55 Outcomes partly achieved" read as one phrase).
    const cells = r.stdout.split('\n').filter((l) => /^\| \d{4}-/.test(l)).map((l) => l.split(' | ')[2]);
    expect(cells).toHaveLength(5);
    for (const cell of cells) expect(cell).toMatch(/^\d+ \([^()]+\)$/);
  });

  it('text: the note ends with a full stop', async () => {
    const r = await run([], { COLUMNS: '200' });
    expect(r.stdout).toMatch(/was probably wrong\.$/m);
  });
});

describe('trend of a council named in a right-to-left script', () => {
  const COUNCIL = 'מועצת רמת השרון';
  it('isolates the name in the markdown title, not in the text', async () => {
    const dir = join(scratch, 'rtl');
    initRepository(dir);
    const file = answers({}).replace('organisation: Test Council', `organisation: ${COUNCIL}`);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': file, 'systems/social-care.yaml': socialCare('no') } });
    const run = (args: string[]) => runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, '--today', '2026-12-01', ...args], cwd: dir, env }, 30_000);
    const md = await run(['-f', 'markdown']);
    expect(md.stdout).toMatch(new RegExp(`^# \u2068${COUNCIL}\u2069: readiness trend\n`));
    expect(md.stdout.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u2066-\u2069]/);
    const text = await run([]);
    expect(text.stdout).toContain(COUNCIL);
    expect(text.stdout).not.toMatch(/[\u2066-\u2069]/);
  });
});

describe('trend at the width it has', () => {
  it('shows a long rating whole where the width has room, cut only where it has none, and wraps the header', async () => {
    const dir = join(scratch, 'caf');
    initRepository(dir);
    const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
    const wasteFleet = readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), 'utf8');
    commit(dir, { date: '2026-11-10T12:00:00+00:00', message: 'CAF', write: { 'assurance/caf.yaml': example.replace('assessedOn: 2026-11-20', 'assessedOn: 2026-11-10'), 'assurance/systems/waste-fleet.yaml': wasteFleet } });
    commit(dir, { date: '2026-11-20T12:00:00+00:00', message: 'CAF', write: { 'assurance/caf.yaml': example } });
    const run = (columns: string) => runBinary({ args: ['trend', 'assurance/caf.yaml', '--today', '2026-12-01', '--since', '2025-01-01'], cwd: dir, env: { ...env, COLUMNS: columns } }, 30_000);
    const wide = await run('100');
    expect(wide.stdout).toMatch(/^2026-11-20  \w{7}     55  Outcomes partly achieved +7 +36 +29 +3 +3$/m);
    const narrow = await run('80');
    expect(narrow.stdout).toMatch(/^2026-11-20  \w{7}     55  Outcomes partly… +7 +36 +29 +3 +3$/m);
    for (const line of narrow.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(narrow.stdout.split('\n').slice(0, 3)).toEqual(['Wrenford Borough Council (fictional): readiness trend of assurance/caf.yaml', 'caf-local-government 2.1.2', '2 committed versions from 2026-11-10 to 2026-11-20 (since 2025-01-01)']);
    // At 60 columns (a split tmux pane) the counts and the systems fill the row: each rating goes on
    // a line of its own under its row, whole, and no line runs past the width.
    const sixty = await run('60');
    for (const line of sixty.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    // The systems' column is headed as the questionnaire names them, over two lines where it must.
    expect(sixty.stdout).toMatch(/\n {50}Critical\nDate {8}Commit {3}Score {3}Crit High {2}Med {2}Low {3}systems\n2026-11-10  \w{7}     55 +7 +36 +29 +3 +3\n {12}Outcomes partly achieved\n2026-11-20  /);
  });
});

describe('trend given a path that is not the answers file now', () => {
  const dir = join(scratch, 'moved');
  beforeAll(() => {
    initRepository(dir);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    commit(dir, { date: '2026-02-10T12:00:00+00:00', message: 'Moved', rename: ['a.yaml', 'readiness.yaml'], write: { 'readiness.yaml': answers({ wastePatched: 'yes' }) } });
  }, 30_000);
  const run = (args: string[], cwd = dir) => runBinary({ args: ['trend', ...args, '--questionnaire-dir', fixtures, '--today', '2026-12-01'], cwd, env }, 30_000);

  it('a mistyped name is no such file, not a file to commit first', async () => {
    expect(await run(['readines.yaml'])).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'readines.yaml: no such file, and no file was ever committed at this path\n' });
    expect(await run(['nowhere/readiness.yaml'])).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'nowhere/readiness.yaml: no such file or folder\n' });
    expect(await run(['missing.yaml'], scratch)).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'missing.yaml: no such file or folder\n' });
  });

  it('an old name gives its history up to the move, and says it has moved', async () => {
    const r = await run(['a.yaml', '-f', 'json']);
    expect(r.code).toBe(ExitCode.Ok);
    const t = JSON.parse(r.stdout);
    expect(t.versions).toHaveLength(1);
    expect(t.notes).toEqual(['a.yaml is not in the work tree now: it was moved or deleted after the versions shown; give its present name to see later versions']);
    const now = JSON.parse((await run(['readiness.yaml', '-f', 'json'])).stdout);
    expect(now.versions).toHaveLength(2);
    expect(now.notes).toEqual([]);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });
});

// A name typed in another case is corrected to the file's (as Windows and macOS find it): that file
// is in the work tree now, so no note may say it was moved, and json says current: true.
describe('trend given the present name in another case, after a rename that changed only the case', () => {
  const dir = join(scratch, 'case');
  beforeAll(() => {
    initRepository(dir);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'Readiness.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    commit(dir, { date: '2026-02-10T12:00:00+00:00', message: 'Lower case', rename: ['Readiness.yaml', 'readiness.yaml'] });
    commit(dir, { date: '2026-03-10T12:00:00+00:00', message: 'Waste patched', write: { 'readiness.yaml': answers({ wastePatched: 'yes' }) } });
  }, 30_000);
  const run = (args: string[]) => runBinary({ args: ['trend', './Readiness.yaml', ...args, '--questionnaire-dir', fixtures, '--today', '2026-12-01'], cwd: dir, env }, 30_000);

  it('shows every version as current, with no note that the file has moved', async () => {
    const r = await run(['-f', 'json']);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { path: string }) => v.path)).toEqual(['Readiness.yaml', 'readiness.yaml', 'readiness.yaml']);
    expect(t).toMatchObject({ current: true, notes: [] });
    const text = await run([]);
    expect(text.stdout).not.toContain('not in the work tree');
    expect(text.stdout).toMatch(/over 3 versions; now \S/);
  });
});

// Given its old name, trend summed up the history to the move with "…; now Significant gaps",
// though the file has moved on since: the last score there is the last one under that name.
describe('trend given an old name with more than one version under it', () => {
  const dir = join(scratch, 'moved-later');
  beforeAll(() => {
    initRepository(dir);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    commit(dir, { date: '2026-01-20T12:00:00+00:00', message: 'Second', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } });
    commit(dir, { date: '2026-02-10T12:00:00+00:00', message: 'Moved', rename: ['a.yaml', 'readiness.yaml'] });
  }, 30_000);
  const run = (args: string[]) => runBinary({ args: ['trend', ...args, '--questionnaire-dir', fixtures, '--today', '2026-12-01'], cwd: dir, env }, 30_000);

  it('says "last scored", not "now", in text and markdown, and current: false in json', async () => {
    const old = await run(['a.yaml']);
    expect(old.code, old.stderr).toBe(ExitCode.Ok);
    expect(old.stdout).toMatch(/over 2 versions; last scored \S/);
    expect(old.stdout).not.toMatch(/; now /);
    const md = await run(['a.yaml', '-f', 'markdown']);
    expect(md.stdout).toMatch(/the latest scored is rated /);
    expect(JSON.parse((await run(['a.yaml', '-f', 'json'])).stdout)).toMatchObject({ current: false });
    // Its present name is where it stands now.
    const now = await run(['readiness.yaml']);
    expect(now.stdout).toMatch(/over \d versions; now \S/);
    expect(JSON.parse((await run(['readiness.yaml', '-f', 'json'])).stdout)).toMatchObject({ current: true });
  });
});

describe('trend -q', () => {
  it('scores against the questionnaire given, and marks a version that answers another as not comparable, as assess refuses it', async () => {
    const dir = join(scratch, 'given');
    initRepository(dir);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    commit(dir, { date: '2026-02-10T12:00:00+00:00', message: 'Waste patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } });
    const run = (q: string) => runBinary({ args: ['trend', 'a.yaml', '-q', q, '-f', 'json', '--today', '2026-12-01'], cwd: dir, env }, 30_000);
    const other = JSON.parse((await run('council-cyber-resilience')).stdout);
    expect(other.versions.map((v: Row & { reason: string }) => [v.status, v.reason])).toEqual([
      ['not-comparable', 'answers questionnaire sys, not council-cyber-resilience given with -q'],
      ['not-comparable', 'answers questionnaire sys, not council-cyber-resilience given with -q'],
    ]);
    expect(other.questionnaire).toBeNull();
    const own = JSON.parse((await run(join(fixtures, 'sys.yaml'))).stdout);
    expect(own.versions.map((v: Row) => v.status)).toEqual(['scored', 'scored']);
    expect(own.questionnaire.id).toBe('sys');
  });
});

describe('trend in a repository git will not read', () => {
  // As in a CI job whose container runs as another user than the checkout's: only root can make one here.
  it.skipIf(process.getuid?.() !== 0)("passes on git's own remedy for a repository owned by someone else, in its one line", async () => {
    const dir = join(scratch, 'dubious');
    initRepository(dir);
    commit(dir, { date: '2026-01-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    execFileSync('chown', ['-R', '65534', dir]);
    const r = await runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures], cwd: dir, env }, 30_000);
    const real = realpathSync(dir);
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `a.yaml: git cannot read this repository: detected dubious ownership in repository at '${real}'; if you trust it, run: git config --global --add safe.directory ${real}\n` });
  });
});
