import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRepository, commit, git, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { displayWidth } from '../../src/text/wrap.js';
import { makeAjv } from '../../src/schema/validators.js';
import { runBinary } from '../helpers/cli.js';
import { parseMermaid, readMermaidChart } from '../helpers/consumers.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

interface Step {
  date: string;
  message: string;
  write?: Record<string, string>;
  rename?: [string, string];
}

// The history of council/assessment.yaml: an old major version, two scored versions, a rename, a
// commit that changes only a system file, an invalid version, an unrelated commit and a last version.
const steps: Step[] = [
  { date: '2025-01-15T09:00:00+00:00', message: 'First answers, to the old questionnaire', write: { 'council/readiness.yaml': answers({ version: '0.9.0' }), 'council/systems/social-care.yaml': socialCare('no') } },
  { date: '2025-02-10T09:00:00+00:00', message: 'Answers to version 1', write: { 'council/readiness.yaml': answers({}) } },
  { date: '2025-03-05T17:30:00+00:00', message: 'Rename, and waste is patched now', rename: ['council/readiness.yaml', 'council/assessment.yaml'], write: { 'council/assessment.yaml': answers({ wastePatched: 'yes' }) } },
  { date: '2025-04-20T09:00:00+01:00', message: 'Social care logs are collected', write: { 'council/systems/social-care.yaml': socialCare('yes') } },
  { date: '2025-05-02T09:00:00+01:00', message: 'A typing mistake', write: { 'council/assessment.yaml': answers({ wastePatched: 'maybe' }) } },
  { date: '2025-05-20T09:00:00+01:00', message: 'Unrelated', write: { 'README.md': 'Not an answers file.\n' } },
  // Late in the evening of 30 June west of Greenwich, which was 1 July in London, where the tests run:
  // dates are the instant's in the zone of the run, not the committer's own.
  { date: '2025-06-30T23:30:00-05:00', message: 'Revenues has multi-factor sign-in', write: { 'council/assessment.yaml': answers({ wastePatched: 'yes', revenuesMfa: 'yes' }) } },
];

let repo: string;
let scratch: string;
const commits: string[] = [];
/** The files of the repository as they stood after each step. */
const trees: Record<string, string>[] = [];

const trend = (args: string[], env: Record<string, string> = {}) =>
  runBinary({ args: ['trend', ...args, '--questionnaire-dir', fixtures, '--today', '2025-07-01'], cwd: repo, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env } }, 30_000);

