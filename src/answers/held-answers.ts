import type { Answer } from './types.js';

/**
 * The answers a file holds, as a resumed walk counts them: an outcome with statements still to
 * confirm is not an answer yet (validate and the progress line count it so), and is counted apart.
 */
export function heldAnswers(held: Iterable<ReadonlyMap<string, Answer>>): { given: number; partly: number } {
  const tally = { given: 0, partly: 0 };
  for (const answers of held) {
    for (const answer of answers.values()) {
      if (answer.outcome?.complete === false) tally.partly++;
      else tally.given++;
    }
  }
  return tally;
}
