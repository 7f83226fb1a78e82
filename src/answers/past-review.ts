// When an answer is stale (SPEC "Scoring": its `reviewBy` is before the day judged on), said once
// for the scoring that marks it and the walk that asks it again (`--review-stale`).
import type { Answer } from './types.js';

/** Whether `answer` is past its review date on `today` (a date equal to today is not). */
export const pastReview = (answer: Answer | undefined, today: string): answer is Answer & { reviewBy: string } => answer?.reviewBy !== undefined && answer.reviewBy < today;