/** What `assess` says of the files as they stood after a step: the score trend must agree with. */
async function assessAt(step: number, answersPath: string): Promise<{ overall: { score: number; rating: { label: string } }; summary: { bySeverity: Record<string, number> }; systems: unknown[] }> {
  const dir = join(scratch, `step-${step}`);
  for (const [path, text] of Object.entries(trees[step] ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = await runBinary({ args: ['assess', '-a', join(dir, answersPath), '--questionnaire-dir', fixtures, '--allow-incomplete', '-f', 'json', '--today', '2025-07-01'] });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-'));
  repo = join(scratch, 'repo');
  initRepository(repo);
  let files: Record<string, string> = {};
  for (const step of steps) {
    if (step.rename) {
      const { [step.rename[0]]: moved, ...rest } = files;
      files = { ...rest, [step.rename[1]]: moved ?? '' };
    }
    files = { ...files, ...step.write };
    trees.push(files);
    commits.push(commit(repo, step));
  }
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cyber-ready trend', () => {
  it('scores every committed version, follows the rename, and counts a system file commit as a version', async () => {
    const r = await trend(['council/assessment.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    const t = JSON.parse(r.stdout);
    const ajv = makeAjv();
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/trend.schema.json', import.meta.url), 'utf8')));
    expect(validate(t), JSON.stringify(validate.errors)).toBe(true);

    // The unrelated commit (step 5) is not a version.
    const expected = [0, 1, 2, 3, 4, 6];
    expect(t.versions.map((v: { commit: string }) => v.commit)).toEqual(expected.map((i) => commits[i]));
    expect(t.versions.map((v: { date: string }) => v.date)).toEqual(['2025-01-15', '2025-02-10', '2025-03-05', '2025-04-20', '2025-05-02', '2025-07-01']);
    expect(t.versions.map((v: { path: string }) => v.path)).toEqual(['council/readiness.yaml', 'council/readiness.yaml', 'council/assessment.yaml', 'council/assessment.yaml', 'council/assessment.yaml', 'council/assessment.yaml']);
    expect(t.versions.map((v: { status: string }) => v.status)).toEqual(['not-comparable', 'scored', 'scored', 'scored', 'invalid', 'scored']);
    expect(t.questionnaire).toEqual({ id: 'sys', version: '1.0.0', title: 'Systems questionnaire' });
    expect(t.systemLabel).toBe('critical system');

    const [old, , , , invalid] = t.versions;
    expect(old).toMatchObject({ score: null, rating: null, gaps: null, named: { id: 'sys', version: '0.9.0' } });
    expect(old.reason).toBe('answers version 0.9.0 of sys; the questionnaire is now version 1.0.0');
    expect(invalid.score).toBeNull();
    expect(invalid.reason).toMatch(/^council\/assessment\.yaml:21:16: "maybe" is not an option of "patched"/);

    // Each scored version agrees with `assess` on the files as they stood at its commit.
    for (const [k, step] of [[1, 1], [2, 2], [3, 3], [5, 6]] as const) {
      const a = await assessAt(step, step < 2 ? 'council/readiness.yaml' : 'council/assessment.yaml');
      expect(t.versions[k]).toMatchObject({ score: a.overall.score, rating: a.overall.rating.label, gaps: a.summary.bySeverity, systems: a.systems.length, unanswered: 0 });
    }
    // The system file's own commit moved the score, and so did the others.
    const scores = t.versions.map((v: { score: number | null }) => v.score);
    expect(new Set([scores[1], scores[2], scores[3], scores[5]]).size).toBe(4);
    expect(scores[3]).toBeGreaterThan(scores[2]);
  }, 60_000);

  it('prints text that fits 80 columns without colour, with a sparkline over the comparable scores', async () => {
    const r = await trend(['council/assessment.yaml'], { COLUMNS: '80', NO_COLOR: '1' });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const json = JSON.parse((await trend(['council/assessment.yaml', '-f', 'json'])).stdout);
    const scored = json.versions.filter((v: { status: string }) => v.status === 'scored').map((v: { score: number }) => v.score);
    const blocks = scored.map((s: number) => '▁▂▃▄▅▆▇█'[Math.min(7, Math.floor(s / 12.5))]).join('');
    expect(lines.at(-1)).toBe(`Score ${blocks}  ${Math.floor(scored[0])} → ${Math.floor(scored.at(-1))} (+${Math.floor(scored.at(-1)) - Math.floor(scored[0])}) over 4 versions; now ${json.versions.at(-1).rating}`);
    expect(r.stdout).toContain(`2025-01-15  ${commits[0]?.slice(0, 7)}      –  not comparable [1]`);
    expect(r.stdout).toMatch(new RegExp(`^2025-05-02  ${commits[4]?.slice(0, 7)}      –  invalid \\[2\\]$`, 'm'));
    expect(r.stdout).toContain(`[1] ${commits[0]?.slice(0, 7)}: answers version 0.9.0 of sys; the questionnaire is now version\n    1.0.0`);
    // Rows of scored versions: score rounded down, rating, gaps by severity, systems.
    const last = json.versions.at(-1);
    expect(r.stdout).toMatch(new RegExp(`^2025-07-01  ${commits[6]?.slice(0, 7)}  +${Math.floor(last.score)}  ${last.rating} +${last.gaps.critical} +${last.gaps.high} +${last.gaps.medium} +${last.gaps.low} +3$`, 'm'));
  }, 60_000);

  it('draws a mermaid line chart that mermaid parses, and a table of every version', async () => {
    const r = await trend(['council/assessment.yaml', '-f', 'markdown']);
    expect(r.code).toBe(ExitCode.Ok);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(r.stdout)?.[1] ?? '';
    await expect(parseMermaid(chart)).resolves.toBeTruthy();
    // The line in a colour that shows on white and on GitHub's dark background, not mermaid's pale default.
    expect(chart).toMatch(/^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#2f81f7"\}\}\}\}%%\nxychart-beta\n/);
    // Named and described for a screen reader, which otherwise read out the chart's axis labels one by one.
    await expect(readMermaidChart(chart)).resolves.toMatchObject({ accTitle: expect.stringMatching(/^Overall score out of 100/), accDescription: expect.stringContaining('table below') });
    const json = JSON.parse((await trend(['council/assessment.yaml', '-f', 'json'])).stdout);
    const scored = json.versions.filter((v: { status: string }) => v.status === 'scored');
    expect(chart).toContain(`line [${scored.map((v: { score: number }) => Math.floor(v.score)).join(', ')}]`);
    expect(chart).toContain(`x-axis [${scored.map((v: { date: string }) => `"${v.date}"`).join(', ')}]`);
    expect(r.stdout.split('\n').filter((l) => /^\| 2025-/.test(l))).toHaveLength(6);
    expect(r.stdout).toContain('(not comparable)');
  }, 60_000);

  it('leaves out versions committed before --since but the one in force on it, the starting point, and writes to -o', async () => {
    const out = join(scratch, 'trend.json');
    const r = await trend(['council/assessment.yaml', '--since', '2025-04-20', '-f', 'json', '-o', out]);
    expect(r).toMatchObject({ code: ExitCode.Ok, stdout: '', stderr: '' });
    const t = JSON.parse(readFileSync(out, 'utf8'));
    expect(t.since).toBe('2025-04-20');
    const validate = makeAjv().compile(JSON.parse(readFileSync(new URL('../../schemas/trend.schema.json', import.meta.url), 'utf8')));
    expect(validate(t), JSON.stringify(validate.errors)).toBe(true);
    // The version of 5 March was in force on 20 April (the one committed that day came after it).
    expect(t.versions.map((v: { date: string; baseline: boolean }) => [v.date, v.baseline])).toEqual([['2025-03-05', true], ['2025-04-20', false], ['2025-05-02', false], ['2025-07-01', false]]);
    const [base, next] = t.versions as { shortCommit: string; score: number }[];
    const text = await trend(['council/assessment.yaml', '--since', '2025-04-20'], { COLUMNS: '80' });
    expect(text.stdout).toContain('The version in force on 2025-04-20 and 3 committed since (from 2025-04-20 to\n  2025-07-01)\n');
    expect(text.stdout).toMatch(new RegExp(`\\n2025-03-05  ${base?.shortCommit} .* \\[1\\]\\n`));
    expect(text.stdout).toContain(`[1] ${base?.shortCommit}: in force on 2025-04-20 (committed 2025-03-05): the starting point\n    the later versions are measured from`);
    expect(text.stdout).toMatch(/\nScore \S+ +\d+ → \d+ \([+-]\d+|±0\) since 2025-04-20, over 3 versions;/);
    const md = await trend(['council/assessment.yaml', '--since', '2025-04-20', '-f', 'markdown']);
    expect(md.stdout).toContain(`| 2025-03-05 (in force on 2025-04-20) | \`${base?.shortCommit}\` |`);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md.stdout)?.[1] ?? '';
    await expect(parseMermaid(chart)).resolves.toBeTruthy();
    expect(chart).toContain('x-axis ["in force on 2025-04-20", "2025-04-20", "2025-07-01"]');
    expect(chart).toContain(`line [${Math.floor(base?.score ?? 0)}, ${Math.floor(next?.score ?? 0)}, `);
    expect(md.stdout).toContain(`from ${Math.floor(base?.score ?? 0)} on 2025-04-20 (the version then in force, committed 2025-03-05)`);
  }, 60_000);

  it('with --since after the last commit, shows the version in force then, and says none came since', async () => {
    const r = await trend(['council/assessment.yaml', '--since', '2026-01-01', '-f', 'json']);
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { date: string; baseline: boolean }) => [v.date, v.baseline])).toEqual([['2025-07-01', true]]);
    const text = await trend(['council/assessment.yaml', '--since', '2026-01-01'], { COLUMNS: '80' });
    expect(text.stdout).toContain('the version in force on 2026-01-01; none committed since');
    const md = await trend(['council/assessment.yaml', '--since', '2026-01-01', '-f', 'markdown']);
    expect(md.stdout).toContain('The version of `council/assessment.yaml` in force on 2026-01-01 and none committed since;');
    // 2026-01-01 is still to come on the --today of these runs (2025-07-01): most likely a mistyped year.
    for (const run of [r, text, md]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('cyber-ready: warning: --since 2026-01-01 is later than today (2025-07-01), so the trend shows only the latest version\n');
    }
    // Today itself is no warning.
    expect((await trend(['council/assessment.yaml', '--since', '2025-07-01', '-f', 'json'])).stderr).toBe('');
  }, 60_000);

  it('says in a note that uncommitted changes are not a version', async () => {
    const file = join(repo, 'council/assessment.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('mfa: yes', 'mfa: no'));
    try {
      const r = await trend(['council/assessment.yaml'], { COLUMNS: '80' });
      expect(r.code).toBe(ExitCode.Ok);
      expect(r.stdout).toContain('Note: uncommitted changes to council/assessment.yaml are not in the trend: only\n      committed versions are');
      const json = JSON.parse((await trend(['council/assessment.yaml', '-f', 'json'])).stdout);
      expect(json.versions).toHaveLength(6);
    } finally {
      writeFileSync(file, before);
    }
  }, 60_000);

  it('refuses, in one line with exit 2: a file never committed, a folder outside git, and no git on PATH', async () => {
    writeFileSync(join(repo, 'new.yaml'), answers({}));
    try {
      expect(await trend(['new.yaml'])).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'new.yaml: never committed; trend shows the committed versions of an answers file (commit it first)\n' });
    } finally {
      rmSync(join(repo, 'new.yaml'));
    }
    const outside = join(scratch, 'not-a-repo');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'a.yaml'), answers({}));
    const r = await runBinary({ args: ['trend', 'a.yaml'], cwd: outside, env: { GIT_CEILING_DIRECTORIES: scratch } });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'a.yaml: not in a git work tree; trend reads the committed history of an answers file in a git repository\n' });
    const noGit = await trend(['council/assessment.yaml'], { PATH: join(scratch, 'empty-bin') });
    expect(noGit).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: trend reads history with git, and git was not found on PATH; install git or add it to PATH\n' });
  }, 60_000);

  it('uses the git command line with dated commits as the repository helper says', () => {
    expect(git(repo, ['log', '-1', '--format=%cI', commits[6] ?? 'HEAD']).trim()).toBe('2025-06-30T23:30:00-05:00');
  });

  it('gives, on the demo history, exactly the example the README shows', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /`node scripts\/trend-repo\.js demo DIR`[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
    const demo = join(scratch, 'demo');
    buildDemoRepository(demo);
    const r = await runBinary({ args: ['trend', 'readiness.yaml', '--today', '2026-12-01'], cwd: demo, env: { COLUMNS: '80' } });
    expect(r.code).toBe(ExitCode.Ok);
    // When the bundled example answers change, paste the new output into the README.
    expect(shown).toBe(r.stdout);
  }, 60_000);

  it('takes a link to an answers file for the file: its history, whether the link is committed or not', async () => {
    const dir = join(scratch, 'linked');
    initRepository(dir);
    commit(dir, { date: '2025-01-01T12:00:00+00:00', message: 'Answers', write: { 'council/a.yaml': answers({}) } });
    commit(dir, { date: '2025-02-01T12:00:00+00:00', message: 'Waste patched', write: { 'council/a.yaml': answers({ wastePatched: 'yes' }) } });
    symlinkSync('council/a.yaml', join(dir, 'current.yaml'));
    const run = (file: string) => runBinary({ args: ['trend', file, '-f', 'json', '--questionnaire-dir', fixtures, '--today', '2025-07-01'], cwd: dir, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    const direct = await run('council/a.yaml');
    expect(direct.code).toBe(ExitCode.Ok);
    // Before: "never committed" while the link was not, and one invalid version (the link's own text) once it was.
    const linked = await run('current.yaml');
    expect(linked.stderr).toBe('');
    const versions = (out: string) => JSON.parse(out).versions.map((v: { commit: string; status: string; score: number | null }) => [v.commit, v.status, v.score]);
    expect(versions(linked.stdout)).toEqual(versions(direct.stdout));
    expect(versions(linked.stdout)).toHaveLength(2);
    // commit() adds everything, the link included.
    commit(dir, { date: '2025-03-01T12:00:00+00:00', message: 'A link to the current answers' });
    expect(git(dir, ['ls-files', 'current.yaml']).trim()).toBe('current.yaml');
    const committed = await run('current.yaml');
    expect(committed.stderr).toBe('');
    expect(versions(committed.stdout)).toEqual(versions(direct.stdout));
  }, 60_000);

  it('lists a version with broken YAML, or with a system file linked from outside its folder, as invalid with its reason', async () => {
    const dir = join(scratch, 'links');
    initRepository(dir);
    commit(dir, { date: '2025-01-01T12:00:00+00:00', message: 'Broken', write: { 'council/a.yaml': 'questionnaire: sys\nanswers: [\n' } });
    // In the repository, but outside the answers file's folder (see trend-system-files.test.ts for every kind of link).
    writeFileSync(join(dir, 'secret.yaml'), socialCare('yes'));
    mkdirSync(join(dir, 'council/systems'));
    symlinkSync('../../secret.yaml', join(dir, 'council/systems/social-care.yaml'));
    commit(dir, { date: '2025-02-01T12:00:00+00:00', message: 'A link', write: { 'council/a.yaml': answers({}) } });
    const r = await runBinary({ args: ['trend', 'council/a.yaml', '-f', 'json', '--questionnaire-dir', fixtures], cwd: dir });
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { status: string }) => v.status)).toEqual(['invalid', 'invalid']);
    expect(t.versions[0].reason).toBe('council/a.yaml:2:10: this "[" is not closed: end it with "]" on the same line, or indent the lines that continue it further than its key');
    expect(t.versions[1].reason).toBe(`council/a.yaml:17:11: "file: systems/social-care.yaml" leads outside the answers file's folder through a link (to ../secret.yaml); keep a system's file in that folder or below it`);
    expect(t.questionnaire).toBeNull();
  }, 60_000);

  it('lists a version whose answers path is a link or a file over 32 MB in that commit as invalid with its reason', async () => {
    const dir = join(scratch, 'not-a-file');
    initRepository(dir);
    const path = join(dir, 'council/a.yaml');
    commit(dir, { date: '2025-01-01T12:00:00+00:00', message: 'Answers', write: { 'council/a.yaml': answers({}), 'council/b.yaml': answers({}), 'council/systems/social-care.yaml': socialCare('yes') } });
    rmSync(path);
    symlinkSync('b.yaml', path);
    commit(dir, { date: '2025-02-01T12:00:00+00:00', message: 'A link' });
    rmSync(path);
    // A comment of spaces past the 32 MB limit: git keeps it small, and it is read only to be refused.
    writeFileSync(path, `${answers({})}#${' '.repeat(32 * 1024 * 1024)}\n`);
    commit(dir, { date: '2025-04-01T12:00:00+00:00', message: 'Too large' });
    commit(dir, { date: '2025-05-01T12:00:00+00:00', message: 'Answers again', write: { 'council/a.yaml': answers({ wastePatched: 'yes' }) } });
    const r = await runBinary({ args: ['trend', 'council/a.yaml', '-f', 'json', '--questionnaire-dir', fixtures, '--today', '2025-07-01'], cwd: dir, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } }, 30_000);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { status: string; reason?: string }) => [v.status, v.reason ?? null])).toEqual([
      ['scored', null],
      ['invalid', 'is a symbolic link in this commit, not a file'],
      ['invalid', 'is too large in this commit (over 32 MB)'],
      ['scored', null],
    ]);
  }, 60_000);

  it('lists a version whose answers path is a folder as invalid, not a file inside the folder as its answers', async () => {
    // `git log --follow -- council/a.yaml` lists council/a.yaml/… too: a valid answers file in the
    // folder was once scored as the version, and any other file there read as broken answers.
    const dir = join(scratch, 'a-folder');
    initRepository(dir);
    const path = join(dir, 'council/a.yaml');
    commit(dir, { date: '2025-01-01T12:00:00+00:00', message: 'Answers', write: { 'council/a.yaml': answers({}), 'council/systems/social-care.yaml': socialCare('yes') } });
    rmSync(path);
    commit(dir, { date: '2025-02-01T12:00:00+00:00', message: 'A folder', write: { 'council/a.yaml/a.yaml': answers({}), 'council/a.yaml/notes.md': 'Notes\n' } });
    // A change inside the folder leaves the path a folder: not another version.
    commit(dir, { date: '2025-03-01T12:00:00+00:00', message: 'Notes', write: { 'council/a.yaml/notes.md': 'More notes\n' } });
    // Removed, and made again: a version again.
    rmSync(path, { recursive: true });
    commit(dir, { date: '2025-03-10T12:00:00+00:00', message: 'No folder' });
    commit(dir, { date: '2025-03-20T12:00:00+00:00', message: 'A folder again', write: { 'council/a.yaml/notes.md': 'Notes\n' } });
    rmSync(path, { recursive: true });
    commit(dir, { date: '2025-04-01T12:00:00+00:00', message: 'Answers again', write: { 'council/a.yaml': answers({ wastePatched: 'yes' }) } });
    const r = await runBinary({ args: ['trend', 'council/a.yaml', '-f', 'json', '--questionnaire-dir', fixtures, '--today', '2025-07-01'], cwd: dir, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { date: string; status: string; reason?: string }) => [v.date, v.status, v.reason ?? null])).toEqual([
      ['2025-01-01', 'scored', null],
      ['2025-02-01', 'invalid', 'is a folder in this commit, not a file'],
      ['2025-03-20', 'invalid', 'is a folder in this commit, not a file'],
      ['2025-04-01', 'scored', null],
    ]);
  }, 30_000);

  it("follows the branch's own line: a merged branch is one version, at its merge", async () => {
    const dir = join(scratch, 'merge');
    initRepository(dir);
    mkdirSync(join(dir, 'systems'), { recursive: true });
    writeFileSync(join(dir, 'systems/social-care.yaml'), socialCare('no'));
    const first = commit(dir, { date: '2025-01-01T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}) } });
    git(dir, ['checkout', '-q', '-b', 'side']);
    const side = commit(dir, { date: '2025-01-10T12:00:00+00:00', message: 'On a branch', write: { 'a.yaml': answers({ revenuesMfa: 'yes' }) } });
    git(dir, ['checkout', '-q', 'main']);
    const main = commit(dir, { date: '2025-01-20T12:00:00+00:00', message: 'On main', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } });
    git(dir, ['merge', '-q', '--no-edit', 'side'], '2025-02-01T12:00:00+00:00');
    const merge = git(dir, ['rev-parse', 'HEAD']).trim();
    const r = await runBinary({ args: ['trend', 'a.yaml', '-f', 'json', '--questionnaire-dir', fixtures], cwd: dir });
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { commit: string }) => v.commit)).toEqual([first, main, merge]);
    expect(t.versions.map((v: { commit: string }) => v.commit)).not.toContain(side);
    // The merge's version has both changes: it scores as the file in the work tree now does.
    const now = await runBinary({ args: ['assess', '-a', 'a.yaml', '--questionnaire-dir', fixtures, '-f', 'json'], cwd: dir });
    expect(t.versions[2].score).toBe(JSON.parse(now.stdout).overall.score);
    expect(t.versions[2].score).toBeGreaterThan(t.versions[1].score);
  }, 60_000);

  it('says when a shallow clone holds only part of the history', async () => {
    const shallow = join(scratch, 'shallow');
    git(scratch, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    const r = await runBinary({ args: ['trend', 'council/assessment.yaml', '-f', 'json', '--questionnaire-dir', fixtures], cwd: shallow });
    const t = JSON.parse(r.stdout);
    expect(t.versions.map((v: { commit: string }) => v.commit)).toEqual([commits[5], commits[6]]); // the oldest commit held shows the file as it stood then
    expect(t.notes).toEqual(['this is a shallow clone, so only the history it holds is shown; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions) to see every version']);
  }, 60_000);
});
