// CI use with critical systems, for faults found by running the gates and feeding every CI output to
// its consumer: a job summary that a second run in the same step pushed past GitHub's limit; the CAF
// assessment generated with ten critical systems, read by every CI consumer; a diff that named two
// systems alike when a pull request renamed one's id, or said no answer changed when one had; the
// README's pull request recipe for diff; and piped answers miscounted in a warning and named as
// '<stdin>' in a suggested command.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseXml, sarifSchemaErrors } from '../helpers/consumers.js';
import { gitlabCodeQualityErrors, hasJunitparser, hasXmllint, junitSchemaErrors, junitparserCounts, parseWorkflowCommands, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-12-02';
const CAF = 'examples/caf-local-government.answers.yaml';
const MIB = 1024 * 1024;

describe('the job summary under GitHub Actions', () => {
  // GitHub takes at most 1 MiB of summary a step and drops all of it past that, what earlier
  // commands of the step wrote as well: two answers files assessed in one step must share the room.
  const withSummary = async (before: number) => {
    const summary = join(mkdtempSync(join(tmpdir(), 'cyber-ready-summary-')), 'summary.md');
    writeFileSync(summary, `${'x'.repeat(before - 1)}\n`);
    const r = await runBinary({ args: ['assess', '-a', CAF, '--today', TODAY, '-f', 'json'], env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return { r, summary, text: readFileSync(summary, 'utf8') };
  };

  it('a report that would pass the limit after what the step already wrote is cut to the room left', async () => {
    const { summary, text } = await withSummary(MIB - 100 * 1024);
    expect(statSync(summary).size).toBeLessThanOrEqual(MIB);
    expect(text.startsWith(`${'x'.repeat(MIB - 100 * 1024 - 1)}\n# Wrenford Borough Council`)).toBe(true);
    expect(text).toMatch(/\n\n_The report was cut short to fit the job summary; publish the full report as an artifact\._\n$/);
  });

  it('with no room left, the summary is left as it was and the run says why', async () => {
    const { r, text } = await withSummary(MIB - 2000);
    expect(text).toBe(`${'x'.repeat(MIB - 2001)}\n`);
    expect(r.stderr).toContain("cyber-ready: warning: GITHUB_STEP_SUMMARY has less than 4 KiB left of GitHub's limit of 1 MiB a step, so the report is not added to the job summary\n");
  });

  it('a report that fits after what is there is added whole', async () => {
    const { text } = await withSummary(1024);
    expect(text).not.toContain('cut short');
    expect(text).toMatch(/## Action plan/);
  });

  // The summary shows owners, notes and waivers to anyone who may read the repository's Actions:
  // the README's way to keep them off it is an empty GITHUB_STEP_SUMMARY for the step.
  it('an empty GITHUB_STEP_SUMMARY keeps the report out of the job summary, without a word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-summary-'));
    cpSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
    const r = await runBinary({ args: ['assess', '-a', 'a.yaml', '--today', TODAY, '-f', 'json'], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).not.toMatch(/summary/i);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});

interface SarifResult {
  ruleId: string;
  level: string;
  partialFingerprints: Record<string, string>;
  properties: { system?: string };
  suppressions?: unknown[];
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

describe('ten generated critical systems, every third in a file of its own, through every CI consumer', () => {
  // scripts/generate-critical-systems.mjs: systems 2, 5, 8 take social care's answers and its
  // waiver on caf-b4-d (expires 2027-07-31, in the answers file); 3, 6, 9 take waste and fleet's,
  // kept in files of their own with their waiver on caf-b2-a (expires 2027-05-31).
  const made = async () => {
    const repo = mkdtempSync(join(tmpdir(), 'cyber-ready-ten-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
    generateCriticalSystems(10, join(repo, 'ci'));
    return { repo, answers: 'ci/caf-10.answers.yaml' };
  };
  const gateLines = (stderr: string) => stderr.split('\n').filter((l) => /:\d+:\d+: gate [a-z-]+ failed: /.test(l));

  it('SARIF, GitLab and JUnit pass their consumers, one result per (question, system) at the line of its answer', async () => {
    const { repo, answers } = await made();
    const out = join(repo, 'out');
    mkdirSync(out);
    const r = await runBinary({ args: ['assess', '-a', answers, '--today', TODAY, '--fail-on', 'critical', '--profile', 'baseline', '--min-score', '40', '-f', 'sarif', '-o', 'out/r.sarif', '--report', 'gitlab=out/cq.json', '--report', 'junit=out/r.xml'], cwd: repo }, 30_000);
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);

    const log = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')) as { runs: { results: SarifResult[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifMultitool([join(out, 'r.sarif')], join(out, 'validation.sarif'))).toEqual([]);
    const results = log.runs[0]!.results;
    const systems = new Set(results.map((x) => x.properties.system ?? 'organisation'));
    expect(systems).toEqual(new Set(['organisation', ...Array.from({ length: 10 }, (_, i) => `system-${i + 1}`)]));
    const fingerprints = results.map((x) => x.partialFingerprints['cyberReadyQuestion/v1']);
    expect(new Set(fingerprints).size).toBe(results.length);
    for (const x of results) {
      const { uri } = x.locations[0]!.physicalLocation.artifactLocation;
      const own = x.properties.system && Number(x.properties.system.slice(7)) % 3 === 0;
      expect(uri, x.properties.system).toBe(own ? `ci/systems/${x.properties.system}.yaml` : answers);
      const line = readFileSync(join(repo, uri), 'utf8').split('\n')[x.locations[0]!.physicalLocation.region.startLine - 1];
      expect(line?.trim(), `${x.ruleId} ${x.properties.system}`).toBe(`${x.ruleId}:`);
    }
    // The waived gaps: a note with an accepted suppression, on exactly the systems the waivers name.
    const waived = results.filter((x) => x.suppressions).map((x) => `${x.ruleId} ${x.properties.system}`);
    expect(waived.sort()).toEqual(['caf-b2-a system-3', 'caf-b2-a system-6', 'caf-b2-a system-9', 'caf-b4-d system-2', 'caf-b4-d system-5', 'caf-b4-d system-8']);

    const cq = JSON.parse(readFileSync(join(out, 'cq.json'), 'utf8')) as { fingerprint: string }[];
    expect(gitlabCodeQualityErrors(cq)).toEqual([]);
    expect(cq.length).toBe(results.length);

    if (hasXmllint()) expect(junitSchemaErrors(join(out, 'r.xml'))).toBe('');
    if (hasJunitparser()) {
      const { declared, counted } = junitparserCounts(join(out, 'r.xml'));
      expect(declared).toEqual(counted);
    }
    const xml = parseXml(readFileSync(join(out, 'r.xml'), 'utf8')) as { testsuites: { testsuite: { testcase?: { '@classname': string; '@name': string }[] }[] } };
    const cases = xml.testsuites.testsuite.flatMap((s) => s.testcase ?? []).map((c) => `${c['@classname']}|${c['@name']}`);
    expect(new Set(cases).size).toBe(cases.length);
  }, 120_000);

  it('--fail-on critical turns as each system\'s waiver expires, and the lines name the file that holds each answer', async () => {
    const { repo, answers } = await made();
    const failing = async (today: string) => {
      const r = await runBinary({ args: ['assess', '-a', answers, '--today', today, '--fail-on', 'critical', '-f', 'json', '-o', '/dev/null'], cwd: repo }, 30_000);
      expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
      return gateLines(r.stderr).filter((l) => l.includes('waiver expired'));
    };
    expect(await failing('2027-05-31')).toEqual([]);
    const june = await failing('2027-06-01');
    expect(june).toHaveLength(3);
    for (const k of [3, 6, 9]) expect(june.some((l) => l.startsWith(`ci/systems/system-${k}.yaml:`) && l.includes(`critical gap "caf-b2-a" for critical system "system-${k}"`) && l.endsWith('(waiver expired 2027-05-31)')), String(k)).toBe(true);
    const august = await failing('2027-08-01');
    expect(august).toHaveLength(6);
    for (const k of [2, 5, 8]) expect(august.some((l) => l.startsWith(`${answers}:`) && l.includes(`critical gap "caf-b4-d" for critical system "system-${k}"`) && l.endsWith('(waiver expired 2027-07-31)')), String(k)).toBe(true);

    // Under GitHub Actions the same failures are annotations, in the same files.
    const fromCi = await runBinary({ args: ['assess', '-a', 'caf-10.answers.yaml', '--today', '2027-06-01', '--fail-on', 'critical', '-f', 'json', '-o', '/dev/null'], cwd: join(repo, 'ci'), env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } }, 30_000);
    expect(fromCi.code).toBe(ExitCode.GateFailed);
    const files = new Set(parseWorkflowCommands(fromCi.stderr, repo).filter((c) => c.command === 'error' && c.properties.file).map((c) => c.properties.file));
    expect([...files].every((f) => f === answers || /^ci\/systems\/system-[369]\.yaml$/.test(f ?? ''))).toBe(true);
  }, 90_000);
});

describe('diff in a pull request that renames a system\'s id', () => {
  // Renaming an id reads as one system removed and another added; with the same title on both
  // lines a reviewer could not tell which line is which, so the ids are shown then.
  it('names both systems by title and id in text and markdown, and only where titles are shared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-rename-'));
    cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
    const old = readFileSync(join(dir, 'sys.answers.yaml'), 'utf8');
    // The pull request's version in a checkout of its own, with its own system files.
    cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'pr'), { recursive: true });
    writeFileSync(join(dir, 'pr/renamed.yaml'), old.replace('  - id: waste\n', '  - id: waste-fleet\n').replace('system: waste,', 'system: waste-fleet,').replace('      patched: yes\n      mfa: yes', '      patched: no\n      mfa: yes'));
    const run = (format: string) => runBinary({ args: ['diff', '-q', 'sys.yaml', '--today', TODAY, '-f', format, 'sys.answers.yaml', 'pr/renamed.yaml'], cwd: dir });
    const text = await run('text');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toMatch(/\n {2}Waste collection \(waste-fleet\) +added: 86, Ready\n {2}Waste collection \(waste\) +removed: was 86, Ready\n/);
    expect(text.stdout).toContain('\n  patched (Revenues and benefits): Yes (1) → No (0)\n');
    const markdown = await run('markdown');
    expect(markdown.stdout).toContain('| Waste collection (waste-fleet) | not listed | 86 (Ready) | added | 2 |\n| Waste collection (waste) | 86 (Ready) | not listed | removed | was 2 |\n');
    expect(markdown.stdout).toContain('| Revenues and benefits | 100 (Ready) | 93 (Ready) | -7 | 0 → 1 |');
  });
});

