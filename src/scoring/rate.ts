import type { GapSeverity, Rating } from '../questionnaire/types.js';
import type { RatingResult } from './assessment.js';

/** Anything with a severity that is a gap: a Gap, or an included question scoring below 1. */
type OpenGap = { readonly severity: GapSeverity };

/** Whether a band's `noGapsOf` holds: none of the open gaps has one of its severities (a waived gap is still open). */
export const bandHolds = (band: Pick<Rating, 'noGapsOf'>, open: ReadonlySet<GapSeverity>): boolean => !band.noGapsOf?.some((s) => open.has(s));

/** The severities of the gaps in a scope, for bandHolds. */
export const openSeverities = (gaps: readonly OpenGap[]): Set<GapSeverity> => new Set(gaps.map((g) => g.severity));

/**
 * The first band of `ratings` whose `min` the score reaches and whose `noGapsOf` holds for `gaps`,
 * the gaps of the scope rated (every included question scoring below 1, waived or not).
 */
export function rate(score: number | null, ratings: readonly Rating[], gaps: readonly OpenGap[] = []): RatingResult | null {
  if (score === null) return null;
  const open = openSeverities(gaps);
  const band = ratings.find((r) => score >= r.min && bandHolds(r, open));
  return band ? { label: band.label, colour: band.colour ?? null } : null;
}

/**
 * A 0-100 score kept to nine decimal places. Binary fractions are not exact: 0.29 × 100 is
 * 28.999999999999996, which every report rounds down to 28 and which fails --min-score 29 although
 * the score is 29. Nine places are far finer than any weight or option score a questionnaire writes.
 */
export const exactScore = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * Σ(weight × score) / Σ(weight) × 100 as computed, or null when nothing carries weight. A score made
 * of other scores (a section's mean over systems, the overall score) is made of these, and only the
 * result is kept to nine places: kept to nine places on the way as well, a mean of 50 and
 * 83.333333333 made 72.5 overall come out as 72.499999999, which failed --min-score 72.5.
 */
export function weightedRaw(items: { weight: number; score: number }[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { weight, score } of items) {
    total += weight;
    sum += weight * score;
  }
  return total > 0 ? (sum / total) * 100 : null;
}

/** Σ(weight × score) / Σ(weight) × 100 kept to nine places (exactScore), or null when nothing carries weight. */
export function weightedPercent(items: { weight: number; score: number }[]): number | null {
  const raw = weightedRaw(items);
  return raw === null ? null : exactScore(raw);
}

/**
 * A score in a gate message, rounded down like every shown score (SPEC "Scoring"), to as many
 * decimals as the threshold has: "54 is below 55", and for --min-score 43.75 "43.75 meets 43.75"
 * (one decimal would print "43.7 meets 43.75", which reads as a contradiction).
 */
export function showScoreFor(n: number, threshold: number): string {
  const places = String(threshold).split('.')[1]?.length ?? 0;
  const scale = 10 ** places;
  return String(Math.floor(exactScore(n * scale)) / scale);
}
