import type { Questionnaire, Section } from '../questionnaire/types.js';
import type { QuestionResult, SectionResult } from './assessment.js';
import { exactScore, rate, weightedPercent } from './rate.js';
import { scopeKey } from './scope-key.js';

type Counts = SectionResult['counts'];

/** One section in one scope: its score over its included questions; a section with none is not applicable. */
function sectionResult(section: Section, own: QuestionResult[], questionnaire: Questionnaire, system: string | null): SectionResult {
  const included = own.filter((q) => q.included);
  const score = weightedPercent(included.map((q) => ({ weight: q.weight, score: q.score ?? 0 })));
  return {
    id: section.id,
    system,
    scope: section.scope,
    title: section.title,
    weight: section.weight,
    applicable: included.length > 0,
    score,
    rating: rate(score, questionnaire.ratings),
    counts: {
      questions: own.length,
      included: included.length,
      gaps: included.filter((q) => (q.score ?? 0) < 1).length,
      unknown: own.filter((q) => q.status === 'unknown').length,
      unanswered: included.filter((q) => q.status === 'unanswered').length,
      notApplicable: own.filter((q) => q.status === 'not-applicable').length,
    },
  };
}

/**
 * A system-scoped section across systems (SPEC "v2: critical systems"): its score is the mean of the
 * systems' scores, each system counting equally whatever its number of applicable questions; a system
 * where it does not apply is left out. Counts are summed over systems.
 */
function acrossSystems(section: Section, perSystem: SectionResult[], questionnaire: Questionnaire): SectionResult {
  const scored = perSystem.filter((s) => s.score !== null).map((s) => s.score as number);
  const score = scored.length ? exactScore(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
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
  return { id: section.id, system: null, scope: 'system', title: section.title, weight: section.weight, applicable: score !== null, score, rating: rate(score, questionnaire.ratings), counts };
}

/**
 * Each section's result: an organisation section once; a system section once per system (in
 * `bySystem`) and once across systems (in `sections`, which the overall score is made of).
 */
export function sectionResults(questionnaire: Questionnaire, questions: QuestionResult[], systems: string[]): { sections: SectionResult[]; bySystem: Map<string, SectionResult[]> } {
  const grouped = new Map<string, QuestionResult[]>();
  for (const q of questions) {
    const key = scopeKey(q.section, q.system);
    const list = grouped.get(key);
    if (list) list.push(q);
    else grouped.set(key, [q]);
  }
  const bySystem = new Map<string, SectionResult[]>(systems.map((id) => [id, []]));
  const sections = questionnaire.sections.map((section) => {
    if (section.scope === 'organisation' || !questionnaire.systemScoped) return sectionResult(section, grouped.get(section.id) ?? [], questionnaire, null);
    const perSystem = systems.map((id) => {
      const result = sectionResult(section, grouped.get(scopeKey(section.id, id)) ?? [], questionnaire, id);
      bySystem.get(id)?.push(result);
      return result;
    });
    return acrossSystems(section, perSystem, questionnaire);
  });
  return { sections, bySystem };
}
