// Every machine format read by its real consumer, run the ways CI runs it: from the repository
// root and from a subfolder, with relative and absolute paths, inside and outside a git work tree,
// and from an installed package (so a bundled questionnaire lives under node_modules).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { gitlabCodeQualityErrors, hasXmllint, junitSchemaErrors, parseCsv, parseWorkflowCommands, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const STALE = 'cyber-ready.stale-answer';
const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
// One answer left as an empty entry (as `init` writes them) and one taken out altogether.
const EMPTY_ENTRY = 'gov-strategy';
const MISSING = 'gov-leadership-reporting';
const answersText = example.replace(/^ {2}gov-strategy: in-place$/m, '  gov-strategy:').replace(/^ {2}gov-leadership-reporting: yearly\n/m, '');
const emptyEntryLine = answersText.split('\n').findIndex((l) => l === '  gov-strategy:') + 1;

const insideGit = (dir: string): boolean => {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
};

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `cyber-ready-${name}-`));
}

function gitRepo(): string {
  const dir = tempDir('repo');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

interface Scenario {
  name: string;
  cwd: string;
  answers: string;
  /** The answers file as SARIF, GitLab and GitHub must name it. */
  expected: string;
  /** As GitHub annotations name it, when not `expected`: from GITHUB_WORKSPACE, a checkout made without git. */
  expectedOnGithub?: string;
  bin?: string;
  workspace: string;
}

type SarifLog = {
  runs: {
    automationDetails?: unknown;
    tool: { driver: { informationUri?: string } };
    results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn?: number } } }[] }[];
  }[];
};

const assessArgs = (answers: string): string[] => ['assess', '-a', answers, '--today', TODAY, '--allow-incomplete', '--fail-on', 'high', '--min-score', '60'];
const reportFiles = (out: string): string[] => ['-f', 'sarif', '-o', join(out, 'r.sarif'), '--report', `gitlab=${join(out, 'cq.json')}`, '--report', `junit=${join(out, 'r.xml')}`, '--report', `csv=${join(out, 'plan.csv')}`];

/**
 * The SARIF log that names the answers file `ci/readiness.yaml` (from a git work tree's root) or
 * `readiness.yaml` (an absolute path outside git), made once by this repository's binary. Every
 * scenario's log must be these bytes, and Microsoft's validator checks these: made here, on first
 * use, so neither the scenarios nor the validator's test depends on which of them ran first.
 */
const referenceLogs = new Map<string, Promise<string>>();
function referenceSarif(expected: 'ci/readiness.yaml' | 'readiness.yaml'): Promise<string> {
  let made = referenceLogs.get(expected);
  if (!made) {
    made = (async () => {
      const dir = expected === 'ci/readiness.yaml' ? gitRepo() : tempDir('reference');
      mkdirSync(join(dir, 'ci'));
      writeFileSync(join(dir, 'ci', 'readiness.yaml'), answersText);
      const [cwd, answers] = expected === 'ci/readiness.yaml' ? [dir, 'ci/readiness.yaml'] : [join(dir, 'ci'), join(dir, 'ci', 'readiness.yaml')];
      const out = tempDir('reference-out');
      const r = await runBinary({ args: [...assessArgs(answers), ...reportFiles(out)], cwd });
      expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
      return join(out, 'r.sarif');
    })();
    referenceLogs.set(expected, made);
  }
  return made;
}

/** A scenario runs the binary two or three times (the first of a naming makes the reference log too). */
const SCENARIO_MS = 120_000;

