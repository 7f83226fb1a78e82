// Four findings of a review of the CI outputs (GitHub Actions, GitLab, Jenkins, Azure Pipelines),
// through the real binary: files in a git submodule are named from the repository CI checked out;
// the `gate failed` line is the last on standard error under GitHub Actions too; every JUnit test
// case name fits Azure Pipelines' 256; SARIF from standard input counts every result that lost its
// place, as GitLab's report does (the warning itself: machine-consumers and ci-gates-review tests).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseXml } from '../helpers/consumers.js';
import { hasXmllint, junitSchemaErrors, parseWorkflowCommands } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const FIXTURE = join(repoRoot, 'test/fixtures/systems');
// Two high gaps in social care's own file, one in the answers file: `--fail-on high` fails on them.
const GATE = ['--today', TODAY, '--fail-on', 'high'];

const git = (cwd: string, ...args: string[]): void =>
  void execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.org', '-c', 'protocol.file.allow=always', ...args], { cwd, stdio: 'ignore', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });

/** The answers and their questionnaire in `dir/ci`. */
function answersIn(dir: string): void {
  mkdirSync(join(dir, 'ci'), { recursive: true });
  for (const f of ['sys.yaml', 'sys.answers.yaml', 'systems']) cpSync(join(FIXTURE, f), join(dir, 'ci', f), { recursive: true });
}

const sarifUris = (text: string): string[] => {
  const log = JSON.parse(text) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  return [...new Set(log.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri)))].sort();
};
const gitlabPaths = (text: string): string[] => [...new Set((JSON.parse(text) as { location: { path: string } }[]).map((i) => i.location.path))].sort();
const lastLine = (stderr: string): string => stderr.trimEnd().split('\n').at(-1) ?? '';

describe('files in a git submodule are named from the superproject, the repository CI checked out', () => {
  let superproject: string;
  const inSub = ['vendor/readiness/ci/sys.answers.yaml', 'vendor/readiness/ci/systems/social-care.yaml'];
  const args = (format: string) => ['assess', '-q', 'vendor/readiness/ci/sys.yaml', '-a', 'vendor/readiness/ci/sys.answers.yaml', ...GATE, '-f', format];

  beforeAll(() => {
    const readiness = mkdtempSync(join(tmpdir(), 'cyber-ready-readiness-'));
    git(readiness, 'init', '-q');
    answersIn(readiness);
    // "cloud: no" leaves every system's cloud-backup answer ignored: a warning at each.
    const main = join(readiness, 'ci/sys.answers.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace(/^ {2}cloud: yes$/m, '  cloud: no'));
    git(readiness, 'add', 'ci');
    git(readiness, 'commit', '-q', '-m', 'answers');
    superproject = mkdtempSync(join(tmpdir(), 'cyber-ready-super-'));
    git(superproject, 'init', '-q');
    git(superproject, 'submodule', 'add', '-q', readiness, 'vendor/readiness');
    // As git makes it: a `.git` file naming the superproject's `.git/modules/vendor/readiness`.
    expect(readFileSync(join(superproject, 'vendor/readiness/.git'), 'utf8')).toMatch(/^gitdir: .*modules[\\/]vendor[\\/]readiness\s*$/);
  });

  it('GitHub Actions: SARIF URIs and ::error annotations', async () => {
    const r = await runBinary({ args: args('sarif'), cwd: superproject, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: superproject } });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(sarifUris(r.stdout)).toEqual(inSub);
    const errors = parseWorkflowCommands(r.stderr, superproject).filter((c) => c.command === 'error');
    expect(errors.map((e) => e.properties.file)).toEqual([inSub[1], inSub[1]]);
    // Warnings too: the submodule's files are files of the work tree the job runs in, so each is an
    // annotation in place of its plain line.
    const warnings = parseWorkflowCommands(r.stderr, superproject).filter((c) => c.command === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => inSub.includes(w.properties.file ?? '')), r.stderr).toBe(true);
    expect(r.stderr).not.toMatch(/^\S+:\d+:\d+: warning: /m);
  });

  it('GitLab CI: the Code Quality report\'s location.path', async () => {
    const r = await runBinary({ args: args('gitlab'), cwd: superproject, env: { GITLAB_CI: 'true', CI_PROJECT_DIR: superproject } });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(gitlabPaths(r.stdout)).toEqual(inSub);
  });

  it('with no CI to say so, from inside the submodule: the `.git` file is followed up to the superproject', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...GATE, '-f', 'sarif'], cwd: join(superproject, 'vendor/readiness/ci') });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(sarifUris(r.stdout)).toEqual(inSub);
  });

  it('a linked worktree is a checkout of its own, even the submodule\'s own inside the superproject: its files are named from its own root', async () => {
    const side = join(superproject, 'side');
    git(join(superproject, 'vendor/readiness'), 'worktree', 'add', '-q', side, 'HEAD');
    const r = await runBinary({ args: ['assess', '-q', 'side/ci/sys.yaml', '-a', 'side/ci/sys.answers.yaml', ...GATE, '-f', 'sarif'], cwd: superproject });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(sarifUris(r.stdout)).toEqual(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']);
  });
});

