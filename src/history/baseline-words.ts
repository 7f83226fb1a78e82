import type { Trend, TrendVersion } from './types.js';

/** The versions committed on or after --since (all of them without it): the baseline is not one. */
export const sinceVersions = (trend: Trend): TrendVersion[] => trend.versions.filter((v) => !v.baseline);

/** What a reader is told of the baseline version, after its commit: when it was in force and why it is shown. */
export const baselineWords = (trend: Trend, v: TrendVersion): string => `in force on ${trend.since ?? v.date} (committed ${v.date}): the starting point the later versions are measured from`;

/**
 * How many versions the trend shows, in words: "4 committed versions from 2025-06-12 to 2026-11-20",
 * or with --since "the version in force on 2026-04-01 and 2 committed since (2026-05-10 to
 * 2026-07-10)". Null when there is no version at all.
 */
export function versionCount(trend: Trend): string | null {
  const shown = sinceVersions(trend);
  const first = shown[0];
  // The earliest and latest dates, not the first and last rows': a version from a computer with a
  // wrong clock is listed where it was committed, and the span must still hold every row.
  const dates = shown.map((v) => v.date).sort();
  const [earliest, latest] = [dates[0], dates.at(-1)];
  const span = earliest && latest ? (earliest === latest ? `on ${earliest}` : `from ${earliest} to ${latest}`) : '';
  const plural = shown.length === 1 ? '' : 's';
  if (!trend.versions.some((v) => v.baseline)) return first ? `${shown.length} committed version${plural} ${span}${trend.since ? ` (since ${trend.since})` : ''}` : null;
  const lead = `the version in force on ${trend.since ?? ''}`;
  return first ? `${lead} and ${shown.length} committed since (${span.replace(/^on /, '')})` : `${lead}; none committed since`;
}