async function check(s: Scenario): Promise<void> {
  const out = tempDir('out');
  const args = assessArgs(s.answers);
  const r = await runBinary({ args: [...args, ...reportFiles(out)], cwd: s.cwd, ...(s.bin ? { bin: s.bin } : {}) });
  expect(r.code, r.stderr).toBe(ExitCode.GateFailed);

  // SARIF: every place is the answers file. A scenario that names the file alike writes the same bytes,
  // wherever it ran and whichever copy of cyber-ready ran (no absolute path is in the log), so
  // Microsoft's validator, slow to start, checks the reference logs alone (below).
  if (s.expected === 'ci/readiness.yaml' || s.expected === 'readiness.yaml') expect(readFileSync(join(out, 'r.sarif'), 'utf8')).toBe(readFileSync(await referenceSarif(s.expected), 'utf8'));
  else throw new Error(`no reference SARIF log names ${s.expected}`);
  const log = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')) as SarifLog;
  const run = log.runs[0]!;
  expect(run.automationDetails).toBeUndefined();
  expect(run.tool.driver.informationUri).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { homepage: string }).homepage);
  const uris = new Set(run.results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri)));
  expect([...uris]).toEqual([encodeURI(s.expected)]);
  const at = (id: string) => run.results.find((x) => x.ruleId === id)?.locations[0]?.physicalLocation.region;
  expect(at(EMPTY_ENTRY)).toEqual({ startLine: emptyEntryLine, startColumn: 3, endLine: emptyEntryLine, endColumn: 3 + EMPTY_ENTRY.length });
  expect(at(MISSING)).toEqual({ startLine: 1, startColumn: 1, endLine: 1 });
  // A gap's fingerprint is its question; an answer past review with no gap has its own, apart from it.
  for (const x of run.results) expect(x.partialFingerprints['cyberReadyQuestion/v1']).toBe(x.ruleId === STALE ? 'council-cyber-resilience:risk-corporate-register:stale' : `council-cyber-resilience:${x.ruleId}`);
  const gapResults = run.results.filter((x) => x.ruleId !== STALE);
  expect(run.results.length - gapResults.length).toBe(1);
  // No absolute path anywhere in the log: the bundled questionnaire (beside the binary, or under
  // node_modules) is named by id and version only, as a path of the runner's own would change per machine.
  const sarifText = readFileSync(join(out, 'r.sarif'), 'utf8');
  for (const dir of [s.cwd, s.workspace, repoRoot.replace(/\/$/, ''), tmpdir()]) expect(sarifText).not.toContain(JSON.stringify(dir).slice(1, -1));
  expect((JSON.parse(sarifText) as { runs: { properties: { questionnaire: { id: string; file: string | null } } }[] }).runs[0]!.properties.questionnaire).toMatchObject({ id: 'council-cyber-resilience', file: null });

  // GitLab Code Quality: GitLab's schema and documented rules, paths from the repository root.
  const cq = JSON.parse(readFileSync(join(out, 'cq.json'), 'utf8')) as { location: { path: string } }[];
  expect(gitlabCodeQualityErrors(cq)).toEqual([]);
  expect(new Set(cq.map((i) => i.location.path))).toEqual(new Set([s.expected]));

  // JUnit: the Jenkins schema.
  if (hasXmllint()) expect(junitSchemaErrors(join(out, 'r.xml'))).toBe('');

  // CSV: a strict parser reads one row per gap under the header.
  const rows = parseCsv(readFileSync(join(out, 'plan.csv'), 'utf8'));
  expect(rows.length).toBe(gapResults.length + 1);

  // Outside GitHub: one FILE:LINE:COL line per gate failure, naming the file as it was given.
  const gateLines = r.stderr.split('\n').filter((l) => /:\d+:\d+: gate [a-z-]+ failed: /.test(l));
  expect(gateLines.length).toBeGreaterThan(1);
  for (const line of gateLines) expect(line.startsWith(`${s.answers}:`), line).toBe(true);
  expect(gateLines.some((l) => l.startsWith(`${s.answers}:12:1: gate min-score failed: `))).toBe(true);
  expect(r.stderr).not.toContain('node_modules');

  // Under GitHub Actions: annotations as the runner reads them, and no FILE:LINE:COL lines.
  const gh = await runBinary({ args, cwd: s.cwd, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: s.workspace }, ...(s.bin ? { bin: s.bin } : {}) });
  expect(gh.code).toBe(ExitCode.GateFailed);
  expect(gh.stderr).not.toMatch(/:\d+:\d+: gate [a-z-]+ failed/);
  const annotations = parseWorkflowCommands(gh.stderr, s.workspace).filter((c) => c.command === 'error' && c.properties.file);
  expect(annotations.length).toBeGreaterThan(1);
  for (const a of annotations) expect(a.properties.file).toBe(s.expectedOnGithub ?? s.expected);
}

