import { exactScore } from '../scoring/rate.js';

/**
 * The statistics of a benchmark, by one named method each, so that a forum can check them by hand
 * or in a spreadsheet:
 * - quantiles by linear interpolation between order statistics, Hyndman and Fan's definition 7
 *   (R's default `quantile(type = 7)`, numpy's default, Excel's QUARTILE.INC): for sorted values
 *   x[0..n-1] and p in [0, 1], h = (n - 1)p, and the quantile is x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]);
 * - the percentile rank of a value in a group that includes it: 100 × (below + equal / 2) / n, where
 *   `below` counts the values under it and `equal` those equal to it (itself included), so the
 *   lowest of ten distinct values is at 5, the highest at 95, and a group that all score the same
 *   puts everyone at 50.
 */
export interface Distribution {
  n: number;
  median: number;
  /** Lower quartile (25th percentile). */
  q1: number;
  /** Upper quartile (75th percentile). */
  q3: number;
  min: number;
  max: number;
}

/** The p-quantile (0 <= p <= 1) of values sorted ascending, by definition 7; NaN for no values. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo] as number;
  return low + (h - lo) * ((sorted[hi] as number) - low);
}

const ascending = (a: number, b: number): number => a - b;

/**
 * Median, quartiles and range of the scores; null when there are none. Each quantile is kept to nine
 * places, as the scores are (exactScore): scores of a third, 33.333333333 in an extract, put the
 * upper quartile of [0, 0, 0, 0, ⅓, ⅓] at 24.99999999975, which every report rounds down to 24.
 */
export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(ascending);
  return {
    n: sorted.length,
    median: exactScore(quantileSorted(sorted, 0.5)),
    q1: exactScore(quantileSorted(sorted, 0.25)),
    q3: exactScore(quantileSorted(sorted, 0.75)),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/** The percentile rank (0-100) of `value` among `values`, which include it; NaN for no values. */
export function percentileRank(value: number, values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below += 1;
    else if (v === value) equal += 1;
  }
  return (100 * (below + equal / 2)) / values.length;
}
