import type { QuestionResult } from './assessment.js';

/**
 * Questions left unanswered that count in a score, counted per (question, system) as `trend` and
 * `diff` give them: each scores 0, but for those in `partlyAnswered`, outcomes whose indicators are
 * partly answered and score the status those give so far (SPEC "v2: questions answered by indicators").
 */
export interface UnansweredCount {
  unanswered: number;
  partlyAnswered: number;
}

/** How many of these results are unanswered and count in the score, and how many of those score above 0. */
export function countUnanswered(questions: readonly QuestionResult[]): UnansweredCount {
  const unanswered = questions.filter((q) => q.status === 'unanswered' && q.included);
  return { unanswered: unanswered.length, partlyAnswered: unanswered.filter((q) => (q.score ?? 0) > 0).length };
}
