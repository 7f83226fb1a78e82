import type { Distribution } from './stats.js';
import type { Highlight } from './types.js';

/**
 * "the highest" ("level with the highest", "the lowest"…), said beside the highlighted council's
 * overall percentile where no council scores above it (or below it): a percentile counts ties as half (SPEC, stats.ts), so the top
 * council of 30 is at the 98th, and a lay reader takes that to mean someone scored higher. From the
 * figures the result already holds: the distribution's ends, and the percentile, which gives how
 * many share the score at an end (the highest of n, e of them level, is at 100 × (1 − e / 2n)).
 * Null where the council is at neither end, or its place is not given.
 */
export function endWords(h: Highlight | undefined, stats: Distribution | null): string | null {
  if (!h || h.score === null || h.percentile === null || !stats || stats.n < 2) return null;
  if (stats.min === stats.max) return 'level with every council';
  if (h.score >= stats.max) return Math.round(2 * stats.n * (1 - h.percentile / 100)) > 1 ? 'level with the highest' : 'the highest';
  if (h.score <= stats.min) return Math.round((2 * stats.n * h.percentile) / 100) > 1 ? 'level with the lowest' : 'the lowest';
  return null;
}
