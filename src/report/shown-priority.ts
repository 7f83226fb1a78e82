/**
 * A gap's priority as the reports show it: to two places, rounded to nearest (it is no score and
 * meets no threshold, so SPEC's rounding down of scores does not apply). A priority too small to
 * show at two places keeps its first two significant figures ("0.004"), so that no gap reads as
 * having no priority at all; it stays a plain number, which a spreadsheet can still sort.
 */
export function shownPriority(priority: number): string {
  const two = Math.round(priority * 100) / 100;
  if (two !== 0 || priority <= 0 || !Number.isFinite(priority)) return String(two);
  const places = 1 - Math.floor(Math.log10(priority));
  return priority.toFixed(places).replace(/0+$/, '');
}
