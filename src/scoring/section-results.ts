import type { Questionnaire } from '../questionnaire/types.js';
import type { QuestionResult, SectionResult } from './assessment.js';
import { rate, weightedPercent } from './rate.js';

/** Each section's score over its included questions; a section with none is not applicable. */
export function sectionResults(questionnaire: Questionnaire, questions: QuestionResult[]): SectionResult[] {
  let start = 0;
  // Questions are listed section by section, so each section's questions are one slice.
  return questionnaire.sections.map((section) => {
    const own = questions.slice(start, (start += section.questions.length));
    const included = own.filter((q) => q.included);
    const score = weightedPercent(included.map((q) => ({ weight: q.weight, score: q.score ?? 0 })));
    return {
      id: section.id,
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
  });
}
