// Critical systems in the machine formats, through the real binary and read by each format's real
// consumer: one JUnit case, SARIF result and GitLab issue per (question, system), each located in
// the file the system's answers are kept in, and gate failures annotated there too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseXml } from '../helpers/consumers.js';
import { gitlabCodeQualityErrors, hasXmllint, junitSchemaErrors, parseCsv, parseWorkflowCommands, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const FIXTURE = join(repoRoot, 'test/fixtures/systems');
const SOCIAL_CARE = 'ci/systems/social-care.yaml';
const MAIN = 'ci/sys.answers.yaml';
// An organisation gap (owner), social care's mfa taken out of its own file and waste's out of the
// answers file (each unanswered, with no entry).
const GATES = ['--allow-incomplete', '--fail-on', 'medium', '--profile', 'baseline'];

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  properties: { system?: string; systemTitle?: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn?: number } } }[];
}
interface SarifLog {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: SarifResult[]; properties: { systems?: { id: string; score: number | null }[] } }[];
}

const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;
const key = (question: string, system: string | null | undefined): string => `${question}|${system ?? ''}`;

let repo: string;
let out: string;
let assessment: Assessment;
let socialCareText: string;
let mainText: string;
let stderr: string;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-'));
  execFileSync('git', ['init', '-q', repo]);
  mkdirSync(join(repo, 'ci'));
  cpSync(join(FIXTURE, 'sys.yaml'), join(repo, 'ci', 'sys.yaml'));
  cpSync(join(FIXTURE, 'systems'), join(repo, 'ci', 'systems'), { recursive: true });
  mainText = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace(/^ {2}owner: yes$/m, '  owner: no').replace(/(- id: waste\n(?:.*\n)*?) {6}mfa: yes\n/, '$1');
  socialCareText = readFileSync(join(FIXTURE, 'systems/social-care.yaml'), 'utf8').replace(/^ {2}mfa: no\n/m, '');
  expect(mainText).toContain('  owner: no');
  expect(socialCareText).not.toContain('mfa');
  expect(mainText.slice(mainText.indexOf('- id: waste'))).not.toContain('mfa');
  writeFileSync(join(repo, MAIN), mainText);
  writeFileSync(join(repo, SOCIAL_CARE), socialCareText);
  out = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-out-'));
  const reports = Object.entries({ sarif: 'r.sarif', gitlab: 'cq.json', junit: 'r.xml', csv: 'plan.csv' }).flatMap(([format, file]) => ['--report', `${format}=${join(out, file)}`]);
  const r = await runBinary({ args: ['assess', '-q', 'ci/sys.yaml', '-a', MAIN, '--today', TODAY, ...GATES, '-f', 'json', '-o', join(out, 'a.json'), ...reports], cwd: repo });
  expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
  stderr = r.stderr;
  assessment = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')) as Assessment;
  // What the checks below rest on: an organisation gap, and gaps of two systems in both kinds of file.
  expect(assessment.gaps.some((g) => g.system === null)).toBe(true);
  expect(new Set(assessment.gaps.map((g) => g.system))).toEqual(new Set([null, 'social-care', 'waste']));
});

