import type { Rating } from '../questionnaire/types.js';
import type { RatingResult } from './assessment.js';

/** The first band of `ratings` whose `min` the score reaches. */
export function rate(score: number | null, ratings: Rating[]): RatingResult | null {
  if (score === null) return null;
  const band = ratings.find((r) => score >= r.min);
  return band ? { label: band.label, colour: band.colour ?? null } : null;
}

/** Σ(weight × score) / Σ(weight) × 100, or null when nothing carries weight. */
export function weightedPercent(items: { weight: number; score: number }[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { weight, score } of items) {
    total += weight;
    sum += weight * score;
  }
  return total > 0 ? (sum / total) * 100 : null;
}

/**
 * Gate messages show the score to one decimal where rounding to a whole number would hide why a
 * gate failed, rounded down like every shown score (SPEC "Scoring"): rounding 54.96 up would print
 * "55 is below 55".
 */
export const showScoreDown = (n: number): string => String(Math.floor(n * 10) / 10);
