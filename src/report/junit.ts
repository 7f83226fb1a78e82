import type { Assessment, Gap, GateFailure, GateResult, QuestionResult, SectionResult } from '../scoring/assessment.js';
import type { Location } from '../questionnaire/types.js';
import { answerPlaces } from '../scoring/answer-place.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { scopeKey } from '../scoring/scope-key.js';
import { escapeXmlAttribute as attr, escapeXml as x } from '../text/xml.js';
import { capQuestionLine, capSummary } from './cap-summary.js';
import { heldSummary } from './held-summary.js';
import { gapAnswers, type GapAnswer } from './gap-answer.js';
import { failsGate, gateStops, waiverWords } from './gate-stops.js';
import { scopeWords, type ScopeWords } from './machine-scope.js';
import { headerLines, headerProperties, listLines } from './machine-summary.js';
import { testcaseName } from './junit-name.js';
import { missingLines } from './outcome-view.js';
import { questionFraction, roundScore } from './round-score.js';
import type { Reporter } from './types.js';

type AnswerPlace = ReturnType<typeof answerPlaces>;
import { shownPriority } from './shown-priority.js';
import { pushAll } from '../text/spread-free.js';

// Properties are for machines, so they keep the exact score, as the JSON report does; words are for
// people and round down like every shown score (SPEC "Scoring"): rounding to the nearest showed
// 69.996 as "70/100" beside a failed --min-score 70.
const exact = (n: number | null): string => (n === null ? 'n/a' : String(n));
// "69/100", or in words, with why, when there is no score (not "n/a/100"); `sections` are the ones it is the mean of.
const outOf100 = (n: number | null, sections: readonly SectionResult[]): string => (n === null ? `not scored (${noOverallScoreWords(sections).short})` : `${roundScore(n)}/100`);
// A question's 0-1 score to two places, rounded down so that a gap never reads "score 1".
const fraction = (n: number): string => String(questionFraction(n));
// Where to act, by the rule every CI output shares (answer-place.ts): an answer with no entry at all
// is placed where its scope's answers are kept, not at the question in the questionnaire.
const at = (l: Location): string => `${l.file}:${l.line}:${l.column}`;

function gapDetails(gap: Gap, said: GapAnswer, words: ScopeWords, place: Location): string[] {
  return [
    words.line(gap.system) ?? '',
    `Answer: ${said.answer} (score ${fraction(gap.score)}, priority ${shownPriority(gap.priority)})`,
    ...(gap.missing.length ? [`Still to meet (${gap.missing.length}):`, ...missingLines(gap).map((l) => `- ${l}`)] : []),
    gap.remediation ? `What to do: ${gap.remediation}` : '',
    gap.owner ? `Owner: ${gap.owner}` : '',
    gap.references.length ? `References: ${gap.references.join(', ')}` : '',
    `At: ${at(place)}`,
  ].filter(Boolean);
}

const gapMessage = (gap: Gap, said: GapAnswer, words: ScopeWords): string => `${said.automaticFail}${gap.severity} gap${words.forSystem(gap.system)}: ${said.answer}${said.unmet.length ? `; still to meet: ${said.unmet.join(', ')}` : ''}${gap.waiver?.state === 'expired' ? ` (waiver expired ${gap.waiver.expires})` : ''}`;

/**
 * Why a question's case fails, or null when it passes. With gates asked for, only what makes a
 * requested gate fail (GitLab and Jenkins turn a merge request red on any failed case, so a green
 * pipeline must give green cases); with none, every gap without a current waiver (as in v1).
 */
function failureOf(q: QuestionResult, gap: Gap | undefined, said: GapAnswer | undefined, a: Assessment, byQuestion: Map<string, { gate: GateResult; failure: GateFailure }[]>, words: ScopeWords): string[] | null {
  if (a.gates.length > 0) {
    const reasons = byQuestion.get(scopeKey(q.id, q.system));
    // A gap under a current waiver fails only a gate that counts waived gaps (a profile does): it
    // says so first, in the words SARIF and GitLab open with (gate-stops.ts). "Fails the gate" alone,
    // in the `message` that a test view shows, read as a gap nobody had waived.
    const lead = (gate: GateResult): string => (gap?.accepted && gap.waiver ? waiverWords(gap, failsGate(gate.title), ': ') : `Fails the gate (${gate.title}): `);
    return reasons ? reasons.map(({ gate, failure }) => `${lead(gate)}${failure.message}`) : null;
  }
  return gap && said && !gap.accepted ? [gapMessage(gap, said, words)] : null;
}

/**
 * A system's case is its own test: the classname ends in the system's id (Jenkins shows the
 * section as the package and the system as the class) and the name carries its title, so each
 * (question, system) has its own history in CI test views.
 */