describe('SARIF with critical systems', () => {
  it('one rule per question, one result per (question, system) gap, in the file that holds the answer', () => {
    const log = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')) as SarifLog;
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(assessment.questions.map((q) => q.id))]);
    expect(run.results.map((x) => key(x.ruleId, x.properties.system))).toEqual(assessment.gaps.map((g) => key(g.question, g.system)));
    for (const x of run.results) expect(ids[x.ruleIndex]).toBe(x.ruleId);

    const fingerprints = run.results.map((x) => x.partialFingerprints['cyberReadyQuestion/v1']);
    expect(new Set(fingerprints).size).toBe(run.results.length);
    // The organisation's keep the form they had before systems; a system's adds its id.
    expect(fingerprints).toEqual(assessment.gaps.map((g) => (g.system === null ? `sys:${g.question}` : `sys:${g.question}:${g.system}`)));

    const result = (q: string, s: string | null) => run.results.find((x) => x.ruleId === q && (x.properties.system ?? null) === s)!;
    const place = (x: SarifResult) => ({ uri: x.locations[0]!.physicalLocation.artifactLocation.uri, ...x.locations[0]!.physicalLocation.region });
    const logged = lineOf(socialCareText, '  logged:');
    expect(place(result('logged', 'social-care'))).toEqual({ uri: SOCIAL_CARE, startLine: logged, startColumn: 3, endLine: logged, endColumn: 3 + 'logged'.length });
    // Unanswered with no entry: the top of the system's own file, where its owner would add it.
    expect(place(result('mfa', 'social-care'))).toEqual({ uri: SOCIAL_CARE, startLine: 1, startColumn: 1, endLine: 1 });
    const wastePatched = lineOf(mainText, '      patched: no');
    expect(place(result('patched', 'waste'))).toEqual({ uri: MAIN, startLine: wastePatched, startColumn: 7, endLine: wastePatched, endColumn: 7 + 'patched'.length });
    expect(place(result('owner', null)).uri).toBe(MAIN);
    // Unanswered with no entry, for a system answered inline: that system's entry under systems:, not
    // line 1 of the answers file, where every system's missing answers would pile up.
    const waste = lineOf(mainText, '  - id: waste');
    expect(place(result('mfa', 'waste'))).toEqual({ uri: MAIN, startLine: waste, startColumn: 5, endLine: waste });

    expect(result('patched', 'social-care').message.text).toMatch(/^High gap for critical system "Social care case management": Is the system patched/);
    expect(result('owner', null).message.text).toMatch(/^Critical gap: Is there a named senior owner\?/);
    expect(run.properties.systems?.map((s) => s.id)).toEqual(['revenues', 'social-care', 'waste']);
  });

  it('the same results and places from another folder, and Microsoft\'s validator finds no error or warning', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, ...GATES, '-f', 'sarif'], cwd: join(repo, 'ci') });
    expect(r.code).toBe(ExitCode.GateFailed);
    const results = (text: string) => (JSON.parse(text) as SarifLog).runs[0]!.results;
    expect(results(r.stdout)).toEqual(results(readFileSync(join(out, 'r.sarif'), 'utf8')));
    expect(sarifMultitool([join(out, 'r.sarif')], join(out, 'validation.sarif'))).toEqual([]);
  }, 120_000);
});

