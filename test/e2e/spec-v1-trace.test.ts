import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { parseXml } from '../helpers/consumers.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// SPEC lines before "v2 additions", rule by rule, through the built binary on one small questionnaire
// of odd but valid shapes (test/fixtures/spec-v1-trace/trace.yaml says which). Every expected figure
// below is worked out by hand from SPEC, not read back from the tool.
//
// Basics (weight 2): pay-cards `true` = yes, overridden to 0.75; feeds 0.6 + 0.6 capped at 1;
// days-to-patch 20 is in the first band (10..20 inclusive, 0.5), though the second would give 1.
// (0.75 + 1 + 0.5) / 3 = 75, exactly the "Strong" band's min.
// Response (weight 1): incident-log unknown 0 (w 1), insurer no 0 (w 0.375); scada-plan not
// applicable by `when` (in-scope is no), exercise by answer. 0 → "Weak".
// Commentary (weight 4): text alone, not applicable, left out. Overall (2 × 75 + 0) / 3 = 50 → "Fair".
// Gaps: days-to-patch 4 × 1 × 2 × 0.5 = 4; pay-cards high 3 × 1 × 2 × 0.25 = 1.5; insurer critical
// 4 × 0.375 × 1 × 1 = 1.5 (a tie: pay-cards comes first in the questionnaire); incident-log 1.

const DIR = 'test/fixtures/spec-v1-trace';
const Q = `${DIR}/trace.yaml`;
const A = `${DIR}/trace.answers.yaml`;
const assess = (today: string, ...more: string[]) => runBinary({ args: ['assess', '-q', Q, '-a', A, '--today', today, ...more] });

interface Report {
  overall: { score: number; rating: { label: string } | null };
  sections: { id: string; score: number | null; applicable: boolean; rating: { label: string } | null }[];
  questions: { id: string; status: string; score: number | null; included: boolean }[];
  gaps: { question: string; severity: string; priority: number; score: number; accepted: boolean }[];
  unknowns: { question: string }[];
  notApplicable: { question: string; by: string; reason: string | null }[];
  stale: { question: string; reviewBy: string }[];
  waivers: { question: string; state: string }[];
  gates: { id: string; passed: boolean }[];
  profiles: { requirements: { question: string; met: boolean }[] }[];
}

async function report(today: string, ...more: string[]): Promise<{ code: number; stderr: string; json: Report }> {
  const r = await assess(today, '-f', 'json', ...more);
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout) as Report };
}

describe('SPEC "Scoring", worked by hand', () => {
  it('scores each question type by its own rule, and leaves out text, weight 0 and not applicable', async () => {
    const { code, stderr, json } = await report('2026-06-15');
    // questionnaireVersion 3.1.0 against 3.1.4: only a patch apart, so no warning at all.
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.Ok);
    expect(Object.fromEntries(json.questions.map((q) => [q.id, [q.status, q.score, q.included]]))).toEqual({
      'pay-cards': ['answered', 0.75, true],
      feeds: ['answered', 1, true],
      'days-to-patch': ['answered', 0.5, true],
      notes: ['unanswered', null, false],
      'in-scope': ['answered', null, false],
      'incident-log': ['unknown', 0, true],
      'scada-plan': ['not-applicable', null, false],
      exercise: ['not-applicable', null, false],
      insurer: ['answered', 0, true],
      summary: ['unanswered', null, false],
    });
  });

  it('weighs sections and the overall score, and rates both by the first band reached', async () => {
    const { json } = await report('2026-06-15');
    expect(json.sections.map((s) => [s.id, s.score, s.applicable, s.rating?.label ?? null])).toEqual([
      ['basics', 75, true, 'Strong'],
      ['response', 0, true, 'Weak'],
      ['commentary', null, false, null],
    ]);
    expect([json.overall.score, json.overall.rating?.label]).toEqual([50, 'Fair']);
  });

  it('lists gaps by priority with ties in questionnaire order, a waiver expiring today still covering', async () => {
    const { json } = await report('2026-06-15');
    expect(json.gaps.map((g) => [g.question, g.severity, g.priority, g.score, g.accepted])).toEqual([
      ['days-to-patch', 'critical', 4, 0.5, true],
      ['pay-cards', 'high', 1.5, 0.75, false],
      ['insurer', 'critical', 1.5, 0, false],
      ['incident-log', 'low', 1, 0, false],
    ]);
    expect(json.waivers.map((w) => [w.question, w.state])).toEqual([['days-to-patch', 'active'], ['insurer', 'expired']]);
    expect(json.unknowns.map((u) => u.question)).toEqual(['incident-log']);
    expect(json.notApplicable.map((n) => [n.question, n.by, n.reason])).toEqual([
      ['scada-plan', 'condition', null],
      ['exercise', 'answer', 'No exercise programme yet'],
    ]);
    // reviewBy 2026-06-14 is before today; 2026-06-15 is today, so not stale.
    expect(json.stale.map((s) => [s.question, s.reviewBy])).toEqual([['insurer', '2026-06-14']]);
  });
});