describe("the README's pull request recipe for diff", () => {
  it('the base branch in a worktree brings its system files, and a system\'s regression fails the job', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cyber-ready-pr-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
    const origin = join(root, 'origin');
    mkdirSync(join(origin, 'systems'), { recursive: true });
    cpSync(join(repoRoot, CAF), join(origin, 'readiness.yaml'));
    cpSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), join(origin, 'systems/waste-fleet.yaml'));
    git(origin, 'init', '-q');
    git(origin, 'add', 'readiness.yaml', 'systems/waste-fleet.yaml');
    git(origin, 'commit', '-qm', 'base');
    // The pull request: the waste and fleet owner's file loses an indicator.
    const work = join(root, 'work');
    git(root, 'clone', '-q', origin, work);
    git(work, 'checkout', '-q', '-b', 'feature');
    const own = join(work, 'systems/waste-fleet.yaml');
    writeFileSync(own, readFileSync(own, 'utf8').replace('      B1.a.PA.1: true', '      B1.a.PA.1: false'));
    git(work, 'commit', '-qam', 'regress');

    git(work, 'fetch', '--depth=1', 'origin', 'main');
    git(work, 'worktree', 'add', '-q', 'base', 'FETCH_HEAD');
    const r = await runBinary({ args: ['diff', 'base/readiness.yaml', 'readiness.yaml', '--format', 'markdown', '--fail-on-regression', '-o', 'readiness-diff.md'], cwd: work });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stderr).toContain('cyber-ready: 1 answer regressed: caf-b1-a (waste-fleet)\n');
    expect(readFileSync(join(work, 'readiness-diff.md'), 'utf8')).toContain('| Waste collection and fleet management | medium | Partially achieved (0.5) | Not achieved (0) |');

    // What the README warns against: the answers file alone, without the files it names.
    writeFileSync(join(root, 'base.yaml'), git(work, 'show', 'main:readiness.yaml'));
    const alone = await runBinary({ args: ['diff', join(root, 'base.yaml'), 'readiness.yaml'], cwd: work });
    expect(alone.code).toBe(ExitCode.CannotAssess);
    expect(alone.stderr).toMatch(/base\.yaml:\d+:\d+: "file: systems\/waste-fleet\.yaml": no such file/);
  }, 30_000);
});

