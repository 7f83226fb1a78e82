// Where CI outputs point a reader, and what they show, through the real binary: a warning about a
// file in the work tree is a `::warning` annotation under GitHub Actions in place of its plain line
// (never both); the SARIF log names every file relative to the repository root, the questionnaire
// too; an answer past review with no gap is a result of its own; and text from the files never
// reaches the runner as a workflow command.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { sarifSchemaErrors } from '../helpers/consumers.js';
import { gitlabCodeQualityErrors, hasXmllint, parseWorkflowCommands, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const FIXTURE = join(repoRoot, 'test/fixtures/systems');
let repo: string;
let ci: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'cyber-ready-annotations-'));
  execFileSync('git', ['init', '-q', repo]);
  ci = join(repo, 'ci');
  mkdirSync(ci);
  cpSync(join(FIXTURE, 'sys.yaml'), join(ci, 'sys.yaml'));
  cpSync(join(FIXTURE, 'systems'), join(ci, 'systems'), { recursive: true });
  // "cloud: no" makes every system's cloud-backup answer ignored (a warning at each), and a waiver
  // on it in social care's own file covers no gap (a warning there).
  const main = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace(/^ {2}cloud: yes$/m, '  cloud: no');
  expect(main).toContain('  cloud: no');
  writeFileSync(join(ci, 'sys.answers.yaml'), main);
  const own = `${readFileSync(join(FIXTURE, 'systems/social-care.yaml'), 'utf8')}waivers:\n  - { question: cloud-backup, reason: Moving to the new host., approvedBy: SIRO, expires: 2027-01-01 }\n`;
  writeFileSync(join(ci, 'systems/social-care.yaml'), own);
});

const assess = (env: Record<string, string> = {}) => runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'json'], cwd: ci, env });
const plainWarnings = (stderr: string) =>
  stderr
    .split('\n')
    .map((l) => /^(.+?):(\d+):(\d+): warning: (.*)$/.exec(l))
    .flatMap((m) => (m ? [{ file: m[1]!, line: Number(m[2]), col: Number(m[3]), message: m[4]! }] : []));

