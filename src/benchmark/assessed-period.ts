import type { AssessedPeriod, LabelledExtract } from './types.js';

/**
 * How old an assessment may be beside the newest in a benchmark before it is said to be out of
 * date: a year, the cycle most councils re-assess on. Older ones still count (a forum may have no
 * newer return), with a warning and a note in the report.
 */
export const STALE_AFTER_MONTHS = 12;

/**
 * The first and last months assessed, of those not after `thisMonth`: a month still to come (a
 * mistyped 2062 for 2026) is no end of the months a forum's figures come from, and said apart, in
 * `future`. Were every month still to come, the range is of them all, as there is no other.
 */
export function assessedPeriod(inputs: readonly LabelledExtract[], thisMonth?: string): AssessedPeriod {
  const future = futureInputs(inputs, thisMonth);
  const dated = inputs.filter((x) => !future.includes(x));
  const months = (dated.length ? dated : inputs).map((x) => x.extract.assessedOn).sort();
  const later = dated.length ? future.map((x) => x.extract.assessedOn).sort() : [];
  return { from: months[0] ?? '', to: months.at(-1) ?? '', ...(later.length ? { future: later } : {}) };
}

/** Whole months from `a` to `b` (YYYY-MM each). */
export function monthsBetween(a: string, b: string): number {
  const count = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return count(b) - count(a);
}

/**
 * The inputs assessed in a month after `thisMonth` (YYYY-MM, the month of the day the benchmark is
 * made on): still to come, so most likely a mistyped year (2062 for 2026).
 */
export const futureInputs = <T extends LabelledExtract>(inputs: readonly T[], thisMonth: string | undefined): T[] =>
  thisMonth === undefined ? [] : inputs.filter((x) => x.extract.assessedOn > thisMonth);

/**
 * The newest month assessed, of those not after `thisMonth`: a month still to come is no measure of
 * how old the others are (one mistyped 2062-11 put every other council "more than 12 months" behind).
 * Empty when there is none.
 */
export function newestAssessed(inputs: readonly LabelledExtract[], thisMonth: string | undefined): string {
  const future = new Set(futureInputs(inputs, thisMonth));
  return assessedPeriod(inputs.filter((x) => !future.has(x)), thisMonth).to;
}

/** The inputs assessed more than STALE_AFTER_MONTHS before the newest of them (newestAssessed). */
export const staleInputs = <T extends LabelledExtract>(inputs: readonly T[], thisMonth: string | undefined): T[] => {
  const to = newestAssessed(inputs, thisMonth);
  return to === '' ? [] : inputs.filter((x) => monthsBetween(x.extract.assessedOn, to) > STALE_AFTER_MONTHS);
};

/**
 * "assessed between 2024-09 and 2026-11", or "all assessed in 2026-11"; with a month still to come,
 * "assessed between 2026-09 and 2026-10 but for one dated 2062-09, after the month this benchmark was made".
 */
export function periodWords(p: AssessedPeriod): string {
  const future = p.future ?? [];
  if (!future.length) return p.from === p.to ? `all assessed in ${p.from}` : `assessed between ${p.from} and ${p.to}`;
  const range = p.from === p.to ? `assessed in ${p.from}` : `assessed between ${p.from} and ${p.to}`;
  const more = future.length === 1 ? `one dated ${future[0]}` : `${future.length} dated ${[...new Set(future)].join(', ')}`;
  return `${range} but for ${more}, after the month this benchmark was made`;
}
