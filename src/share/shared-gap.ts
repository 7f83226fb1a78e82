import type { SharedAnswer } from './types.js';

/**
 * Whether an extract's answer is a gap, read from its own fields: it counts (it is not "not
 * applicable") and its score falls short of full marks. This is isGap (scoring/gaps.ts) for an
 * extract, which has no `included`: an answer that does not count has a null score.
 */
export const isSharedGap = (answer: Pick<SharedAnswer, 'status' | 'score'>): boolean => answer.status !== 'not-applicable' && answer.score !== null && answer.score < 1;
