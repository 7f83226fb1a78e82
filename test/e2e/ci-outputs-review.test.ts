// CI outputs as their consumers read them, for faults found by feeding the real consumers: scores in
// JUnit and CSV that round the wrong way, GitLab fingerprints shared by two answers files, a SARIF
// URI read as having a scheme, gate options that read hexadecimal, escape sequences in a refused
// argument, and JUnit counts as junitparser reads them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseXml } from '../helpers/consumers.js';
import { gitlabCodeQualityErrors, hasJunitparser, hasXmllint, junitSchemaErrors, junitparserCounts, parseCsv, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const FIXTURE = join(repoRoot, 'test/fixtures/ci-rounding');
const rounding = (answers: string, more: string[]) => runBinary({ args: ['assess', '-q', join(FIXTURE, 'rounding.yaml'), '-a', join(FIXTURE, answers), '--today', TODAY, ...more] });

describe('scores in JUnit and CSV round as every report does', () => {
  it('JUnit: an overall 69.996 reads 69/100 beside a failed --min-score 70; properties keep the exact score', async () => {
    const r = await rounding('nearly.answers.yaml', ['--min-score', '70', '-f', 'junit']);
    expect(r.code).toBe(ExitCode.GateFailed);
    const xml = parseXml(r.stdout) as { testsuites: { testsuite: { '@id': string; properties?: { property: { '@name': string; '@value': string }[] }; 'system-out'?: string; testcase?: { 'system-out'?: string; failure?: unknown }[] }[] } };
    const suites = xml.testsuites.testsuite;
    const overall = suites.find((s) => s['@id'] === 'overall')!;
    expect(overall['system-out']).toMatch(/\nOverall 69\/100, Partly ready$/);
    expect(overall.properties!.property.find((p) => p['@name'] === 'score')!['@value']).toBe('69.996');
    const section = suites.find((s) => s['@id'] === 'only')!;
    expect(section.properties!.property.find((p) => p['@name'] === 'score')!['@value']).toBe('69.996');
    // The gap itself: its 0-1 score to two places, rounded down, so it never reads as "score 0.7" or "1".
    expect(section.testcase![0]!['system-out']).toContain('Answer: Very nearly (score 0.69, priority 0.9)');
    expect(r.stdout).not.toMatch(/\b70\/100|value="70"/);
  });

  it('nothing scored: --min-score fails in words, not "n/a is below" or "n/a/100"', async () => {
    const args = ['assess', '-q', join(FIXTURE, 'nothing-scored.yaml'), '-a', 'nothing-scored.answers.yaml', '--today', TODAY, '--min-score', '50'];
    const r = await runBinary({ args: [...args, '-f', 'junit'], cwd: FIXTURE });
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stderr.split('\n')[0]).toBe('nothing-scored.answers.yaml:2:1: gate min-score failed: no question was scored, so there is no overall score to meet the minimum of 50');
    expect(r.stdout).toMatch(/\nOverall not scored \(no question counts\), not rated(\n|<\/system-out>)/);
    expect(r.stdout).not.toContain('n/a/100');
  });

  it('CSV: a score of 0.29 reads 0.29, as in JUnit and --detail, not 0.28 (0.29 × 100 is 28.999999999999996)', async () => {
    const r = await rounding('some.answers.yaml', ['-f', 'csv']);
    expect(r.code).toBe(ExitCode.Ok);
    const [header, row] = parseCsv(r.stdout);
    expect(row![header!.indexOf('Score (0 to 1)')]).toBe('0.29');
    // A priority is no score: JUnit shows it as the CSV does, to the nearest hundredth.
    expect(row![header!.indexOf('Priority')]).toBe('2.13');
    const junit = await rounding('some.answers.yaml', ['-f', 'junit']);
    expect(junit.stdout).toContain('Answer: Somewhat (score 0.29, priority 2.13)');
  });
});

describe('GitLab fingerprints', () => {
  it('two answers files of one questionnaire in one repository keep their own issues; one file keeps its own from any folder', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'cyber-ready-cq-'));
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'council'));
    mkdirSync(join(repo, 'shared-service'));
    const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
    copyFileSync(example, join(repo, 'council', 'readiness.yaml'));
    copyFileSync(example, join(repo, 'shared-service', 'readiness.yaml'));
    const report = async (cwd: string, answers: string, out: string): Promise<{ fingerprint: string; location: { path: string } }[]> => {
      const r = await runBinary({ args: ['assess', '-a', answers, '--today', TODAY, '-f', 'gitlab', '-o', out], cwd });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      const issues = JSON.parse(readFileSync(out, 'utf8')) as { fingerprint: string; location: { path: string } }[];
      expect(gitlabCodeQualityErrors(issues)).toEqual([]);
      return issues;
    };
    const council = await report(repo, 'council/readiness.yaml', join(repo, 'a.json'));
    const shared = await report(repo, 'shared-service/readiness.yaml', join(repo, 'b.json'));
    // GitLab merges every Code Quality report of a pipeline: as one report, still no fingerprint twice.
    expect(gitlabCodeQualityErrors([...council, ...shared])).toEqual([]);
    expect(council.length).toBeGreaterThan(0);
    // The same file from its own folder: the same fingerprints, so a merge request shows nothing new.
    const again = await report(join(repo, 'council'), 'readiness.yaml', join(repo, 'c.json'));
    expect(again.map((i) => i.fingerprint)).toEqual(council.map((i) => i.fingerprint));
  });
});

