// A `--review-stale` walk asks a few answers spread over the questionnaire; its progress counts
// those (each past review, and each question still open, that applies), not the whole
// questionnaire, which read "Question 104 of 135" with three to review.
import type { Question } from '../questionnaire/types.js';
import { pastReview } from './past-review.js';
import type { Answer } from './types.js';

/** Whether a question still waits for an answer: none saved, or an outcome with statements still open. */
export const isOpen = (saved: Answer | undefined): boolean => saved === undefined || (saved.outcome !== undefined && !saved.outcome.complete);

/** A step of the walk as the count sees it: a question in a scope (the organisation, -1, or a system). */
interface CountedStep {
  scope: number;
  question: Question;
}

export interface ReviewCountOf<S extends CountedStep> {
  /** Count the steps from index `from` on (the walk's, as it starts, or those of systems it adds). */
  count(steps: readonly S[], from?: number): void;
  /**
   * Where the step at `index` stands among the answers to review, in the questionnaire's order.
   * `due`: it is asked on its own account (past review, or open), so one that came to apply during
   * the walk (a follow-up) is counted in where it stands; undefined for a step asked only because
   * the walk went back to it, which is not one to review.
   */
  at(index: number, due: boolean): { position: number; total: number } | undefined;
}

/**
 * The answers a `--review-stale` walk asks, by their places in the walk's steps; undefined for any
 * other walk. `answersOf` gives a scope's saved answers and `appliesIn` which questions apply in it
 * (asked once per scope per count).
 */
export function reviewCount<S extends CountedStep>(today: string | undefined, answersOf: (scope: number) => Map<string, Answer>, appliesIn: (scope: number) => Map<string, boolean>): ReviewCountOf<S> | undefined {
  if (today === undefined) return undefined;
  // Step indices, in order: a position never goes down as the walk moves forward.
  const counted: number[] = [];
  return {
    count(steps, from = 0) {
      const applies = new Map<number, Map<string, boolean>>();
      steps.forEach((step, index) => {
        if (index < from) return;
        const saved = answersOf(step.scope).get(step.question.id);
        if (!pastReview(saved, today) && !isOpen(saved)) return;
        if (!applies.has(step.scope)) applies.set(step.scope, appliesIn(step.scope));
        if (applies.get(step.scope)?.get(step.question.id)) counted.push(index);
      });
    },
    at(index, due) {
      if (!counted.includes(index)) {
        if (!due) return undefined;
        counted.push(index);
        counted.sort((a, b) => a - b);
      }
      return { position: counted.indexOf(index) + 1, total: counted.length };
    },
  };
}