describe('SPEC "Scoring" and "Exit codes": gates, a day either side of the dates in the file', () => {
  // On 2026-06-14 the insurer waiver expires that day (still cover) and its answer is due that day
  // (not stale); on 2026-06-15 the waiver has expired and the answer is stale.
  const cases: [string, string, string[], boolean][] = [
    ['a waived critical gap is out of --fail-on; the waiver expires today', '2026-06-14', ['--fail-on', 'critical'], true],
    ['an expired waiver gives no cover', '2026-06-15', ['--fail-on', 'critical'], false],
    ['--fail-on high fails on a critical gap ("or worse")', '2026-06-14', ['--fail-on', 'high'], false],
    ['an answer due for review today is not stale', '2026-06-14', ['--fail-on-stale'], true],
    ['an answer due yesterday is stale', '2026-06-15', ['--fail-on-stale'], false],
    ['--min-score passes at exactly the score', '2026-06-15', ['--min-score', '50'], true],
    ['--min-score fails just above it', '2026-06-15', ['--min-score', '50.0001'], false],
    ['a profile: unknown is not met, though not applicable counts as met', '2026-06-15', ['--profile', 'floor'], false],
  ];

  it.each(cases)('%s', async (_name, today, gate, passed) => {
    const { code, json } = await report(today, ...gate);
    expect(json.gates.map((g) => g.passed)).toEqual([passed]);
    expect(code).toBe(passed ? ExitCode.Ok : ExitCode.GateFailed);
  });

  it('--fail-on counts each unwaived gap of that severity or worse, and no other', async () => {
    const failures = async (today: string, severity: string) => {
      const r = await assess(today, '--fail-on', severity);
      return r.stderr.split('\n').filter((l) => l.includes('gate fail-on failed')).map((l) => /gap "([^"]+)"/.exec(l)?.[1]);
    };
    expect(await failures('2026-06-15', 'critical')).toEqual(['insurer']);
    expect(await failures('2026-06-15', 'high')).toEqual(['pay-cards', 'insurer']);
    expect(await failures('2026-06-15', 'medium')).toEqual(['pay-cards', 'insurer']);
    expect(await failures('2026-06-15', 'low')).toEqual(['pay-cards', 'insurer', 'incident-log']);
    expect(await failures('2026-06-14', 'low')).toEqual(['pay-cards', 'incident-log']);
  });

  it('profile requirements compare scores: a yes-no override, a multi option, a number by its band, not applicable', async () => {
    const { json } = await report('2026-06-15', '--profile', 'floor');
    expect(json.profiles[0]?.requirements.map((r) => [r.question, r.met])).toEqual([
      ['pay-cards', true],
      ['feeds', true],
      ['days-to-patch', true],
      ['incident-log', false],
      ['scada-plan', true],
    ]);
  });
});

