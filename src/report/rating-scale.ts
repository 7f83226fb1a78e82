// The questionnaire's rating scale in words, said once near the overall rating in every paper (and as
// the HTML chart's legend): a reader told "rated Partly ready" needs to know what Ready would take.
// From the questionnaire's own bands, whatever they are; a questionnaire need not have a band at 0,
// and then a score below every band has no rating, which the scale says too. Pure, plain text.
export interface RatingBand {
  min: number;
  label: string;
  colour: string | null;
  /** Severities no open gap may have for the band to be given (a questionnaire's `noGapsOf`). */
  noGapsOf?: readonly string[];
}

/**
 * Where a band's range ends below the next band's `min`: the whole score before it when both are whole
 * ("50 to 79"), else "under" it ("40.5 to under 79.5"), since "78.5" left 79 in no stated range.
 */
const upTo = (min: number, next: number): string => (Number.isInteger(min) && Number.isInteger(next) ? String(next - 1) : `under ${next}`);

/**
 * "Ready from 80; Partly ready from 50 to 79; Not ready below 50" (whole scores, as shown). A band
 * with `noGapsOf` says so ("95 and above, with no critical or high gap open"), and the band straight
 * below it says it may be given higher scores too: a legend of score ranges alone
 * sat beside a 98 rated "Close: fix the gaps first" as if the two disagreed.
 */
export function bandRanges(bands: RatingBand[]): { band: RatingBand; range: string }[] {
  const sorted = [...bands].sort((x, y) => y.min - x.min);
  return sorted.map((band, i) => {
    const above = sorted[i - 1];
    const scores = band.min <= 0 ? (above ? `below ${above.min}` : 'any score') : above ? `${band.min} to ${upTo(band.min, above.min)}` : `${band.min} and above`;
    const own = band.noGapsOf?.length ? `, with no ${band.noGapsOf.join(' or ')} gap open` : '';
    // Only the band straight below one that gaps can rule out is given to higher scores that way.
    const higher = above?.noGapsOf?.length ? ', or higher when open gaps rule out the band above' : '';
    return { band, range: `${scores}${own}${higher}` };
  });
}


/**
 * The scale as one sentence: "Ratings: Ready (80 and above); Partly ready (50 to 79); Not ready (below
 * 50)." A band's label may hold a colon ("Close: fix the gaps first"), so each range is in brackets
 * after it, not after another colon. Null when the questionnaire has no ratings.
 */
export function ratingScale(bands: RatingBand[]): string | null {
  const ranges = bandRanges(bands);
  const lowest = ranges.at(-1)?.band;
  if (!lowest) return null;
  const unrated = lowest.min > 0 ? ` A score below ${lowest.min} has no rating.` : '';
  return `Ratings: ${ranges.map(({ band, range }) => `${band.label} (${range})`).join('; ')}.${unrated}`;
}