describe('machine formats from a git work tree', () => {
  let repo: string;
  beforeAll(() => {
    repo = gitRepo();
    mkdirSync(join(repo, 'ci', 'deeper'), { recursive: true });
    writeFileSync(join(repo, 'ci', 'readiness.yaml'), answersText);
  });

  it('from the repository root, relative path', () => check({ name: 'root', cwd: repo, answers: 'ci/readiness.yaml', expected: 'ci/readiness.yaml', workspace: repo }), SCENARIO_MS);
  it('from the answers folder, relative path', () => check({ name: 'sub', cwd: join(repo, 'ci'), answers: 'readiness.yaml', expected: 'ci/readiness.yaml', workspace: repo }), SCENARIO_MS);
  it('from a folder below, with ..', () => check({ name: 'below', cwd: join(repo, 'ci', 'deeper'), answers: '../readiness.yaml', expected: 'ci/readiness.yaml', workspace: repo }), SCENARIO_MS);
  it('from a subfolder, absolute path', () => check({ name: 'abs', cwd: join(repo, 'ci'), answers: join(repo, 'ci', 'readiness.yaml'), expected: 'ci/readiness.yaml', workspace: repo }), SCENARIO_MS);
});

describe('machine formats outside a git work tree', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('plain');
    expect(insideGit(dir)).toBe(false);
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'readiness.yaml'), answersText);
  });

  it('relative to the working folder, relative path', () => check({ name: 'plain', cwd: dir, answers: 'ci/readiness.yaml', expected: 'ci/readiness.yaml', workspace: dir }), SCENARIO_MS);
  it('relative to the working folder, absolute path', () => check({ name: 'plain-abs', cwd: join(dir, 'ci'), answers: join(dir, 'ci', 'readiness.yaml'), expected: 'readiness.yaml', expectedOnGithub: 'ci/readiness.yaml', workspace: dir }), SCENARIO_MS);
});

/** How long one npm command of the packaged-install hook may take: the hook's limit, less a margin for the rest of it. */
const NPM_LIMIT_MS = 100_000;

describe('machine formats from an installed package', () => {
  let project: string;
  let bin: string;
  beforeAll(() => {
    // One pack and one install for every case: dist/ is already built by `npm test`.
    const packDir = tempDir('pack');
    // npm runs synchronously, so the hook's own timeout cannot stop it: each call has a limit of its
    // own, and a registry that never answers fails this hook instead of holding the run until CI's.
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], timeout: NPM_LIMIT_MS });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    project = gitRepo();
    writeFileSync(join(project, 'package.json'), '{ "name": "council-readiness", "private": true }\n');
    // --prefer-offline: the dependencies come from npm's cache (filled by this repository's own
    // install); only package metadata that was never fetched is asked of the registry, once.
    // The run's NODE_EXTRA_CA_CERTS given back, for a registry reached through a proxy (see ca-certs.ts).
    const ca = inject('npmCaCerts');
    const env = ca === undefined ? process.env : { ...process.env, NODE_EXTRA_CA_CERTS: ca };
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: NPM_LIMIT_MS });
    bin = join(project, 'node_modules', 'cyber-ready', 'bin', 'cyber-ready.js');
    expect(bin).not.toBe(binPath);
    mkdirSync(join(project, 'ci'));
    writeFileSync(join(project, 'ci', 'readiness.yaml'), answersText);
  }, 120_000);

  it('never points into node_modules, from a subfolder', () => check({ name: 'pkg', cwd: join(project, 'ci'), answers: 'readiness.yaml', expected: 'ci/readiness.yaml', bin, workspace: project }), SCENARIO_MS);
  it('never points into node_modules, absolute path from the root', () => check({ name: 'pkg-abs', cwd: project, answers: join(project, 'ci', 'readiness.yaml'), expected: 'ci/readiness.yaml', bin, workspace: project }), SCENARIO_MS);
});

