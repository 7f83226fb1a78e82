import type { AssessedPeriod, LabelledExtract } from './types.js';

/**
 * How old an assessment may be beside the newest in a benchmark before it is said to be out of
 * date: a year, the cycle most councils re-assess on. Older ones still count (a forum may have no
 * newer return), with a warning and a note in the report.
 */
export const STALE_AFTER_MONTHS = 12;

export function assessedPeriod(inputs: readonly LabelledExtract[]): AssessedPeriod {
  const months = inputs.map((x) => x.extract.assessedOn).sort();
  return { from: months[0] ?? '', to: months.at(-1) ?? '' };
}

/** Whole months from `a` to `b` (YYYY-MM each). */
export function monthsBetween(a: string, b: string): number {
  const count = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return count(b) - count(a);
}

/** The inputs assessed more than STALE_AFTER_MONTHS before the newest of them. */
export const staleInputs = <T extends LabelledExtract>(inputs: readonly T[]): T[] => {
  const { to } = assessedPeriod(inputs);
  return inputs.filter((x) => monthsBetween(x.extract.assessedOn, to) > STALE_AFTER_MONTHS);
};

/** "assessed between 2024-09 and 2026-11", or "all assessed in 2026-11". */
export const periodWords = (p: AssessedPeriod): string => (p.from === p.to ? `all assessed in ${p.from}` : `assessed between ${p.from} and ${p.to}`);