describe('SPEC "Reports": junit', () => {
  it('one case per included question, grouped by section (none for text or weight 0): failure = unwaived gap, skipped = not applicable', async () => {
    const r = await assess('2026-06-15', '-f', 'junit');
    expect(r.code).toBe(ExitCode.Ok);
    type Case = { '@name': string; failure?: unknown; skipped?: unknown };
    const xml = parseXml(r.stdout) as { testsuites: { testsuite: { '@id': string; testcase?: Case[] }[] } };
    const cases = Object.fromEntries(
      xml.testsuites.testsuite.filter((s) => s['@id'] !== 'overall').map((s) => [
        s['@id'],
        (s.testcase ?? []).map((c) => `${c['@name'].split(':')[0]} ${c.failure !== undefined ? 'fails' : c.skipped !== undefined ? 'skipped' : 'passes'}`),
      ]),
    );
    expect(cases).toEqual({
      basics: ['pay-cards fails', 'feeds passes', 'days-to-patch passes'],
      response: ['incident-log fails', 'scada-plan skipped', 'exercise skipped', 'insurer fails'],
    });
  });
});

describe('SPEC "The answers format"', () => {
  const original = readFileSync(join(repoRoot, A), 'utf8');
  /** The fixture's answers with one change, in a folder of their own; the questionnaire by absolute path. */
  async function assessChanged(from: string, to: string, ...more: string[]) {
    if (!original.includes(from)) throw new Error(`the fixture has no "${from}"`);
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-v1-trace-'));
    writeFileSync(join(dir, 'a.yaml'), original.replace(from, to));
    const r = await runBinary({ args: ['assess', '-q', join(repoRoot, Q), '-a', 'a.yaml', '--today', '2026-06-15', '-o', 'out.txt', ...more], cwd: dir });
    return { ...r, written: () => readFileSync(join(dir, 'out.txt'), 'utf8') };
  }

  it('another minor questionnaireVersion is a warning at its place; another major one is an error', async () => {
    const minor = await assessChanged('questionnaireVersion: 3.1.0', 'questionnaireVersion: 3.0.9');
    expect(minor.code).toBe(ExitCode.Ok);
    expect(minor.stderr).toMatch(/^a\.yaml:2:23: warning: these answers are for version 3\.0\.9, but the questionnaire is version 3\.1\.4[^\n]*\n$/);
    const major = await assessChanged('questionnaireVersion: 3.1.0', 'questionnaireVersion: 2.1.4');
    expect(major.code).toBe(ExitCode.CannotAssess);
    expect(major.stderr).toMatch(/^a\.yaml:2:23: these answers are for version 2\.1\.4, but the questionnaire is version 3\.1\.4 [^\n]*\n$/);
  });

  it('unanswered text and weight-0 questions leave the answers complete; an unanswered scored one does not', async () => {
    const noSteer = await assessChanged('  in-scope: no\n', '');
    // in-scope unanswered: the condition on it cannot rule scada-plan out, so scada-plan is asked.
    expect(noSteer.code).toBe(ExitCode.CannotAssess);
    expect(noSteer.stderr).toMatch(/^a\.yaml:4:1: 4 of the 10 questions to answer have no answer yet \(1 of them scored: scada-plan\); /);
    expect(noSteer.written).toThrow();
    const allowed = await assessChanged('  in-scope: no\n', '', '--allow-incomplete', '-f', 'json');
    expect(allowed.code).toBe(ExitCode.Ok);
    const json = JSON.parse(allowed.written()) as Report & { unanswered: { question: string }[] };
    // scada-plan is scored 0, critical, weight 1, in a section of weight 1: a gap of priority 4.
    expect(json.unanswered.map((u) => u.question)).toEqual(['scada-plan']);
    expect(json.gaps.find((g) => g.question === 'scada-plan')).toMatchObject({ score: 0, priority: 4 });
    expect(json.sections.find((s) => s.id === 'response')?.score).toBe(0);
  });

  it('"don\'t know" on a text or weight-0 question is left out with its question: not listed or counted as unknown', async () => {
    // in-scope (weight 0) and notes (text) answered "don't know"; incident-log stays the only scored one.
    const from = '  in-scope: no\n';
    const to = '  in-scope: { status: unknown }\n  notes: { status: unknown }\n';
    const json = JSON.parse((await assessChanged(from, to, '-f', 'json')).written()) as Report & { summary: { unknown: number } };
    expect(json.unknowns.map((u) => u.question)).toEqual(['incident-log']);
    expect(json.summary.unknown).toBe(1);
    expect(json.questions.filter((q) => q.status === 'unknown').map((q) => q.id)).toEqual(['notes', 'in-scope', 'incident-log']);
    const detail = (await assessChanged(from, to, '--detail')).written();
    expect(detail).toContain('Answered "don\'t know" (1)');
    expect(detail).toContain('5 questions scored: 4 answered, 1 don\'t know;');
  });

  it('a number above the question\'s max, or an exclusive option with another, is exit 2 at the answer', async () => {
    const tooMany = await assessChanged('days-to-patch: 20', 'days-to-patch: 366');
    expect([tooMany.code, tooMany.stderr]).toEqual([ExitCode.CannotAssess, 'a.yaml:7:18: "days-to-patch" must be at most 365, not 366\n']);
    const atMax = await assessChanged('days-to-patch: 20', 'days-to-patch: 365');
    expect(atMax.code).toBe(ExitCode.Ok);
    const combined = await assessChanged('feeds: [alerts, reports]', 'feeds: [alerts, none]');
    expect([combined.code, combined.stderr]).toEqual([ExitCode.CannotAssess, 'a.yaml:6:10: option "none" cannot be combined with other options\n']);
  });
});

