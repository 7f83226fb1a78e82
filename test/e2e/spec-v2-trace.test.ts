import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// SPEC "v2 additions", rule by rule, through the binary on a small questionnaire of its own
// (test/fixtures/spec-v2-trace): every expected number below was worked out by hand from SPEC.
//
// Hand working. org-out: P1, P2, A1 true, A2 false -> partially achieved, 0.5. org-flag yes -> 1.
// Organisation section (weight 1) = 75. s1: sys-out achieved (1), sys-dep applies (org-flag yes and
// sys-out achieved) and is "no" (0), so System A (weight 2) = 50; sys-only achieved, System B = 100.
// s2 (its own file): sys-out SA2 false -> not achieved (0; no partial column), so sys-dep does not
// apply and System A = 0; sys-only X1 unknown -> not achieved, System B = 0. Sections are the mean
// over systems: A = 25, B = 50. Overall = (75 + 2 x 25 + 50) / 4 = 43.75. s1 = (75 + 100 + 100) / 4
// = 68.75; s2 = 75 / 4 = 18.75. Priorities: sys-out/s2 critical 4 x 1 x 2 x 1 = 8; sys-dep/s1
// medium 2 x 1 x 2 x 1 = 4; sys-only/s2 2 x 1 x 1 x 1 = 2; org-out high 3 x 1 x 1 x 0.5 = 1.5.

const FIXTURE = join(repoRoot, 'test/fixtures/spec-v2-trace');
const TODAY = ['--today', '2026-11-20'];