describe('Microsoft SARIF validator', () => {
  it('finds no error and no warning, GitHub\'s own rules included, in the SARIF of any scenario above or of hostile text', async () => {
    const out = tempDir('sarif');
    // The hostile questionnaire has a question with no remediation: its rule still has `help` (GH2012).
    const hostile = ['-q', 'test/fixtures/hostile-render/hostile.yaml', '-a', 'test/fixtures/hostile-render/hostile.answers.yaml'];
    const r = await runBinary({ args: ['assess', ...hostile, '--today', TODAY, '--allow-incomplete', '-f', 'sarif', '-o', join(out, 'hostile.sarif')] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // Each scenario's log is one of the two reference logs, byte for byte (checked in `check`): with
    // the hostile text, the three distinct logs the scenarios above can write.
    const logs = [await referenceSarif('ci/readiness.yaml'), await referenceSarif('readiness.yaml'), join(out, 'hostile.sarif')];
    expect(new Set(logs.map((f) => readFileSync(f, 'utf8'))).size).toBe(3);
    expect(sarifMultitool(logs, join(out, 'validation.sarif'))).toEqual([]);
  }, 120_000);

  it('answers from standard input, SARIF alone: the warning counts the results without a location', async () => {
    const r = await runBinary({ args: ['assess', '-a', '-', '--today', TODAY, '--allow-incomplete', '-f', 'sarif'], stdin: answersText });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // An answer past review with no gap is a result of its own, with no location either: it counts.
    const results = (JSON.parse(r.stdout) as SarifLog).runs[0]!.results;
    expect(results.filter((x) => x.ruleId === STALE)).toHaveLength(1);
    expect(results.every((x) => x.locations.length === 0)).toBe(true);
    expect(r.stderr).toContain(`so all ${results.length} SARIF results have no location, which GitHub code scanning needs; give the answers file with --answers FILE\n`);
  });

  it('answers from standard input: valid SARIF without locations, and a warning that GitHub and GitLab cannot place the gaps', async () => {
    const out = tempDir('sarif-stdin');
    const r = await runBinary({ args: ['assess', '-a', '-', '--today', TODAY, '--allow-incomplete', '-f', 'sarif', '-o', join(out, 'stdin.sarif'), '--report', `gitlab=${join(out, 'cq.json')}`], stdin: answersText });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const results = (JSON.parse(readFileSync(join(out, 'stdin.sarif'), 'utf8')) as SarifLog).runs[0]!.results;
    const gaps = results.filter((x) => x.ruleId !== STALE).length;
    expect(gaps).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'cq.json'), 'utf8'))).toEqual([]);
    expect(r.stderr).toContain(`cyber-ready: warning: answers read from standard input have no file to point at, so the GitLab report leaves out all ${gaps} gaps and the one answer past its review date, and all ${results.length} SARIF results have no location, which GitHub code scanning needs; give the answers file with --answers FILE\n`);
    // Valid SARIF all the same; only GitHub's rules that every result has a location fail, on results alone.
    expect(sarifMultitool([join(out, 'stdin.sarif')], join(out, 'validation.sarif'), 'Sarif')).toEqual([]);
    const github = sarifMultitool([join(out, 'stdin.sarif')], join(out, 'validation-gh.sarif'));
    expect(github.length).toBeGreaterThan(0);
    for (const finding of github) expect(finding.text).toMatch(/^runs\[0\]\.results\[\d+\] /);
    // A file gives them their places, and no warning.
    const file = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', TODAY, '-f', 'sarif', '--report', `gitlab=${join(out, 'cq-file.json')}`] });
    expect(file.stderr).not.toContain('standard input');
  }, 180_000);
});

describe('GitHub annotations and awkward file names', () => {
  it('CR, LF, %, comma and colon in a file name reach the runner unchanged', async () => {
    const repo = gitRepo();
    const name = 'ready 100%,\r\nnow: yes.yaml';
    writeFileSync(join(repo, name), answersText);
    const r = await runBinary({ args: ['assess', '-a', name, '--today', TODAY, '--allow-incomplete', '--fail-on', 'critical', '-f', 'json'], cwd: repo, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code).toBe(ExitCode.GateFailed);
    const errors = parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.properties.file).toBe(name);
      expect(e.properties.title).toBe('cyber-ready: no unwaived gap of severity critical');
    }
    // Each command is one line of the log: nothing in it broke the line.
    expect(r.stderr.split('\n').filter((l) => l.startsWith('::error')).length).toBe(errors.length);
  });
});
