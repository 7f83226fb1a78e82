// Fitting a score table into the lines the one-screen summary leaves (SPEC "v2: reports": at most
// 40 lines at 80 columns), shared by the sections and the critical systems.
import { scoreTable, type ScoreRow } from './text-parts.js';
import type { TextStyle } from './text-style.js';

/**
 * A score table of `rows` in at most `room` lines (a long title may take two): when they do not all
 * fit, the lowest scoring are kept, in their own order, and a line counts the rest, which score no
 * lower. Never fewer than `least` rows. `around` are the lines that go with the table (its heading
 * and anything after it), counted in the room.
 */
export function fitScoreTable<T extends ScoreRow>(rows: T[], st: TextStyle, room: number, options: { most?: number; least?: number; alignWith?: ScoreRow[]; around?: number }): string[] {
  const { most = rows.length, least = 1, alignWith = [], around = 0 } = options;
  const lowestFirst = [...rows].sort((x, y) => rank(x) - rank(y));
  const top = Math.min(rows.length, most);
  for (let n = top; n >= Math.min(least, top); n--) {
    const keep = new Set(lowestFirst.slice(0, n));
    const table = scoreTable(rows.filter((x) => keep.has(x)), st, alignWith);
    const more = n < rows.length ? st.wrap(st.more(`and ${rows.length - n} more, none scoring lower: --detail lists them all.`), '  ', '    ').map((l) => st.chalk.dim(l)) : [];
    const lines = [...table, ...more];
    if (lines.length + around <= room || n <= Math.min(least, top)) return lines;
  }
  return [];
}

/** Lowest first; not applicable or unscored last, as they score nothing that needs attention. */
const rank = (row: ScoreRow): number => (row.applicable && row.score !== null ? row.score : Number.POSITIVE_INFINITY);
