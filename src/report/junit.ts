import type { Assessment, Gap, QuestionResult } from '../scoring/assessment.js';
import { escapeXml as x } from '../text/xml.js';
import type { Reporter } from './types.js';

const score = (n: number | null): string => (n === null ? 'n/a' : String(Math.round(n * 100) / 100));

function testcase(q: QuestionResult, a: Assessment, gap: Gap | undefined): string {
  const name = `${q.id}: ${q.text}`;
  const open = `    <testcase classname="${x(`${a.questionnaire.id}.${q.section}`)}" name="${x(name)}" time="0"`;
  if (q.status === 'not-applicable') {
    const why = q.notApplicableBy === 'answer' ? `not applicable: ${q.reason ?? ''}` : 'not applicable given earlier answers';
    return `${open}>\n      <skipped message="${x(why)}"/>\n    </testcase>`;
  }
  if (!gap) return `${open}/>`;
  const details = [
    `Answer: ${gap.answer} (score ${score(gap.score)}, priority ${score(gap.priority)})`,
    gap.remediation ? `What to do: ${gap.remediation}` : '',
    gap.owner ? `Owner: ${gap.owner}` : '',
    gap.references.length ? `References: ${gap.references.join(', ')}` : '',
    gap.location ? `At: ${gap.location.file}:${gap.location.line}:${gap.location.column}` : '',
  ].filter(Boolean);
  if (gap.accepted && gap.waiver) {
    // An accepted risk passes, but the test report still says so.
    return `${open}>\n      <system-out>${x(`Accepted risk until ${gap.waiver.expires}: ${gap.waiver.reason}\n${details.join('\n')}`)}</system-out>\n    </testcase>`;
  }
  const expired = gap.waiver?.state === 'expired' ? ` (waiver expired ${gap.waiver.expires})` : '';
  const message = `${gap.severity} gap: ${gap.answer}${expired}`;
  return `${open}>\n      <failure message="${x(message)}" type="${gap.severity}">${x(details.join('\n'))}</failure>\n    </testcase>`;
}

/**
 * JUnit XML for CI test-report views: one test case per included or not-applicable question,
 * grouped by section; a failure is a gap without an active waiver, skipped is not applicable.
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
  const failed = new Set(a.gaps.filter((g) => !g.accepted).map((g) => g.question));
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = a.sections.flatMap((section) => {
    const questions = bySection.get(section.id) ?? [];
    if (!questions.length) return [];
    const f = questions.filter((q) => failed.has(q.id)).length;
    const s = questions.filter((q) => q.status === 'not-applicable').length;
    tests += questions.length;
    failures += f;
    skipped += s;
    return [
      `  <testsuite name="${x(section.title)}" id="${x(section.id)}" tests="${questions.length}" failures="${f}" errors="0" skipped="${s}" time="0" timestamp="${a.today}T00:00:00">`,
      `    <properties>\n      <property name="score" value="${score(section.score)}"/>\n      <property name="rating" value="${x(section.rating?.label ?? 'not applicable')}"/>\n    </properties>`,
      ...questions.map((q) => testcase(q, a, gapOf.get(q.id))),
      '  </testsuite>',
    ];
  });
  const name = `cyber-ready: ${a.questionnaire.title}${a.organisation ? ` (${a.organisation})` : ''}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${x(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