function testcase(q: QuestionResult, a: Assessment, gap: Gap | undefined, said: GapAnswer | undefined, failure: string[] | null, words: ScopeWords, placeOf: AnswerPlace, stop: string | null): string {
  const classname = `${a.questionnaire.id}.${q.section}${q.system === null ? '' : `.${q.system}`}`;
  const { name, full } = testcaseName(q, q.system === null ? null : { id: q.system, title: words.title(q.system) ?? q.system });
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0"`;
  // A name cut short to fit Azure Pipelines is given in full first in the case's body.
  const named = full === null ? [] : [full];
  const out = (lines: string[]): string => (lines.length ? `\n      <system-out>${x(lines.join('\n'))}</system-out>` : '');
  if (q.status === 'not-applicable') {
    const why = q.notApplicableBy === 'answer' ? `not applicable: ${q.reason ?? ''}` : 'not applicable given earlier answers';
    return `${open}>\n      <skipped message="${attr(why)}"/>${out(named)}\n    </testcase>`;
  }
  const details = gap && said ? gapDetails(gap, said, words, placeOf(gap.location, gap.system)) : [];
  // A waiver that has not expired, in the words GitLab, SARIF and the CSV give it (gate-stops.ts), with
  // its reason: an accepted risk on a passing case, or "Waived until DATE, but …" on one that still fails.
  const waiver = gap?.accepted && gap.waiver ? `${waiverWords(gap, stop, ': ')}${gap.waiver.reason}` : null;
  if (failure) {
    // GitLab shows only the body of a failure, so the body repeats the message in full.
    const message = gap && said ? gapMessage(gap, said, words) : '';
    const body = [...named, ...failure, ...(message && !failure.includes(message) ? [message] : []), ...(waiver ? [waiver] : []), ...details].join('\n');
    return `${open}>\n      <failure message="${attr(failure[0] ?? '')}" type="${gap?.severity ?? 'gate'}">${x(body)}</failure>\n    </testcase>`;
  }
  if (!gap || !said) return named.length ? `${open}>${out(named)}\n    </testcase>` : `${open}/>`;
  // A waived automatic fail is not an accepted risk: its waiver does not lift the cap (gate-stops.ts).
  const head = waiver ?? `${gapMessage(gap, said, words)} (fails no requested gate)`;
  return `${open}>${out([...named, head, ...details])}\n    </testcase>`;
}

/**
 * The `overall` suite, first: the report's header, the overall score and rating (SPEC: every format
 * carries them), the cap and the questions that hold it (SPEC v2: said before anything else), each
 * system's own overall, and the lists that are not test cases (don't know, not applicable, past
 * review, expired waivers, profiles, frameworks). Properties for tools that read them, the same in
 * words in system-out for views that show only that. It has no test cases: the score is not a test;
 * gates are (the `gates` suite).
 */