describe('SPEC "Options of assess (and the report options shared with diff)": diff --report', () => {
  // days-to-patch 20 → 25 leaves the first band (0.5) for the second (1): basics (0.75 + 1 + 1) / 3
  // = 91.666…, overall (2 × 91.666… + 0) / 3 = 61.111…, up from 50.
  function pair(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-v1-trace-diff-'));
    const text = readFileSync(join(repoRoot, A), 'utf8');
    writeFileSync(join(dir, 'old.yaml'), text);
    writeFileSync(join(dir, 'new.yaml'), text.replace('days-to-patch: 20', 'days-to-patch: 25'));
    return dir;
  }
  const diff = (dir: string, ...more: string[]) => runBinary({ args: ['diff', 'old.yaml', 'new.yaml', '-q', join(repoRoot, Q), '--today', '2026-06-15', ...more], cwd: dir });

  it('writes the result in each format asked for beside the one on standard output, as assess does', async () => {
    const dir = pair();
    const r = await diff(dir, '--report', 'json=diff.json', '--report', 'markdown=diff.md');
    // Met now, days-to-patch leaves its waiver with no gap to cover: a warning (SPEC "Scoring").
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, 'new.yaml:13:5: warning: waiver for "days-to-patch" covers no gap: the question is met or does not count\n']);
    expect(r.stdout).toMatch(/^Trace Borough Council: what changed\n[^]*\nOverall  50 → 61 \(\+11\)  still Fair\n/);
    const json = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8')) as { overall: { old: number; new: number }; improved: { question: string }[] };
    expect(json.overall).toMatchObject({ old: 50, new: 61.111111111 });
    expect(json.improved.map((i) => i.question)).toEqual(['days-to-patch']);
    expect(readFileSync(join(dir, 'diff.md'), 'utf8')).toMatch(/^# Trace Borough Council: what changed\n[^]*\*\*Overall: 50 → 61 \(\+11\)\*\*/);
  });

  it('takes only the formats diff renders, and writes nothing when one is refused', async () => {
    const dir = pair();
    const r = await diff(dir, '--report', 'json=diff.json', '--report', 'sarif=diff.sarif');
    expect([r.code, r.stdout, r.stderr]).toEqual([ExitCode.CannotAssess, '', 'cyber-ready: --report: unknown format "sarif"; choose from text, markdown, json, html or docx\n']);
    expect(() => readFileSync(join(dir, 'diff.json'))).toThrow();
  });
});