describe('diff of a pull request that changes an answer but no score', () => {
  it('an indicator set true with the outcome\'s status unchanged: "No answer changed its score", not "No answer changed"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-score-'));
    for (const side of ['old', 'new']) {
      mkdirSync(join(dir, side, 'systems'), { recursive: true });
      cpSync(join(repoRoot, CAF), join(dir, side, 'readiness.yaml'));
      cpSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), join(dir, side, 'systems/waste-fleet.yaml'));
    }
    const own = join(dir, 'new/systems/waste-fleet.yaml');
    writeFileSync(own, readFileSync(own, 'utf8').replace('      B1.a.A.1: false', '      B1.a.A.1: true'));
    for (const format of ['text', 'markdown']) {
      const r = await runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', TODAY, '-f', format, '--fail-on-regression'], cwd: dir });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      // The text ends with the gate, as the assessment's does; the markdown puts it under the overall.
      expect(r.stdout, format).toMatch(format === 'text' ? /\nNo answer changed its score\.\n\nGate --fail-on-regression {2}passed \(nothing regressed\)\n$/ : /\nNo answer changed its score\.\n\nProduced by cyber-ready \S+\.\n$/);
    }
  });
});

describe('answers piped in with critical systems in files of their own', () => {
  // Outside any git work tree, so paths are relative to the folder the run is in.
  const SYS = mkdtempSync(join(tmpdir(), 'cyber-ready-piped-'));
  cpSync(join(repoRoot, 'test/fixtures/systems'), SYS, { recursive: true });
  const piped = (text: string, ...more: string[]) => runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', '-', '--today', TODAY, ...more], cwd: SYS, stdin: text });

  it('the warning counts only the gaps that lost their place: a system file is still read, and its gaps keep theirs', async () => {
    const r = await piped(readFileSync(join(SYS, 'sys.answers.yaml'), 'utf8'), '-f', 'gitlab', '--report', 'sarif=/dev/null');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const issues = JSON.parse(r.stdout) as { location: { path: string } }[];
    expect(issues.map((i) => i.location.path)).toEqual(['systems/social-care.yaml', 'systems/social-care.yaml', 'systems/social-care.yaml']);
    expect(r.stderr).toContain('cyber-ready: warning: answers read from standard input have no file to point at, so the GitLab report leaves out 2 of the 5 gaps, and 2 of the 5 SARIF results have no location, which GitHub code scanning needs; give the answers file with --answers FILE\n');
  });

  it('a command suggested for piped answers names a placeholder, not "<stdin>"', async () => {
    const text = readFileSync(join(SYS, 'sys.answers.yaml'), 'utf8');
    const r = await piped(text.slice(0, text.indexOf('systems:')));
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('or run "cyber-ready assess -q sys.yaml --answers ANSWERS.yaml" in a terminal to be asked for them\n');
    expect(r.stderr).not.toContain("'<stdin>'");
  });
});
