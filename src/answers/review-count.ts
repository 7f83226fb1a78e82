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
  /** Count the steps given (the walk's, as it starts, or those of systems it adds). */
  count(steps: readonly S[]): void;
  /** Where `step` stands among the answers to review, counting it in if it was not (a question asked again after a back). */
  at(step: S): { position: number; total: number } | undefined;
}

/**
 * The answers a `--review-stale` walk asks, in the order met; undefined for any other walk. `answersOf`
 * gives a scope's saved answers and `appliesIn` which questions apply in it (asked once per scope per count).
 */
export function reviewCount<S extends CountedStep>(today: string | undefined, keyOf: (step: S) => string, answersOf: (scope: number) => Map<string, Answer>, appliesIn: (scope: number) => Map<string, boolean>): ReviewCountOf<S> | undefined {
  if (today === undefined) return undefined;
  const keys: string[] = [];
  return {
    count(steps) {
      const applies = new Map<number, Map<string, boolean>>();
      for (const step of steps) {
        const saved = answersOf(step.scope).get(step.question.id);
        if (!pastReview(saved, today) && !isOpen(saved)) continue;
        if (!applies.has(step.scope)) applies.set(step.scope, appliesIn(step.scope));
        if (applies.get(step.scope)?.get(step.question.id)) keys.push(keyOf(step));
      }
    },
    at(step) {
      const key = keyOf(step);
      if (!keys.includes(key)) keys.push(key);
      return { position: keys.indexOf(key) + 1, total: keys.length };
    },
  };
}
