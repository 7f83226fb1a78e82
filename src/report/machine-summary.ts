// The parts of an assessment that JUnit and SARIF have no element of their own for: the header and
// the lists beside the gaps. SPEC "Reports": every format carries the same assessment, so these two
// carry them too, as properties for tools and (in JUnit) as words for the people reading a CI view.
import type { Assessment, ScopeId } from '../scoring/assessment.js';
import { groupLabel } from './framework-labels.js';
import { roundScore } from './round-score.js';
import { countNoun } from '../text/plural-noun.js';

/** The report's header as name and value pairs, in the order the markdown paper gives them; absent values are left out. */
export function headerProperties(a: Assessment): [string, string][] {
  const pairs: [string, string | null][] = [
    ['questionnaire', a.questionnaire.id],
    ['questionnaireVersion', a.questionnaire.version],
    ['questionnaireTitle', a.questionnaire.title],
    ['organisation', a.organisation],
    ['assessor', a.assessor],
    ['assessedOn', a.assessedOn],
    ['judgedOn', a.today],
    ['answersFile', a.answersFile],
    ['tool', `${a.tool.name} ${a.tool.version}`],
  ];
  return pairs.filter((p): p is [string, string] => p[1] !== null && p[1] !== '');
}

/** The header in words, for readers of a CI test view. */
export function headerLines(a: Assessment): string[] {
  const who = [a.organisation, a.assessor ? `assessed by ${a.assessor}` : null, a.assessedOn ? `on ${a.assessedOn}` : null].filter(Boolean).join(', ');
  return [
    `Questionnaire: ${a.questionnaire.title} (${a.questionnaire.id} ${a.questionnaire.version})`,
    ...(who ? [`Assessment: ${who}`] : []),
    `Waivers and review dates judged on ${a.today} · ${a.tool.name} ${a.tool.version}`,
  ];
}

const scoped = (question: string, system: ScopeId): string => (system === null ? question : `${question} (${system})`);

/**
 * Don't-know answers, answers that do not apply, answers past their review date, expired waivers,
 * profile results and scores by framework, one line each (or a heading and one line per item), in
 * the order `--detail` gives them. Empty lists are left out.
 */
export function listLines(a: Assessment): string[] {
  const out: string[] = [];
  const list = (heading: string, items: string[]): void => {
    if (items.length) out.push(`${heading} (${items.length}):`, ...items.map((i) => `- ${i}`));
  };
  list("Don't know", a.unknowns.map((u) => scoped(u.question, u.system)));
  list('Not applicable', a.notApplicable.map((n) => `${scoped(n.question, n.system)}: ${n.by === 'answer' ? (n.reason ?? '') : 'does not apply, given earlier answers'}`));
  list('Past review date', a.stale.map((s) => `${scoped(s.question, s.system)}: review was due by ${s.reviewBy}`));
  list('Expired waivers', a.expiredWaivers.map((w) => `${scoped(w.question, w.system)}: expired on ${w.expires}`));
  list('Profiles', a.profiles.map((p) => `${p.title} (${p.id}): ${p.passed ? 'met' : 'not met'}, ${p.met} of ${countNoun(p.total, 'requirement')}`));
  for (const fw of a.frameworks) list(`By framework: ${fw.title}`, fw.groups.map((g) => `${groupLabel(g.id, g.title)}: ${roundScore(g.score)}`));
  return out;
}

/** The same as data, for the SARIF run's property bag (scores exact, as in the JSON report). */
export function listProperties(a: Assessment): Record<string, unknown> {
  return {
    gates: a.gates.map((g) => ({ id: g.id, title: g.title, passed: g.passed, summary: g.summary })),
    sections: a.sections.map((s) => ({ id: s.id, title: s.title, score: s.score, rating: s.rating?.label ?? null, applicable: s.applicable })),
    unknowns: a.unknowns,
    notApplicable: a.notApplicable.map((n) => ({ question: n.question, system: n.system, by: n.by, reason: n.reason })),
    stale: a.stale.map((s) => ({ question: s.question, system: s.system, reviewBy: s.reviewBy })),
    expiredWaivers: a.expiredWaivers.map((w) => ({ question: w.question, system: w.system, expires: w.expires })),
    profiles: a.profiles.map((p) => ({ id: p.id, title: p.title, passed: p.passed, met: p.met, total: p.total })),
    frameworks: a.frameworks.map((f) => ({ id: f.id, title: f.title, groups: f.groups.map((g) => ({ id: g.id, title: g.title, score: g.score })) })),
  };
}
