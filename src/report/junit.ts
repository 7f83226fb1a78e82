import type { Assessment, Gap, GateFailure, GateResult, QuestionResult } from '../scoring/assessment.js';
import { escapeXml as x } from '../text/xml.js';
import { gapAnswers, type GapAnswer } from './gap-answer.js';
import { missingLines } from './outcome-view.js';
import type { Reporter } from './types.js';

const score = (n: number | null): string => (n === null ? 'n/a' : String(Math.round(n * 100) / 100));
const at = (f: { location: GateFailure['location'] }): string => (f.location ? ` (at ${f.location.file}:${f.location.line}:${f.location.column})` : '');

function gapDetails(gap: Gap, said: GapAnswer): string[] {
  return [
    `Answer: ${said.answer} (score ${score(gap.score)}, priority ${score(gap.priority)})`,
    ...(gap.missing.length ? [`Still to meet (${gap.missing.length}):`, ...missingLines(gap).map((l) => `- ${l}`)] : []),
    gap.remediation ? `What to do: ${gap.remediation}` : '',
    gap.owner ? `Owner: ${gap.owner}` : '',
    gap.references.length ? `References: ${gap.references.join(', ')}` : '',
    gap.location ? `At: ${gap.location.file}:${gap.location.line}:${gap.location.column}` : '',
  ].filter(Boolean);
}

const gapMessage = (gap: Gap, said: GapAnswer): string => `${gap.severity} gap: ${said.answer}${said.unmet.length ? `; still to meet: ${said.unmet.join(', ')}` : ''}${gap.waiver?.state === 'expired' ? ` (waiver expired ${gap.waiver.expires})` : ''}`;

/**
 * Why a question's case fails, or null when it passes. With gates asked for, only what makes a
 * requested gate fail (GitLab and Jenkins turn a merge request red on any failed case, so a green
 * pipeline must give green cases); with none, every gap without a current waiver (as in v1).
 */
function failureOf(q: QuestionResult, gap: Gap | undefined, said: GapAnswer | undefined, a: Assessment, byQuestion: Map<string, { gate: GateResult; failure: GateFailure }[]>): string[] | null {
  if (a.gates.length > 0) {
    const reasons = byQuestion.get(q.id);
    return reasons ? reasons.map(({ gate, failure }) => `Fails the gate (${gate.title}): ${failure.message}`) : null;
  }
  return gap && said && !gap.accepted ? [gapMessage(gap, said)] : null;
}

function testcase(q: QuestionResult, a: Assessment, gap: Gap | undefined, said: GapAnswer | undefined, failure: string[] | null): string {
  const open = `    <testcase classname="${x(`${a.questionnaire.id}.${q.section}`)}" name="${x(`${q.id}: ${q.text}`)}" time="0"`;
  if (q.status === 'not-applicable') {
    const why = q.notApplicableBy === 'answer' ? `not applicable: ${q.reason ?? ''}` : 'not applicable given earlier answers';
    return `${open}>\n      <skipped message="${x(why)}"/>\n    </testcase>`;
  }
  const details = gap && said ? gapDetails(gap, said) : [];
  if (failure) {
    // GitLab shows only the body of a failure, so the body repeats the message in full.
    const body = [...failure, ...(gap && said && !failure.includes(gapMessage(gap, said)) ? [gapMessage(gap, said)] : []), ...details].join('\n');
    return `${open}>\n      <failure message="${x(failure[0] ?? '')}" type="${gap?.severity ?? 'gate'}">${x(body)}</failure>\n    </testcase>`;
  }
  if (!gap || !said) return `${open}/>`;
  const head = gap.accepted && gap.waiver ? `Accepted risk until ${gap.waiver.expires}: ${gap.waiver.reason}` : `${gapMessage(gap, said)} (fails no requested gate)`;
  return `${open}>\n      <system-out>${x([head, ...details].join('\n'))}</system-out>\n    </testcase>`;
}

/** The `gates` suite: one case per requested gate, failing with every failure in its body. */
function gatesSuite(a: Assessment): { xml: string[]; failures: number } {
  const failures = a.gates.filter((g) => !g.passed).length;
  const cases = a.gates.map((g) => {
    const open = `    <testcase classname="${x(`${a.questionnaire.id}.gates`)}" name="${x(g.title)}" time="0"`;
    if (g.passed) return `${open}>\n      <system-out>${x(g.summary)}</system-out>\n    </testcase>`;
    const body = [g.summary, ...g.failures.map((f) => `${f.message}${at(f)}`)].join('\n');
    return `${open}>\n      <failure message="${x(g.summary)}" type="gate">${x(body)}</failure>\n    </testcase>`;
  });
  return {
    failures,
    xml: [`  <testsuite name="gates" id="gates" tests="${a.gates.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${a.today}T00:00:00">`, ...cases, '  </testsuite>'],
  };
}

/**
 * JUnit XML for CI test-report views, valid against the Jenkins junit-10.xsd: one test case per
 * included or not-applicable question, grouped by section (skipped = not applicable), and a
 * `gates` suite when gates were asked for. See failureOf() for when a case fails.
 */
export const renderJunit: Reporter = (a) => {
  const bySection = new Map<string, QuestionResult[]>();
  for (const q of a.questions) {
    if (!q.included && q.status !== 'not-applicable') continue; // text and weight-0 questions are not tests
    const list = bySection.get(q.section);
    if (list) list.push(q);
    else bySection.set(q.section, [q]);
  }
  const gapOf = new Map(a.gaps.map((g) => [g.question, g]));
  const answerOf = gapAnswers(a);
  const byQuestion = new Map<string, { gate: GateResult; failure: GateFailure }[]>();
  for (const gate of a.gates) {
    for (const failure of gate.failures) {
      if (failure.question === null) continue;
      const list = byQuestion.get(failure.question);
      if (list) list.push({ gate, failure });
      else byQuestion.set(failure.question, [{ gate, failure }]);
    }
  }
  let tests = 0;
  let failures = 0;
  const suites = a.sections.flatMap((section) => {
    const questions = bySection.get(section.id) ?? [];
    if (!questions.length) return [];
    const cases = questions.map((q) => {
      const gap = gapOf.get(q.id);
      const said = gap ? answerOf(gap) : undefined;
      const failure = q.status === 'not-applicable' ? null : failureOf(q, gap, said, a, byQuestion);
      return { failed: failure !== null, xml: testcase(q, a, gap, said, failure) };
    });
    const f = cases.filter((c) => c.failed).length;
    const s = questions.filter((q) => q.status === 'not-applicable').length;
    tests += questions.length;
    failures += f;
    return [
      `  <testsuite name="${x(section.title)}" id="${x(section.id)}" tests="${questions.length}" failures="${f}" errors="0" skipped="${s}" time="0" timestamp="${a.today}T00:00:00">`,
      `    <properties>\n      <property name="score" value="${score(section.score)}"/>\n      <property name="rating" value="${x(section.rating?.label ?? 'not applicable')}"/>\n    </properties>`,
      ...cases.map((c) => c.xml),
      '  </testsuite>',
    ];
  });
  if (a.gates.length > 0) {
    const gates = gatesSuite(a);
    suites.push(...gates.xml);
    tests += a.gates.length;
    failures += gates.failures;
  }
  const name = `cyber-ready: ${a.questionnaire.title}${a.organisation ? ` (${a.organisation})` : ''}`;
  // junit-10.xsd allows no `skipped` on <testsuites>; the suites carry it.
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${x(name)}" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>', ''].join('\n');
};
