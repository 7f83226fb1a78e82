import type { Answers } from '../answers/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { Gap, QuestionResult, SectionResult, SystemResult } from './assessment.js';
import { rate } from './rate.js';
import { countBySeverity } from './gaps.js';
import { capRating } from './rating-cap.js';
import { scoreOfSections, type RawScores } from './section-results.js';

/**
 * One system's score: the organisation's sections with the system's own (`own`, from sectionResults'
 * bySystem), weighted as in the overall score. Used for an assessment and to check a share extract.
 */
export const systemScore = (sections: readonly SectionResult[], own: readonly SectionResult[], raw: RawScores): number | null =>
  scoreOfSections([...sections.filter((s) => s.scope === 'organisation'), ...own], raw);

/**
 * Each system's own standing (SPEC "v2: critical systems"): the organisation's sections with the
 * system's own, weighted as in the overall score, so a weak system is not hidden by a strong one.
 * Its rating is capped by an automatic fail of the organisation or of the system itself, and a band's
 * `noGapsOf` looks at the same gaps: the organisation's and the system's own.
 */
export function systemResults(
  questionnaire: Questionnaire,
  answers: Answers,
  inputs: { sections: SectionResult[]; bySystem: Map<string, SectionResult[]>; raw: RawScores; questions: QuestionResult[]; gaps: Gap[] },
): SystemResult[] {
  // Grouped once, so that a hundred systems cost a hundred times one, not ten thousand.
  const gapsOf = groupBySystem(inputs.gaps);
  const resultsOf = groupBySystem(inputs.questions.filter((q) => q.included));
  const organisationGaps = gapsOf.get(null) ?? [];
  return answers.systems.map((system) => {
    const own = inputs.bySystem.get(system.id) ?? [];
    const score = systemScore(inputs.sections, own, inputs.raw);
    const gaps = gapsOf.get(system.id) ?? [];
    // Gaps stay in priority order: the cap lists its questions highest first.
    const reach = organisationGaps.length ? [...organisationGaps, ...gaps].sort((a, b) => a.rank - b.rank) : gaps;
    const results = resultsOf.get(system.id) ?? [];
    return {
      id: system.id,
      title: system.title,
      owner: system.owner ?? null,
      file: system.ref !== undefined ? system.file : null,
      location: system.entryLocation ?? null,
      score,
      // The organisation's gaps count as its automatic fails do: a system is rated with them.
      ...capRating(rate(score, questionnaire.ratings, reach), reach, questionnaire.ratings),
      sections: own,
      summary: {
        included: results.length,
        gaps: gaps.length,
        unknown: results.filter((q) => q.status === 'unknown').length,
        unanswered: results.filter((q) => q.status === 'unanswered').length,
        bySeverity: countBySeverity(gaps),
      },
    };
  });
}

function groupBySystem<T extends { system: string | null }>(list: T[]): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of list) {
    const group = groups.get(item.system);
    if (group) group.push(item);
    else groups.set(item.system, [item]);
  }
  return groups;
}