describe('warnings under GitHub Actions', () => {
  it('each FILE:LINE:COL warning becomes one ::warning annotation at the same place, relative to the repository root', async () => {
    const plain = await assess();
    expect(plain.code, plain.stderr).toBe(ExitCode.Ok);
    const expected = plainWarnings(plain.stderr);
    expect(expected.map((w) => w.file).sort()).toEqual(['sys.answers.yaml', 'sys.answers.yaml', 'systems/social-care.yaml', 'systems/social-care.yaml']);
    expect(expected.some((w) => w.message.startsWith('waiver for "cloud-backup" (critical system "social-care") covers no gap'))).toBe(true);
    expect(plain.stderr).not.toContain('::warning');

    const github = await assess({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo });
    expect(github.code, github.stderr).toBe(ExitCode.Ok);
    expect(github.stdout).toBe(plain.stdout);
    // Replaced, not added to: no plain warning line is left, and the log has as many lines as before.
    expect(plainWarnings(github.stderr)).toEqual([]);
    expect(github.stderr.split('\n')).toHaveLength(plain.stderr.split('\n').length);
    const annotations = parseWorkflowCommands(github.stderr, repo).filter((c) => c.command === 'warning');
    expect(annotations.map((a) => ({ file: a.properties.file, line: Number(a.properties.line), col: Number(a.properties.col), message: a.data }))).toEqual(
      expected.map((w) => ({ ...w, file: `ci/${w.file}` })),
    );
  });

  it('a warning with no file GitHub can show (standard input) keeps its plain line; the others are annotations', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', '-', '--today', TODAY, '-f', 'json'], cwd: ci, stdin: readFileSync(join(ci, 'sys.answers.yaml'), 'utf8'), env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(plainWarnings(r.stderr).map((w) => `${w.file}:${w.line}`)).toEqual(['<stdin>:14', '<stdin>:25']);
    const annotations = parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'warning');
    expect(annotations.map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual(['ci/systems/social-care.yaml:8', 'ci/systems/social-care.yaml:14']);
  });

  it('diff against the base branch checked out beside the work tree: the base file\'s warnings keep their plain lines', async () => {
    // A repository of its own, as a pull request job has it: the answers committed, then the base
    // branch added as a worktree (a work tree of its own) inside it, as the README shows.
    const own = mkdtempSync(join(tmpdir(), 'cyber-ready-pr-'));
    execFileSync('git', ['init', '-q', own]);
    cpSync(ci, join(own, 'ci'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.org', ...args], { cwd: own, stdio: 'ignore' });
    git('add', 'ci');
    git('commit', '-q', '-m', 'answers');
    git('worktree', 'add', '-q', 'base', 'HEAD');
    const r = await runBinary({ args: ['diff', '-q', 'ci/sys.yaml', 'base/ci/sys.answers.yaml', 'ci/sys.answers.yaml', '--today', TODAY], cwd: own, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: own } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const plain = plainWarnings(r.stderr);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((w) => w.file.startsWith('base/')), r.stderr).toBe(true);
    const annotations = parseWorkflowCommands(r.stderr, own).filter((c) => c.command === 'warning');
    expect(annotations).toHaveLength(plain.length);
    expect(annotations.every((a) => a.properties.file?.startsWith('ci/'))).toBe(true);
  });

  it('past GitHub\'s ten warning annotations a step, the rest keep their plain lines', async () => {
    const dir = mkdtempSync(join(repo, 'many-'));
    cpSync(join(ci, 'sys.yaml'), join(dir, 'sys.yaml'));
    const systems = Array.from({ length: 12 }, (_, i) => `  - id: s${i}\n    title: System ${i}\n    answers: { patched: yes, mfa: yes, cloud-backup: yes, logged: yes }\n`).join('');
    writeFileSync(join(dir, 'a.yaml'), `questionnaire: sys\nquestionnaireVersion: 1.0.0\nanswers:\n  owner: yes\n  cloud: no\nsystems:\n${systems}`);
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'a.yaml', '--today', TODAY, '-f', 'json'], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'warning')).toHaveLength(10);
    expect(plainWarnings(r.stderr)).toHaveLength(2);
  });
});

