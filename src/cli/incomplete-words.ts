import type { Assessment } from '../scoring/assessment.js';
import { countUnanswered } from '../scoring/unanswered-count.js';

/**
 * How --allow-incomplete scores the unanswered questions of this assessment, in words to follow
 * "score them" or "scored": with no answer a question scores 0, but an outcome whose indicators are
 * only partly answered scores the status they give so far (SPEC "v2: questions answered by
 * indicators"), which "as 0" would misstate.
 */
export function incompleteScoring(assessment: Pick<Assessment, 'questions'>): string {
  const { unanswered, partlyAnswered: partly } = countUnanswered(assessment.questions);
  if (partly === 0) return 'as 0';
  if (partly === unanswered) return `by the status ${partly === 1 ? 'its' : 'their'} answered indicators give`;
  return 'as they stand (a partly answered outcome by the status its answered indicators give, the others as 0)';
}