/** A copy of the fixture in a fresh folder, with `edits` (file -> [from, to]) made in it. */
function copy(edits: Record<string, [string, string][]> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-v2-trace-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, changes] of Object.entries(edits)) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [from, to] of changes) {
      expect(text, `${file} holds ${from}`).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const S2 = 'sub/dir/s2.yaml';
const assess = (dir: string, ...args: string[]) =>
  runBinary({ args: ['assess', '-q', join(dir, 'trace.yaml'), '-a', join(dir, 'trace.answers.yaml'), ...TODAY, ...args] });
async function json(dir: string, ...args: string[]): Promise<{ code: number; report: Assessment; stderr: string }> {
  const r = await assess(dir, '-f', 'json', ...args);
  return { code: r.code, report: JSON.parse(r.stdout) as Assessment, stderr: r.stderr };
}
const firstError = (stderr: string): string => stderr.split('\n').filter((l) => l && !l.includes(' warning: '))[0] ?? '';

describe('SPEC v2 traced: outcomes, systems and automatic fails scored together', () => {
  it('scores per system, each section as the mean over systems, and names the system in every gap', async () => {
    const { code, report } = await json(copy());
    expect(code).toBe(ExitCode.Ok);
    expect(report.schemaVersion).toBe(2);
    expect(report.overall.score).toBe(43.75);
    expect(report.sections.map((s) => [s.id, s.score])).toEqual([['org', 75], ['sysa', 25], ['sysb', 50]]);
    expect(report.systems.map((s) => [s.id, s.score])).toEqual([['s1', 68.75], ['s2', 18.75]]);
    expect(report.gaps.map((g) => [g.question, g.system, g.priority])).toEqual([['sys-out', 's2', 8], ['sys-dep', 's1', 4], ['sys-only', 's2', 2], ['org-out', null, 1.5]]);
    // A gap in a system file is placed in that file, two folders down.
    expect(report.gaps[0]!.location).toEqual({ file: join(report.answersFile!, '..', S2), line: 6, column: 3 });
    // `when` across scopes: sys-dep looks at an organisation answer and an earlier outcome of its own system.
    expect(report.notApplicable).toEqual([{ question: 'sys-dep', system: 's2', by: 'condition', reason: null }]);
  });

  it('lists what an outcome without a partial column still needs: its achieved indicators only', async () => {
    const { report } = await json(copy());
    const missing = (q: string, s: string | null) => report.gaps.find((g) => g.question === q && g.system === s)!.missing;
    expect(missing('sys-out', 's2')).toEqual([{ id: 'SA2', text: 'Sys good two.', comment: null }]);
    expect(missing('org-out', null)).toEqual([{ id: 'A2', text: 'All two.', comment: 'Not yet.' }]);
    // An unknown indicator counts as not true, and the answer is still complete.
    expect(missing('sys-only', 's2')).toEqual([{ id: 'X1', text: 'X one.', comment: null }]);
    expect(report.unanswered).toEqual([]);
  });

  it('caps the overall rating by a blocking gap in one system, which a waiver in its own file keeps out of --fail-on only', async () => {
    const waiver = '\nwaivers:\n  - { question: sys-out, reason: Replacement system due, approvedBy: SIRO, expires: 2026-11-20 }\n';
    const dir = copy({ [S2]: [['{ X1: unknown }\n', `{ X1: unknown }\n${waiver}`]] });
    const { code, report } = await json(dir, '--fail-on', 'critical');
    expect(code).toBe(ExitCode.Ok); // expires on today: still covers
    expect(report.waivers.map((w) => [w.question, w.system, w.state])).toEqual([['sys-out', 's2', 'active']]);
    expect(report.overall.cap?.questions.map((q) => [q.question, q.system, q.accepted])).toEqual([['sys-out', 's2', true]]);
    expect(report.systems.map((s) => s.cap !== null)).toEqual([false, true]);
    // The day after, the waiver has expired: it is reported and gives no cover.
    const later = await runBinary({ args: ['assess', '-q', join(dir, 'trace.yaml'), '-a', join(dir, 'trace.answers.yaml'), '--today', '2026-11-21', '--fail-on', 'critical'] });
    expect(later.code).toBe(ExitCode.GateFailed);
    expect(later.stderr).toContain(`${join(dir, S2)}:6:3: gate fail-on failed: critical gap "sys-out" for line system "s2"`);
  });

  it('a blocking question answered "don\'t know", or left unanswered, caps the rating too', async () => {
    const blockFlag: [string, string][] = [['        blocking: true\n', ''], ['        type: yes-no\n        text: Flag?', '        type: yes-no\n        blocking: true\n        text: Flag?']];
    for (const answer of ['  org-flag: { status: unknown }\n', '']) {
      const dir = copy({ 'trace.yaml': blockFlag, 'trace.answers.yaml': [['  org-flag: yes\n', answer]] });
      const { report } = await json(dir, '--allow-incomplete');
      expect(report.overall.cap?.questions.map((q) => [q.question, q.system])).toEqual([['org-flag', null]]);
    }
  });

  it('a profile is met by the organisation and every system, a question that does not apply counts as met', async () => {
    const dir = copy();
    const one = await json(dir, '--profile', 'p1');
    expect(one.code).toBe(ExitCode.GateFailed);
    expect(one.report.profiles[0]!.requirements.map((r) => [r.question, r.system, r.met])).toEqual([['org-out', null, true], ['sys-out', 's1', true], ['sys-out', 's2', false]]);
    expect(one.stderr).toContain(`${join(dir, S2)}:6:3: gate profile failed: profile "p1" needs "sys-out" at "Achieved" or better for line system "s2"`);
    const two = await json(dir, '--profile', 'p2');
    expect(two.report.profiles.find((p) => p.id === 'p2')!.requirements.map((r) => [r.system, r.status, r.met])).toEqual([['s1', 'answered', false], ['s2', 'not-applicable', true]]);
  });

  it('a section that applies to only some systems is the mean over those it applies to', async () => {
    // sys-only now asks only where sys-out is not "not-achieved" or org-out is achieved: not in s2.
    const when = '            - { id: X1, text: X one. }\n        when: { any: [ { question: sys-out, notIn: [not-achieved] }, { question: org-out, in: [achieved] } ] }\n';
    const { report, stderr } = await json(copy({ 'trace.yaml': [['            - { id: X1, text: X one. }\n', when]] }));
    expect(report.sections.map((s) => s.score)).toEqual([75, 25, 100]);
    expect(report.overall.score).toBe(56.25); // (75 + 2 x 25 + 100) / 4
    expect(report.systems[1]!.score).toBe(25); // (75 + 2 x 0) / 3
    expect(stderr).toContain(': warning: answer to "sys-only" for line system "s2" is ignored');
  });

  it('an answer past review is stale per system; one due today is not', async () => {
    const dir = copy({ [S2]: [['{ X1: unknown }\n', '{ X1: unknown }\n    reviewBy: 2026-11-19\n'], ['SN1: true }\n', 'SN1: true }\n    reviewBy: 2026-11-20\n']] });
    const { code, report } = await json(dir, '--fail-on-stale');
    expect(code).toBe(ExitCode.GateFailed);
    expect(report.stale.map((s) => [s.question, s.system])).toEqual([['sys-only', 's2']]);
  });
});

describe('SPEC v2 traced: mistakes with systems and odd columns are exit 2 at their line', () => {
  const cases: { name: string; edits: Record<string, [string, string][]>; error: string }[] = [
    {
      name: 'a profile asking partially-achieved of an outcome without that column',
      edits: { 'trace.yaml': [['{ sys-dep: yes }', '{ sys-only: partially-achieved }']] },
      error: 'trace.yaml:19:27: "sys-only" has no partially-achieved indicators, so a profile may name only not-achieved or achieved',
    },
    {
      name: 'a confirmed partially-achieved on an outcome without that column',
      edits: { 'trace.answers.yaml': [['{ X1: true }\n', '{ X1: true }\n        confirmed: partially-achieved\n        justification: We think so.\n']] },
      error: 'trace.answers.yaml:22:20: "partially-achieved" is not a status of "sys-only"; choose one of not-achieved, achieved',
    },
    {
      name: 'a confirmed status other than the derived one, without indicators or justification',
      edits: { 'trace.answers.yaml': [['    indicators: { N1: false, P1: true, P2: true, A1: true, A2: false }\n    comments: { A2: Not yet. }\n', '    confirmed: achieved\n']] },
      error: 'trace.answers.yaml:9:16: "org-out" is confirmed "achieved" without indicators: add a "justification" saying why',
    },
    {
      // SA1 is already given in the same mapping: suggesting it would only make a duplicate key.
      name: 'a mistyped indicator key, with the indicator not yet given as the suggestion',
      edits: { [S2]: [['SA2: false', 'SA3: false']] },
      error: `${S2}:7:30: "SA3" is not an indicator of "sys-out"; did you mean "SA2"?`,
    },
    {
      name: 'a waiver in a system file naming another system',
      edits: { [S2]: [['{ X1: unknown }\n', '{ X1: unknown }\nwaivers:\n  - { question: sys-out, system: s1, reason: r, approvedBy: a, expires: 2027-01-01 }\n']] },
      error: `${S2}:11:34: this waiver is in the answers of line system "s2" but names "s1"; move it to that line system's answers, or drop "system"`,
    },
    {
      name: 'a waiver on an organisation question in a system file',
      edits: { [S2]: [['{ X1: unknown }\n', '{ X1: unknown }\nwaivers:\n  - { question: org-out, reason: r, approvedBy: a, expires: 2027-01-01 }\n']] },
      error: `${S2}:11:5: waiver for organisation question "org-out" belongs in the top-level "waivers:", not in line system "s2"`,
    },
    {
      name: 'an organisation answer in a system file',
      edits: { [S2]: [['answers:\n', 'answers:\n  org-flag: yes\n']] },
      error: `${S2}:6:3: "org-flag" is an organisation question, answered once for the whole organisation; move it to the top-level "answers:", out of line system "s2"`,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = copy(c.edits);
      const r = await assess(dir);
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(firstError(r.stderr)).toBe(`${dir}/${c.error}`);
    });
  }
});