describe('SARIF names the questionnaire as it names the answers', () => {
  it('a questionnaire in the repository is named relative to its root, from a subfolder; the log passes the official schema and Microsoft\'s validator', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cyber-ready-sarif-'));
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'sarif', '-o', join(out, 'r.sarif')], cwd: ci });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const text = readFileSync(join(out, 'r.sarif'), 'utf8');
    const log = JSON.parse(text) as { runs: { properties: { questionnaire: { id: string; file: string | null } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const run = log.runs[0]!;
    expect(run.properties.questionnaire).toMatchObject({ id: 'sys', file: 'ci/sys.yaml' });
    expect(new Set(run.results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri)))).toEqual(new Set(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']));
    expect(text).not.toContain(repo);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifMultitool([join(out, 'r.sarif')], join(out, 'validation.sarif'))).toEqual([]);
  }, 120_000);

  it('a questionnaire outside the work tree is named by id and version only', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'cyber-ready-questionnaires-'));
    cpSync(join(ci, 'sys.yaml'), join(elsewhere, 'sys.yaml'));
    const r = await runBinary({ args: ['assess', '-q', join(elsewhere, 'sys.yaml'), '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'sarif'], cwd: ci });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).not.toContain(elsewhere);
    const log = JSON.parse(r.stdout) as { runs: { properties: { questionnaire: { id: string; version: string; file: string | null } } }[] };
    expect(log.runs[0]!.properties.questionnaire).toEqual({ id: 'sys', version: '1.0.0', title: 'Systems questionnaire', file: null, bundled: false });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('an answer past its review date that scores in full', () => {
  let dir: string;
  let text: string;
  beforeAll(() => {
    dir = join(repo, 'stale');
    mkdirSync(dir);
    cpSync(join(FIXTURE, 'sys.yaml'), join(dir, 'sys.yaml'));
    cpSync(join(FIXTURE, 'systems'), join(dir, 'systems'), { recursive: true });
    // Revenues' patched answer is met (no gap) but lapsed; social care's logged answer is a gap and lapsed.
    text = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace('      patched: yes\n      mfa: yes\n      cloud-backup: yes\n      logged: yes', '      patched: { value: yes, owner: Revenues systems manager, reviewBy: 2026-09-30 }\n      mfa: yes\n      cloud-backup: yes\n      logged: yes');
    expect(text).toContain('reviewBy: 2026-09-30');
    writeFileSync(join(dir, 'sys.answers.yaml'), text);
  });
  const line = () => text.split('\n').findIndex((l) => l.includes('reviewBy: 2026-09-30')) + 1;

  type Sarif = { runs: { tool: { driver: { rules: { id: string; properties?: Record<string, unknown> }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
  type Issue = { check_name: string; severity: string; description: string; fingerprint: string; location: { path: string; lines: { begin: number } } };

  async function reports(gate: string[]) {
    const out = mkdtempSync(join(tmpdir(), 'cyber-ready-stale-'));
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, ...gate, '-f', 'sarif', '-o', join(out, 'r.sarif'), '--report', `gitlab=${join(out, 'cq.json')}`], cwd: dir });
    return { r, out, sarif: JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')) as Sarif, cq: JSON.parse(readFileSync(join(out, 'cq.json'), 'utf8')) as Issue[] };
  }

  it('is a note in SARIF and an info issue in GitLab, at its reviewBy line; a lapsed gap says so in its own result', async () => {
    const { r, out, sarif, cq } = await reports([]);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const run = sarif.runs[0]!;
    const stale = run.results.filter((x) => x.ruleId === 'cyber-ready.stale-answer');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ level: 'note', partialFingerprints: { 'cyberReadyQuestion/v1': 'sys:patched:revenues:stale' } });
    expect(stale[0]!.message.text).toBe('Answer past its review date for critical system "Revenues and benefits": "patched" (Is the system patched within 14 days?) was due for review by 2026-09-30. It scores in full, but may no longer be true: check it and set a new reviewBy date.'); // no owner: SARIF is read by all with access to the repository
    expect(stale[0]!.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'stale/sys.answers.yaml' }, region: { startLine: line() } });
    const rule = run.tool.driver.rules[stale[0]!.ruleIndex]!;
    expect(rule.id).toBe('cyber-ready.stale-answer');
    // Not a weakness: code scanning must not rank it as a security alert.
    expect(rule.properties?.['security-severity']).toBeUndefined();
    // The gap on social care's lapsed answer is one result, which says it lapsed; no second result.
    const logged = run.results.filter((x) => x.ruleId === 'logged');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message.text).toContain('Answer: No. Its review was due by 2026-10-01.');

    const issue = cq.filter((i) => i.check_name === 'cyber-ready.stale-answer');
    expect(issue).toHaveLength(1);
    expect(issue[0]).toMatchObject({ severity: 'info', location: { path: 'stale/sys.answers.yaml', lines: { begin: line() } } });
    expect(new Set(cq.map((i) => i.fingerprint)).size).toBe(cq.length);
    expect(gitlabCodeQualityErrors(cq)).toEqual([]);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarifMultitool([join(out, 'r.sarif')], join(out, 'validation.sarif'))).toEqual([]);
  }, 120_000);

  it('with --fail-on-stale failing on it, an error in SARIF and a blocker in GitLab', async () => {
    const { r, sarif, cq } = await reports(['--fail-on-stale']);
    expect(r.code).toBe(ExitCode.GateFailed);
    const stale = sarif.runs[0]!.results.find((x) => x.ruleId === 'cyber-ready.stale-answer')!;
    expect(stale.level).toBe('error');
    expect(stale.message.text).toMatch(/It fails a requested gate \(no answer past its review date\)\.$/);
    expect(cq.find((i) => i.check_name === 'cyber-ready.stale-answer')?.severity).toBe('blocker');
  });
});