describe('SARIF for an awkward file name', () => {
  it('a colon in the file name is encoded, so the URI is not read as one with a scheme (SARIF1004)', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'cyber-ready-colon-'));
    execFileSync('git', ['init', '-q', repo]);
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(repo, 'readiness:v2.yaml'));
    const r = await runBinary({ args: ['assess', '-a', 'readiness:v2.yaml', '--today', TODAY, '-f', 'sarif', '-o', 'r.sarif'], cwd: repo });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const log = JSON.parse(readFileSync(join(repo, 'r.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['readiness%3Av2.yaml']);
    expect(decodeURIComponent([...uris][0]!)).toBe('readiness:v2.yaml');
    expect(sarifMultitool([join(repo, 'r.sarif')], join(repo, 'validation.sarif'))).toEqual([]);
  }, 120_000);
});

describe('JUnit as junitparser reads it', () => {
  it('every suite counts what it holds, and the whole file adds up, with and without gates and with critical systems', async () => {
    if (!hasJunitparser()) return;
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-junitparser-'));
    const runs: [string, string[]][] = [
      ['plain', ['-a', 'examples/council-cyber-resilience.answers.yaml']],
      ['gated', ['-a', 'examples/council-cyber-resilience.answers.yaml', '--fail-on', 'high', '--min-score', '90', '--fail-on-stale', '--profile', 'baseline']],
      ['systems', ['-a', 'examples/caf-local-government.answers.yaml', '--fail-on', 'critical']],
    ];
    for (const [name, args] of runs) {
      const file = join(dir, `${name}.xml`);
      const r = await runBinary({ args: ['assess', ...args, '--today', TODAY, '-f', 'junit', '-o', file] });
      expect([ExitCode.Ok, ExitCode.GateFailed], r.stderr).toContain(r.code);
      if (hasXmllint()) expect(junitSchemaErrors(file)).toBe('');
      const { declared, counted, total } = junitparserCounts(file);
      expect(declared, name).toEqual(counted);
      const sum = (k: 'tests' | 'failures' | 'errors' | 'skipped') => counted.reduce((n, s) => n + s[k], 0);
      expect(total).toEqual({ name: 'total', tests: sum('tests'), failures: sum('failures'), errors: 0, skipped: sum('skipped') });
      // The root's own attributes (junit-10.xsd gives it no `skipped`) agree with the suites.
      const root = (parseXml(readFileSync(file, 'utf8')) as { testsuites: Record<string, string> }).testsuites;
      expect([root['@tests'], root['@failures'], root['@errors']].map(Number), name).toEqual([total.tests, total.failures, 0]);
      expect(total.failures > 0, name).toBe(r.code === ExitCode.GateFailed || name === 'plain');
    }
  });
});

describe('gate options', () => {
  it('--min-score is a number written in decimal: hexadecimal and exponents are refused', async () => {
    for (const value of ['0x46', '1e2', '0b1', 'Infinity']) {
      const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', TODAY, '-f', 'json', '--min-score', value] });
      expect(r.code, value).toBe(ExitCode.CannotAssess);
      expect(r.stderr).toBe(`cyber-ready: option '--min-score <n>' argument '${value}' is invalid. expected a number from 0 to 100, written in decimal (such as 70 or 72.5).\n`);
    }
    for (const value of ['70', '70.5', '.5', ' 70 ']) {
      const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', TODAY, '-f', 'json', '--min-score', value] });
      expect([ExitCode.Ok, ExitCode.GateFailed], `${value}: ${r.stderr}`).toContain(r.code);
    }
  });

  it('a refused argument is quoted with its escape sequences shown, not sent to the terminal', async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--fail-on', '\u001b]0;pwned\u0007high'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe("cyber-ready: option '--fail-on <severity>' argument '\\x1b]0;pwned\\x07high' is invalid. expected one of critical, high, medium, low.\n");
  });
});