describe('SPEC v2 traced: every format says the same of an outcome nobody has answered', () => {
  it('calls it "not answered", as the JSON report does, never a status "so far"', async () => {
    const dir = copy({ [S2]: [['  sys-only:\n    indicators: { X1: unknown }\n', '']] });
    const { report } = await json(dir, '--allow-incomplete');
    const gap = report.gaps.find((g) => g.question === 'sys-only' && g.system === 's2')!;
    expect([gap.status, gap.answer]).toEqual(['unanswered', 'Not answered']);
    const outputs = await Promise.all(['csv', 'gitlab', 'junit', 'sarif', 'markdown', 'html'].map((f) => assess(dir, '--allow-incomplete', '-f', f)));
    for (const r of outputs) {
      expect(r.code).toBe(ExitCode.Ok);
      expect(r.stdout).not.toContain('not achieved so far');
    }
    const csv = outputs[0]!.stdout.split('\r\n').find((l) => l.startsWith('3,System two,System B,sys-only,'));
    expect(csv).toContain(',"not answered; still to meet:');
  });
});

describe('SPEC v2 traced: benchmark says each file\'s warnings once', () => {
  it('reads a file given as an input and as --highlight once', async () => {
    // Five councils, each of its own month: one assessment given five times would count once.
    const dirs = [1, 2, 3, 4, 5].map((n) => copy({ 'trace.answers.yaml': [['organisation: Org', `organisation: Org ${n}`], ['assessedOn: 2026-11-01', `assessedOn: 2026-0${n}-01`]] }));
    // A contradiction in the highlighted council: not-achieved indicator SN1 true while s1's outcome is achieved.
    const last = dirs[4]!;
    writeFileSync(join(last, 'trace.answers.yaml'), readFileSync(join(last, 'trace.answers.yaml'), 'utf8').replace('SN1: no', 'SN1: yes'));
    const files = dirs.map((d) => join(d, 'trace.answers.yaml'));
    const r = await runBinary({ args: ['benchmark', ...files, '--highlight', files[4]!, '--questionnaire-dir', FIXTURE, '-f', 'json'] });
    expect(r.code).toBe(ExitCode.Ok);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('indicator "SN1" (not achieved) is true'));
    expect(warnings).toEqual([`${files[4]}:18:44: warning: indicator "SN1" (not achieved) is true, yet the indicators derive "achieved" for "sys-out": one of the answers is wrong`]);
    expect(JSON.parse(r.stdout).contributions).toBe(5);
  });
});
