// The special choices of a list (don't know, not applicable, skip, back) as replies, and which one
// keeps a saved status in a review. For the redrawing prompts (prompter.ts).
import type { Question } from '../questionnaire/types.js';
import { BACK, NOT_APPLICABLE, SKIP, UNKNOWN } from './choice-values.js';
import type { AskContext, Reply } from './prompter-types.js';

/** The reply a special choice stands for; undefined for an option's own value. */
export const special = (value: string): Reply | undefined =>
  value === UNKNOWN ? { kind: 'unknown' } : value === NOT_APPLICABLE ? { kind: 'not-applicable' } : value === SKIP ? { kind: 'skip' } : value === BACK ? { kind: 'back' } : undefined;

/**
 * The choice that keeps a saved "don't know" or "not applicable" (when the question still allows it),
 * the default wherever the saved answer is.
 */
export const keptStatus = (question: Question, previous: AskContext['previous']): string | undefined =>
  previous?.status === 'unknown' ? UNKNOWN : previous?.status === 'not-applicable' && question.allowNotApplicable ? NOT_APPLICABLE : undefined;