describe('a checkout made without git is named from where the CI says it is', () => {
  it('GITHUB_WORKSPACE and CI_PROJECT_DIR, from a subfolder; a repository of its own inside it keeps its root', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'cyber-ready-workspace-'));
    answersIn(workspace);
    const run = ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...GATE];
    const github = await runBinary({ args: [...run, '-f', 'sarif'], cwd: join(workspace, 'ci'), env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace } });
    expect(sarifUris(github.stdout)).toEqual(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']);
    const gitlab = await runBinary({ args: [...run, '-f', 'gitlab'], cwd: join(workspace, 'ci'), env: { GITLAB_CI: 'true', CI_PROJECT_DIR: workspace } });
    expect(gitlabPaths(gitlab.stdout)).toEqual(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']);
    // As actions/checkout's `path:` puts a repository in a folder of the workspace.
    const own = join(workspace, 'main');
    mkdirSync(own);
    git(own, 'init', '-q');
    answersIn(own);
    const inner = await runBinary({ args: ['assess', '-q', 'main/ci/sys.yaml', '-a', 'main/ci/sys.answers.yaml', ...GATE, '-f', 'sarif'], cwd: workspace, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace } });
    expect(sarifUris(inner.stdout)).toEqual(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']);
  });
});

describe('standard error ends with the `gate failed` line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyber-ready-last-line-'));
    git(dir, 'init', '-q');
    answersIn(dir);
  });
  const run = (env: Record<string, string>) => runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...GATE, '-f', 'json'], cwd: join(dir, 'ci'), env });

  it('under GitHub Actions, after the ::error annotations and a warning about the job summary', async () => {
    const r = await run({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: 'sys.answers.yaml' });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stderr).toMatch(/^::error file=ci\/systems\/social-care\.yaml,/m);
    expect(r.stderr).toContain('cyber-ready: warning: GITHUB_STEP_SUMMARY names sys.answers.yaml, which this run reads');
    expect(lastLine(r.stderr)).toBe('cyber-ready: gate failed: 2 unwaived high or worse gaps');
  });

  it('under GitHub Actions with the summary appended, and outside it', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const github = await run({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toContain('Test Council');
    expect(lastLine(github.stderr)).toBe('cyber-ready: gate failed: 2 unwaived high or worse gaps');
    const plain = await run({});
    expect(plain.stderr).toMatch(/^systems\/social-care\.yaml:\d+:\d+: gate fail-on failed/m);
    expect(lastLine(plain.stderr)).toBe('cyber-ready: gate failed: 2 unwaived high or worse gaps');
  });
});

