import type { GapSeverity, Rating } from '../questionnaire/types.js';
import type { Gap, RatingCap, RatingResult } from './assessment.js';
import { bandHolds, openSeverities } from './rate.js';

/**
 * SPEC v2 "automatic fails": a gap on any blocking question holds the overall rating at the lowest
 * band of `ratings`, whatever the score. A waiver does not lift the cap: accepting a risk does not
 * change whether a certifier would fail it (the waiver still counts for --fail-on). The cap is
 * reported even when the score alone already earns the lowest band, so that a reader learns of the
 * automatic fails before anything else. A cap only ever lowers: when the score reaches no band at all
 * (a questionnaire whose lowest band starts above 0), the rating stays none, and so it does when the
 * lowest band's own `noGapsOf` rules it out: the cap gives that band or nothing, never a band its
 * conditions refuse. Section ratings are never capped.
 */
export function capRating(rating: RatingResult | null, gaps: readonly Gap[], ratings: readonly Rating[]): { rating: RatingResult | null; cap: RatingCap | null } {
  const blocking = gaps.filter((g) => g.blocking);
  if (!blocking.length || !ratings.length) return { rating, cap: null };
  return {
    rating: heldRating(rating, true, ratings, gaps),
    cap: {
      uncappedRating: rating,
      questions: blocking.map((g) => ({ question: g.question, system: g.system, text: g.text, answer: g.answer, accepted: g.accepted })),
    },
  };
}

/**
 * The rating after the cap: the lowest band when an automatic fail holds it there, unless the score
 * reaches none, or the lowest band's `noGapsOf` names a severity of the scope's open `gaps`: then none.
 */
export function heldRating(rating: RatingResult | null, held: boolean, ratings: readonly Rating[], gaps: readonly { severity: GapSeverity }[]): RatingResult | null {
  const lowest = ratings.at(-1);
  if (!held || !lowest || rating === null) return rating;
  if (!bandHolds(lowest, openSeverities(gaps))) return null;
  return { label: lowest.label, colour: lowest.colour ?? null };
}
