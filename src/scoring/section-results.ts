import type { Questionnaire, Section } from '../questionnaire/types.js';
import type { QuestionResult, SectionResult } from './assessment.js';
import { isGap } from './gaps.js';
import { exactScore, rate, weightedPercent, weightedRaw } from './rate.js';
import { scopeKey } from './scope-key.js';

type Counts = SectionResult['counts'];

/** Each section result's score as computed, before it is kept to nine places: what scores made of it are made of (see weightedRaw). */
export type RawScores = Map<SectionResult, number>;

/**
 * What a section's score is made of: a question result, or a share extract's answer read back
 * (which has no text, answer or evidence), so that an extract's section scores are checked by these
 * rules rather than a copy of them.
 */
export type ScoredQuestion = Pick<QuestionResult, 'section' | 'system' | 'included' | 'weight' | 'score' | 'status' | 'severity'>;

/** The weighted score of sections, made of their scores as computed (see weightedRaw): the overall score, or a system's. */
export const scoreOfSections = (sections: readonly SectionResult[], raw: RawScores): number | null =>
  weightedPercent(sections.flatMap((s) => (raw.has(s) ? [{ weight: s.weight, score: (raw.get(s) as number) / 100 }] : [])));

/** One section in one scope: its score over its included questions; a section with none is not applicable. */
function sectionResult(section: Section, own: readonly ScoredQuestion[], questionnaire: Questionnaire, system: string | null, raw: RawScores): SectionResult {
  const included = own.filter((q) => q.included);
  const gaps = own.filter(isGap);
  const computed = weightedRaw(included.map((q) => ({ weight: q.weight, score: q.score ?? 0 })));
  const score = computed === null ? null : exactScore(computed);
  const result: SectionResult = {
    id: section.id,
    system,
    scope: section.scope,
    title: section.title,
    weight: section.weight,
    applicable: included.length > 0,
    score,
    rating: rate(score, questionnaire.ratings, gaps),
    counts: {
      questions: own.length,
      included: included.length,
      gaps: gaps.length,
      unknown: own.filter((q) => q.status === 'unknown').length,
      unanswered: included.filter((q) => q.status === 'unanswered').length,
      notApplicable: own.filter((q) => q.status === 'not-applicable').length,
    },
  };
  if (computed !== null) raw.set(result, computed);
  return result;
}

/**
 * A system-scoped section across systems (SPEC "v2: critical systems"): its score is the mean of the
 * systems' scores, each system counting equally whatever its number of applicable questions; a system
 * where it does not apply is left out. Counts are summed over systems. Its rating's `noGapsOf` looks at
 * the section's gaps in every system (`questions`, every system's), as its score is made of them all.
 */
function acrossSystems(section: Section, perSystem: SectionResult[], questions: readonly ScoredQuestion[], questionnaire: Questionnaire, raw: RawScores): SectionResult {
  const scored = perSystem.flatMap((s) => (raw.has(s) ? [raw.get(s) as number] : []));
  const computed = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  const score = computed === null ? null : exactScore(computed);
  const counts = perSystem.reduce<Counts>(
    (sum, s) => ({
      questions: sum.questions + s.counts.questions,
      included: sum.included + s.counts.included,
      gaps: sum.gaps + s.counts.gaps,
      unknown: sum.unknown + s.counts.unknown,
      unanswered: sum.unanswered + s.counts.unanswered,
      notApplicable: sum.notApplicable + s.counts.notApplicable,
    }),
    { questions: 0, included: 0, gaps: 0, unknown: 0, unanswered: 0, notApplicable: 0 },
  );
  const result: SectionResult = { id: section.id, system: null, scope: 'system', title: section.title, weight: section.weight, applicable: score !== null, score, rating: rate(score, questionnaire.ratings, questions.filter(isGap)), counts };
  if (computed !== null) raw.set(result, computed);
  return result;
}

/**
 * Each section's result: an organisation section once; a system section once per system (in
 * `bySystem`) and once across systems (in `sections`, which the overall score is made of).
 */
export function sectionResults(questionnaire: Questionnaire, questions: readonly ScoredQuestion[], systems: readonly string[]): { sections: SectionResult[]; bySystem: Map<string, SectionResult[]>; raw: RawScores } {
  const raw: RawScores = new Map();
  const grouped = new Map<string, ScoredQuestion[]>();
  for (const q of questions) {
    const key = scopeKey(q.section, q.system);
    const list = grouped.get(key);
    if (list) list.push(q);
    else grouped.set(key, [q]);
  }
  const bySystem = new Map<string, SectionResult[]>(systems.map((id) => [id, []]));
  const sections = questionnaire.sections.map((section) => {
    if (section.scope === 'organisation' || !questionnaire.systemScoped) return sectionResult(section, grouped.get(section.id) ?? [], questionnaire, null, raw);
    const own = systems.map((id) => grouped.get(scopeKey(section.id, id)) ?? []);
    const perSystem = systems.map((id, i) => {
      const result = sectionResult(section, own[i] ?? [], questionnaire, id, raw);
      bySystem.get(id)?.push(result);
      return result;
    });
    return acrossSystems(section, perSystem, own.flat(), questionnaire, raw);
  });
  return { sections, bySystem, raw };
}