describe('GitLab Code Quality with critical systems', () => {
  it('passes GitLab\'s schema with distinct fingerprints, each issue naming its system and file', () => {
    const cq = JSON.parse(readFileSync(join(out, 'cq.json'), 'utf8')) as { description: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    expect(gitlabCodeQualityErrors(cq)).toEqual([]);
    expect(cq).toHaveLength(assessment.gaps.length);
    assessment.gaps.forEach((g, i) => {
      const issue = cq[i]!;
      expect(issue.location.path).toBe(g.system === 'social-care' ? SOCIAL_CARE : MAIN);
      if (g.system === null) expect(issue.description).not.toContain('critical system');
      else expect(issue.description).toContain(`"${g.question}" for critical system "${g.systemTitle}": `);
    });
    // A gate failure is a blocker in its own scope only: waste's patched gap is waived for --fail-on,
    // but fails the profile; revenues has no gap at all.
    const severityOf = (q: string, s: string | null) => cq[assessment.gaps.findIndex((g) => g.question === q && g.system === s)]?.severity;
    expect(severityOf('patched', 'social-care')).toBe('blocker');
    expect(severityOf('mfa', 'social-care')).toBe('blocker');
  });
});

describe('JUnit with critical systems', () => {
  it('valid against junit-10.xsd, one case per (question, system), suites per section and system', () => {
    if (hasXmllint()) expect(junitSchemaErrors(join(out, 'r.xml'))).toBe('');
    const xml = parseXml(readFileSync(join(out, 'r.xml'), 'utf8'));
    type Case = Record<string, unknown> & { '@classname': string; '@name': string };
    const suites = (xml.testsuites as { testsuite: { '@name': string; '@id': string; testcase?: Case[] }[] }).testsuite;
    const cases = suites.filter((s) => s['@id'] !== 'gates').flatMap((s) => s.testcase ?? []);
    const tested = assessment.questions.filter((q) => q.included || q.status === 'not-applicable');
    const title = (system: string) => assessment.systems.find((s) => s.id === system)?.title;
    const caseOf = (q: (typeof tested)[number]) => (q.system === null ? `sys.${q.section} ${q.id}: ${q.text}` : `sys.${q.section}.${q.system} ${q.id} (${title(q.system)}): ${q.text}`);
    expect(cases.map((c) => `${c['@classname']} ${c['@name']}`).sort()).toEqual(tested.map(caseOf).sort());
    expect(new Set(cases.map((c) => `${c['@classname']} ${c['@name']}`)).size).toBe(cases.length);
    // The organisation's sections, then each system's own, in the order listed.
    expect(suites.map((s) => s['@id'])).toEqual(['overall', 'gov', 'protect.revenues', 'detect.revenues', 'protect.social-care', 'detect.social-care', 'protect.waste', 'detect.waste', 'gates']);
    expect(suites[4]?.['@name']).toBe('Protection (Social care case management)');

    // With gates asked for, a case fails exactly when its (question, system) fails a gate.
    const keyOfCase = new Map(tested.map((q) => [caseOf(q), key(q.id, q.system)]));
    const failing = new Set(assessment.gates.flatMap((g) => g.failures.flatMap((f) => (f.question === null ? [] : [key(f.question, f.system)]))));
    const failed = new Set(cases.filter((c) => 'failure' in c).map((c) => keyOfCase.get(`${c['@classname']} ${c['@name']}`)));
    expect(failed).toEqual(failing);
    expect(failing.has('patched|waste')).toBe(true); // the profile fails on it, waived or not
    expect(failing.has('patched|revenues')).toBe(false);

    // Each case says where to act, by the same rule as SARIF: never the questionnaire.
    const text = readFileSync(join(out, 'r.xml'), 'utf8');
    const ats = [...text.matchAll(/At: (\S+):(\d+):(\d+)/g)].map((m) => m[1]);
    expect(ats.length).toBeGreaterThan(0);
    expect(ats.filter((f) => f !== MAIN && f !== SOCIAL_CARE)).toEqual([]);
    expect(text).toContain(`At: ${MAIN}:${lineOf(mainText, '  - id: waste')}:5`);
    expect(text).toContain(`&quot;mfa&quot; for critical system &quot;waste&quot;: Not answered (at ${MAIN}:${lineOf(mainText, '  - id: waste')}:5)`);
  });
});

describe('JUnit with critical systems and no gate', () => {
  it('every unwaived gap of every system fails its own case, and only that one', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'ci/sys.yaml', '-a', MAIN, '--today', TODAY, '--allow-incomplete', '-f', 'junit'], cwd: repo });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const suites = (parseXml(r.stdout).testsuites as { testsuite: { testcase?: (Record<string, unknown> & { '@classname': string; '@name': string })[] }[] }).testsuite;
    const failed = suites.flatMap((s) => s.testcase ?? []).filter((c) => 'failure' in c).map((c) => `${c['@classname'].split('.')[2] ?? ''}|${c['@name'].split(/[ :]/)[0]}`);
    const unwaived = assessment.gaps.filter((g) => !g.accepted).map((g) => `${g.system ?? ''}|${g.question}`);
    expect(failed.sort()).toEqual(unwaived.sort());
    expect(unwaived).not.toContain('waste|patched'); // waived
  });
});

