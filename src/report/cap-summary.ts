import type { Assessment } from '../scoring/assessment.js';
import { heldBandWords } from '../scoring/held-band.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { plural } from '../text/count-words.js';

/**
 * The sentence every report leads with when automatic fails hold the rating down (SPEC v2), in
 * plain text: each reporter escapes it for where it goes. Null when nothing caps the rating.
 */
export function capSummary(a: Assessment): string | null {
  const { cap, rating } = a.overall;
  if (!cap) return null;
  const n = cap.questions.length;
  const fails = plural(n, 'automatic fail');
  // A band held back by open gaps (noGapsOf) is not what the score alone gives: heldSummary says why.
  const before = heldBandWords(a.overall.score, a.ratings, a.gaps) ? 'without the cap it would be rated' : 'the score alone would rate';
  const alone = cap.uncappedRating && cap.uncappedRating.label !== rating?.label ? `; ${before} ${cap.uncappedRating.label}` : '';
  // A cap only lowers: a score below every band keeps no rating, and the fails are still named first.
  // With no score at all, saying the score reaches no band would be false: the reason is given instead.
  if (!rating && a.overall.score === null) return `No rating: ${noOverallScoreWords(a.sections).clause}, so there is no overall score, and ${fails} would cap the rating at the lowest band anyway. A waiver does not lift the cap.`;
  if (!rating) {
    const score = a.overall.score ?? 0;
    const lowest = a.ratings.at(-1);
    // The score reaches a band, but open gaps rule out the lowest (noGapsOf), where the cap would hold it.
    if (cap.uncappedRating && lowest) return `No rating: ${fails} cap${n === 1 ? 's' : ''} the rating at the lowest band, ${lowest.label}, which open gaps rule out; ${before} ${cap.uncappedRating.label}. A waiver does not lift the cap.`;
    // The score reaches bands, but open gaps rule out every one of them (noGapsOf).
    if (a.ratings.some((r) => score >= r.min)) return `No rating: open gaps rule out every band the score reaches, and ${fails} would cap it at the lowest band anyway. A waiver does not lift the cap.`;
    return `No rating: the score reaches no band, and ${fails} would cap it at the lowest band anyway. A waiver does not lift the cap.`;
  }
  return `Rating capped at ${rating.label} by ${fails}, whatever the score${alone}. A waiver does not lift the cap.`;
}

/** One blocking question in words: its text, id and answer, and whether it is waived. */
export const capQuestionLine = (q: NonNullable<Assessment['overall']['cap']>['questions'][number]): { text: string; detail: string } => ({
  text: q.text,
  // Not "accepted risk": a waived gap that caps the rating is not one (gate-stops.ts).
  detail: `answer: ${q.answer}${q.accepted ? ' (waived, but still caps the rating)' : ''}`,
});
