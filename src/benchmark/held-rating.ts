import type { Rating } from '../questionnaire/types.js';
import { ratingScale } from '../report/rating-scale.js';
import { listWords } from '../text/list-words.js';
import type { BenchmarkResult } from './types.js';
import { ownRatingWords, score } from './words.js';

/**
 * Why the highlighted council's rating is below the band its score reaches, in as much as its
 * extract says (SPEC "v2: sharing"): an extract holds the score, the rating and the count of
 * automatic fails, never the gaps. Automatic fails are said by ownRatingWords. Without them, what
 * holds a band is its `noGapsOf` (SPEC "v2: ratings"): its rule is said, not which gap is open,
 * which the extract cannot tell. Null when the rating is the score's own band, when no automatic
 * fail or band rule can be named, or when the questionnaire's bands are not at hand.
 */
export function heldRatingWords(result: BenchmarkResult, ratings: readonly Rating[] | null): string | null {
  const own = result.overall.highlight;
  if (!ratings?.length || result.highlighted === null || !own || own.score === null || own.rating === null || own.automaticFails > 0) return null;
  const bands = [...ratings].sort((a, b) => b.min - a.min);
  const reached = bands.findIndex((b) => (own.score ?? 0) >= b.min);
  const given = bands.findIndex((b) => b.label === own.rating);
  // A rating above the score's band, or one this questionnaire does not have, is not for us to explain.
  if (reached < 0 || given <= reached) return null;
  const passed = bands.slice(reached, given);
  const rules = passed.filter((b) => b.noGapsOf?.length).map((b) => `${b.label} also needs no ${listWords(b.noGapsOf ?? [], 'or')} gap open`);
  const top = passed[0] as Rating;
  const why = rules.length ? `: ${listWords(rules, 'and')}, so at least one is open (the extract does not say which)` : '; the extract does not say why';
  return `${result.highlighted} is rated ${own.rating} although its score, ${score(own.score)}, is in the ${top.label} band${why}.`;
}

/** The questionnaire's scale, said beside the highlighted council's rating as the assess papers say it; null without a rating to read it by. */
export function highlightedScale(result: BenchmarkResult, ratings: readonly Rating[] | null): string | null {
  if (!ratings?.length || result.highlighted === null || !result.overall.highlight || result.overall.highlight.rating === null) return null;
  return ratingScale(ratings.map((r) => ({ min: r.min, label: r.label, colour: r.colour ?? null, ...(r.noGapsOf ? { noGapsOf: r.noGapsOf } : {}) })));
}

/** The lines under the section table on the highlighted council's rating: its rating and why it is held, then the scale. */
export function ownRatingLines(result: BenchmarkResult, ratings: readonly Rating[] | null): string[] {
  return [heldRatingWords(result, ratings) ?? ownRatingWords(result), highlightedScale(result, ratings)].filter((w): w is string => w !== null);
}