describe('CSV with critical systems', () => {
  it('a strict parser reads one row per gap; System names the system, or the organisation', () => {
    const rows = parseCsv(readFileSync(join(out, 'plan.csv'), 'utf8'));
    const [header, ...body] = rows;
    expect(header?.slice(0, 4)).toEqual(['Rank', 'System', 'Section', 'Question ID']);
    expect(body).toHaveLength(assessment.gaps.length);
    const col = (name: string) => header!.indexOf(name);
    expect(body.map((r) => [r[col('Question ID')], r[col('System')]])).toEqual(assessment.gaps.map((g) => [g.question, g.systemTitle ?? 'Organisation']));
    const row = (q: string, s: string) => body.find((r) => r[col('Question ID')] === q && r[col('System')] === s)!;
    // An answer's own owner first; else the system's owner, who acts on its gaps.
    expect(row('logged', 'Social care case management')[col('Owner')]).toBe('Social care systems lead');
    expect(row('logged', 'Social care case management')[col('Review by')]).toBe('2026-10-01 (overdue)');
    expect(row('patched', 'Social care case management')[col('Owner')]).toBe('Head of Adult Social Care');
    expect(row('patched', 'Waste collection')[col('Owner')]).toBe('');
  });

  it('a questionnaire without systems leaves System empty', async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', TODAY, '-f', 'csv'] });
    const rows = parseCsv(r.stdout);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows.slice(1)) expect(row[1]).toBe('');
  });
});

describe('gate failures of systems land in the file that holds the answer', () => {
  it('FILE:LINE:COL lines outside GitHub Actions', () => {
    const lines = stderr.split('\n').filter((l) => /:\d+:\d+: gate [a-z-]+ failed: /.test(l));
    const failures = assessment.gates.flatMap((g) => g.failures);
    expect(lines).toHaveLength(failures.length);
    const logged = lineOf(socialCareText, '  logged:');
    expect(lines).toContain(`${SOCIAL_CARE}:${logged}:3: gate fail-on failed: high gap "logged" for critical system "social-care": No`);
    expect(lines.filter((l) => l.startsWith(`${SOCIAL_CARE}:1:1: gate fail-on failed: medium gap "mfa"`))).toHaveLength(1);
    expect(lines).toContain(`${MAIN}:${lineOf(mainText, '  - id: waste')}:5: gate fail-on failed: medium gap "mfa" for critical system "waste": Not answered`);
    expect(lines.filter((l) => l.startsWith(`${MAIN}:1:1:`))).toEqual([]);
    for (const [i, f] of failures.entries()) expect(lines[i]!.startsWith(f.system === 'social-care' ? `${SOCIAL_CARE}:` : `${MAIN}:`), lines[i]).toBe(true);
  });

  it('::error annotations under GitHub Actions', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'ci/sys.yaml', '-a', MAIN, '--today', TODAY, '--allow-incomplete', '--fail-on', 'medium', '-f', 'json'], cwd: repo, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code).toBe(ExitCode.GateFailed);
    const errors = parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'error' && c.properties.file);
    const a = JSON.parse(r.stdout) as Assessment;
    const failures = a.gates.flatMap((g) => g.failures);
    expect(failures.length).toBeLessThan(10); // no summing up of the rest
    // A place in the questionnaire (an answer with no entry) is where that system's answers are kept:
    // the top of social care's own file, waste's entry under systems:.
    const lineIn = (f: (typeof failures)[number]) => (f.location && f.location.file !== 'ci/sys.yaml' ? f.location.line : f.system === 'waste' ? lineOf(mainText, '  - id: waste') : 1);
    expect(errors.map((e) => [e.properties.file, Number(e.properties.line), e.data])).toEqual(
      failures.map((f) => [f.system === 'social-care' ? SOCIAL_CARE : MAIN, lineIn(f), f.message]),
    );
    expect(errors.filter((e) => e.properties.file === SOCIAL_CARE && e.properties.line === '1')).toHaveLength(1);
  });
});