describe('JUnit test case names fit Azure Pipelines (at most 255 characters)', () => {
  interface Case {
    '@name': string;
    failure?: { '#text'?: string } | string;
    'system-out'?: string;
    skipped?: unknown;
  }
  const casesOf = (xml: string): Case[] => ((parseXml(xml).testsuites as { testsuite: { testcase?: Case[] }[] }).testsuite.flatMap((s) => s.testcase ?? []));
  const bodyOf = (c: Case): string => `${typeof c.failure === 'string' ? c.failure : (c.failure?.['#text'] ?? '')}${c['system-out'] ?? ''}`;

  it('the CAF example with its critical systems: the question\'s words are cut at a word, the id and system kept, the name in full in the body', async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-12-05', '--fail-on', 'critical', '-f', 'junit'] }, 30_000);
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    const cases = casesOf(r.stdout);
    expect(cases.length).toBeGreaterThan(90);
    for (const c of cases) expect(c['@name'].length, c['@name']).toBeLessThanOrEqual(255);
    const cut = cases.filter((c) => c['@name'].endsWith('…'));
    expect(cut.map((c) => c['@name'].slice(0, c['@name'].indexOf(':')))).toEqual(['caf-c1-d (Social care case management)', 'caf-c1-d (Waste collection and fleet management)', 'caf-c1-e (Waste collection and fleet management)']);
    for (const c of cut) {
      const full = bodyOf(c).split('\n')[0]!;
      expect(full.length).toBeGreaterThan(255);
      // Cut where a word ends: the name is the full name up to a space (less a comma or full stop before it), then "…".
      const kept = c['@name'].slice(0, -1);
      expect(full.startsWith(kept), c['@name']).toBe(true);
      expect(full.slice(kept.length)).toMatch(/^[,;:.]? /);
    }
  }, 60_000);

  it('a system whose title leaves no room is named by its id; a passing or skipped case gives its name in full too, valid against junit-10.xsd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-junit-names-'));
    answersIn(dir);
    const long = `Revenues ${'and benefits '.repeat(25)}service`.trim();
    const file = join(dir, 'ci/sys.answers.yaml');
    // "cloud: no" makes cloud backup not apply: each system's case for it is skipped.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Revenues and benefits', `title: ${long}`).replace(/^ {2}cloud: yes$/m, '  cloud: no'));
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'junit', '-o', join(dir, 'r.xml')], cwd: join(dir, 'ci') });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    if (hasXmllint()) expect(junitSchemaErrors(join(dir, 'r.xml'))).toBe('');
    const revenues = casesOf(readFileSync(join(dir, 'r.xml'), 'utf8')).filter((c) => c['@name'].includes('(revenues)'));
    expect(revenues.map((c) => c['@name'].split(' ')[0])).toEqual(['patched', 'mfa', 'cloud-backup', 'logged']);
    expect(revenues.filter((c) => c.skipped !== undefined)).toHaveLength(1);
    for (const c of revenues) {
      expect(c['@name'].length).toBeLessThanOrEqual(255);
      expect(bodyOf(c).split('\n')[0]).toMatch(new RegExp(`^[a-z-]+ \\(${long}\\): `));
    }
  });
});

describe('SARIF and GitLab from standard input say how many of their results lost their place', () => {
  it('answers past their review date with no gap count too: they are results of their own in both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stdin-'));
    const answers = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    const r = await runBinary({ args: ['assess', '-a', '-', '--today', '2028-06-01', '-f', 'sarif', '--report', `gitlab=${join(dir, 'cq.json')}`], stdin: answers });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: unknown[] }[] }[] }).runs[0]!.results;
    const stale = results.filter((x) => x.ruleId === 'cyber-ready.stale-answer').length;
    expect(stale).toBeGreaterThan(0);
    expect(results.every((x) => x.locations.length === 0)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'cq.json'), 'utf8'))).toEqual([]);
    const gaps = results.length - stale;
    expect(r.stderr).toContain(
      `cyber-ready: warning: answers read from standard input have no file to point at, so the GitLab report leaves out all ${gaps} gaps and all ${stale} answers past their review date, and all ${results.length} SARIF results have no location, which GitHub code scanning needs; give the answers file with --answers FILE\n`,
    );
  });
});