describe('text a pull request can set never reaches the GitHub runner as a workflow command', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(repo, 'hostile');
    mkdirSync(dir);
    cpSync(join(FIXTURE, 'systems'), join(dir, 'systems'), { recursive: true });
    const q = readFileSync(join(FIXTURE, 'sys.yaml'), 'utf8').replace('text: Is there a named senior owner?', 'text: "::error file=x.yaml,line=1::Forged by the questionnaire"').replace('title: Governance', 'title: "##[warning]forged section"')
      // The terminal report starts with this title: it must not pass for JSON, whose escapes differ.
      .replace('title: Systems questionnaire', 'title: "[Draft] Systems questionnaire"');
    expect(q).toContain('[Draft]');
    const a = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8')
      .replace('  owner: yes', '  owner:\n    value: no\n    note: |-\n      Fine.\n      ::add-mask::Test\n        ::stop-commands::abc\n    owner: "::warning::forged owner"')
      .replace('title: Revenues and benefits', 'title: "::notice::forged system"');
    expect(a).toContain('::stop-commands::abc');
    writeFileSync(join(dir, 'q.yaml'), q);
    writeFileSync(join(dir, 'a.yaml'), a);
  });
  const args = (format: string) => ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', TODAY, '--fail-on', 'critical', '--detail', '-f', format];
  const canonicalXml = (xml: string) => execFileSync('xmllint', ['--c14n', '-'], { input: xml, encoding: 'utf8' });
  const commandLines = (log: string) => log.split('\n').filter((l) => l.replace(/^[\s\u00a0]+/, '').startsWith('::') || l.includes('##['));

  for (const format of ['text', 'markdown', 'junit', 'csv', 'json', 'sarif', 'gitlab', 'html']) {
    it(`${format}: no line the runner reads as a command, the same lines, and the same content once read`, async () => {
      const plain = await runBinary({ args: args(format), cwd: dir });
      const github = await runBinary({ args: args(format), cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
      expect(plain.code, plain.stderr).toBe(ExitCode.GateFailed);
      expect(github.code).toBe(ExitCode.GateFailed);
      // The hostile text is there to begin with, where the runner would read it (GitLab's issues do not
      // carry section titles, and JSON never starts a line inside a string).
      if (format !== 'gitlab') expect(commandLines(plain.stdout).length).toBeGreaterThan(0);
      expect(commandLines(github.stdout)).toEqual([]);
      expect(parseWorkflowCommands(github.stdout, repo)).toEqual([]);
      expect(github.stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length);
      if (['json', 'sarif', 'gitlab'].includes(format)) expect(JSON.parse(github.stdout)).toEqual(JSON.parse(plain.stdout));
      else if (format === 'junit' || format === 'html') expect(github.stdout.replace(/&#58;/g, ':').replace(/&#91;/g, '[')).toBe(plain.stdout);
      else expect(github.stdout.replace(/\u2060/g, '')).toBe(plain.stdout);
      // A real XML reader gives back the same document (canonical XML decodes character references).
      if (format === 'junit' && hasXmllint()) expect(canonicalXml(github.stdout)).toBe(canonicalXml(plain.stdout));
      // On standard error, only the tool's own annotations are commands; the old form is broken there too.
      expect(github.stderr).not.toContain('##[');
      const commands = parseWorkflowCommands(github.stderr, repo);
      expect(commands.length).toBeGreaterThan(0);
      for (const c of commands) expect(c.properties.title).toMatch(/^cyber-ready/);
    });
  }

  it('standard output sent to a file, which the runner never reads, is left byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'cyber-ready-inert-'));
    const run = (file: string, env: Record<string, string>) => {
      const fd = openSync(join(out, file), 'w');
      try {
        spawnSync(process.execPath, [binPath, ...args('text')], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', fd, 'pipe'] });
      } finally {
        closeSync(fd);
      }
      return readFileSync(join(out, file), 'utf8');
    };
    const plain = run('plain.txt', {});
    expect(commandLines(plain).length).toBeGreaterThan(0);
    expect(run('github.txt', { GITHUB_ACTIONS: 'true' })).toBe(plain);
  });
});