function overallSuite(a: Assessment, words: ScopeWords): string[] {
  const rating = (r: { label: string } | null): string => r?.label ?? 'not rated';
  const cap = capSummary(a);
  const held = heldSummary(a);
  const capping = a.overall.cap?.questions ?? [];
  const capQuestions = capping.map((q) => `${q.question}${words.forSystem(q.system)}`);
  const properties: [string, string][] = [
    ...headerProperties(a),
    ['score', exact(a.overall.score)],
    ['rating', rating(a.overall.rating)],
    ...(cap ? ([['cap', cap], ['capQuestions', capQuestions.join(', ')]] as [string, string][]) : []),
    ...a.systems.flatMap((s): [string, string][] => [
      [`system.${s.id}.score`, exact(s.score)],
      [`system.${s.id}.rating`, rating(s.rating)],
    ]),
  ];
  const said = [
    ...headerLines(a),
    ...(cap ? [cap, ...capping.map((q, i) => `- ${capQuestions[i]}: ${capQuestionLine(q).text} (${capQuestionLine(q).detail})`)] : []),
    `Overall ${outOf100(a.overall.score, a.sections)}, ${rating(a.overall.rating)}`,
    ...(held ? [held] : []),
    ...a.systems.map((s) => `${words.title(s.id) ?? s.id}: ${outOf100(s.score, [...a.sections.filter((x) => x.scope === 'organisation'), ...s.sections])}, ${rating(s.rating)}`),
    ...listLines(a),
  ];
  return [
    `  <testsuite name="overall" id="overall" tests="0" failures="0" errors="0" skipped="0" time="0" timestamp="${a.today}T00:00:00">`,
    `    <properties>\n${properties.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`).join('\n')}\n    </properties>`,
    `    <system-out>${x(said.join('\n'))}</system-out>`,
    '  </testsuite>',
  ];
}

/** The `gates` suite: one case per requested gate, failing with every failure in its body. */
function gatesSuite(a: Assessment): { xml: string[]; failures: number } {
  const placeOf = answerPlaces(a);
  const failures = a.gates.filter((g) => !g.passed).length;
  const cases = a.gates.map((g) => {
    const open = `    <testcase classname="${attr(`${a.questionnaire.id}.gates`)}" name="${attr(g.title)}" time="0"`;
    if (g.passed) return `${open}>\n      <system-out>${x(g.summary)}</system-out>\n    </testcase>`;
    const body = [g.summary, ...g.failures.map((f) => `${f.message} (at ${at(placeOf(f.location, f.system))})`)].join('\n');
    return `${open}>\n      <failure message="${attr(g.summary)}" type="gate">${x(body)}</failure>\n    </testcase>`;
  });
  return {
    failures,
    xml: [`  <testsuite name="gates" id="gates" tests="${a.gates.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${a.today}T00:00:00">`, ...cases, '  </testsuite>'],
  };
}

/** One suite: a section for the organisation, or a system's own result for a system-scoped section. */
interface Suite {
  section: SectionResult;
  /** The suite's name and id: the section's, with the system's title and id for a system. */
  name: string;
  id: string;
  questions: QuestionResult[];
}

/**
 * The suites in the order the guided walk asks: the organisation's sections, then each system's
 * own sections in turn (a system's owner finds theirs together), systems in the order listed.
 */
function suitesOf(a: Assessment): Suite[] {
  const byScope = new Map<string, QuestionResult[]>();
  for (const q of a.questions) {
    if (!q.included && q.status !== 'not-applicable') continue; // text and weight-0 questions are not tests
    const key = scopeKey(q.section, q.system);
    const list = byScope.get(key);
    if (list) list.push(q);
    else byScope.set(key, [q]);
  }
  const organisation = a.sections
    .filter((section) => section.scope !== 'system')
    .map((section) => ({ section, name: section.title, id: section.id, questions: byScope.get(section.id) ?? [] }));
  const systems = a.systems.flatMap((system) =>
    system.sections.map((section) => ({
      section,
      name: `${section.title} (${system.title})`,
      id: `${section.id}.${system.id}`,
      questions: byScope.get(scopeKey(section.id, system.id)) ?? [],
    })),
  );
  return [...organisation, ...systems].filter((suite) => suite.questions.length > 0);
}

/**
 * JUnit XML for CI test-report views, valid against the Jenkins junit-10.xsd: the overall result
 * first (see overallSuite()), then one test case per
 * included or not-applicable question in each scope (the organisation, and every system for a
 * system-scoped section), grouped by section and system (skipped = not applicable), and a `gates`
 * suite when gates were asked for. See failureOf() for when a case fails.
 */
export const renderJunit: Reporter = (a) => {
  const words = scopeWords(a);
  const placeOf = answerPlaces(a);
  const gapOf = new Map(a.gaps.map((g) => [scopeKey(g.question, g.system), g]));
  const answerOf = gapAnswers(a);
  const byQuestion = new Map<string, { gate: GateResult; failure: GateFailure }[]>();
  for (const gate of a.gates) {
    for (const failure of gate.failures) {
      if (failure.question === null) continue;
      const key = scopeKey(failure.question, failure.system);
      const list = byQuestion.get(key);
      if (list) list.push({ gate, failure });
      else byQuestion.set(key, [{ gate, failure }]);
    }
  }
  const stops = gateStops(a);
  let tests = 0;
  let failures = 0;
  const suites = suitesOf(a).flatMap(({ section, name, id, questions }) => {
    const cases = questions.map((q) => {
      const gap = gapOf.get(scopeKey(q.id, q.system));
      const said = gap ? answerOf(gap) : undefined;
      const failure = q.status === 'not-applicable' ? null : failureOf(q, gap, said, a, byQuestion, words);
      return { failed: failure !== null, xml: testcase(q, a, gap, said, failure, words, placeOf, gap ? stops(gap) : null) };
    });
    const f = cases.filter((c) => c.failed).length;
    const s = questions.filter((q) => q.status === 'not-applicable').length;
    tests += questions.length;
    failures += f;
    const system = section.system === null ? '' : `\n      <property name="system" value="${attr(section.system)}"/>`;
    return [
      `  <testsuite name="${attr(name)}" id="${attr(id)}" tests="${questions.length}" failures="${f}" errors="0" skipped="${s}" time="0" timestamp="${a.today}T00:00:00">`,
      `    <properties>\n      <property name="score" value="${exact(section.score)}"/>\n      <property name="rating" value="${attr(section.applicable ? (section.rating?.label ?? 'not rated') : 'not applicable')}"/>${system}\n    </properties>`,
      ...cases.map((c) => c.xml),
      '  </testsuite>',
    ];
  });
  if (a.gates.length > 0) {
    const gates = gatesSuite(a);
    pushAll(suites, gates.xml);
    tests += a.gates.length;
    failures += gates.failures;
  }
  const name = `cyber-ready: ${a.questionnaire.title}${a.organisation ? ` (${a.organisation})` : ''}`;
  // junit-10.xsd allows no `skipped` on <testsuites>; the suites carry it.
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...overallSuite(a, words), ...suites, '</testsuites>', ''].join('\n');
};
