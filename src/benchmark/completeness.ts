import type { ShareExtract } from '../share/types.js';
import { countNoun } from '../text/plural-noun.js';

/**
 * How much of an extract was answered, counting only the answers that go into a score (those with
 * a score: scored, and applicable), one per question and system. A "don't know" is an answer.
 */
export interface Completeness {
  scored: number;
  /** Scored answers with status "unanswered": they count as 0 in every score. */
  unanswered: number;
  /** Whether an unanswered outcome scores more than 0 by the indicators answered so far. */
  partlyScored: boolean;
}

export function completenessOf(extract: ShareExtract): Completeness {
  let scored = 0;
  let unanswered = 0;
  let partlyScored = false;
  for (const a of extract.answers) {
    if (a.score === null) continue;
    scored += 1;
    if (a.status !== 'unanswered') continue;
    unanswered += 1;
    if (a.score > 0) partlyScored = true;
  }
  return { scored, unanswered, partlyScored };
}

/**
 * An extract with no scored question answered is no assessment: `share` makes one from an answers
 * file with no answers, and counted it would make up the minimum group while every figure came from
 * the others (three councils and two blank extracts passed a minimum group of five).
 */
export const isBlank = (extract: ShareExtract): boolean => {
  const { scored, unanswered } = completenessOf(extract);
  return unanswered === scored;
};

/** "12 of 84 scored questions unanswered; they count as 0", or null when every one was answered. */
export function unansweredWords(c: Completeness): string | null {
  if (c.unanswered === 0) return null;
  const partly = c.partlyScored ? ' (an outcome, by the indicators answered so far)' : '';
  return `${c.unanswered} of ${countNoun(c.scored, 'scored question')} unanswered; ${c.unanswered === 1 ? 'it counts' : 'they count'} as 0${partly}`;
}
