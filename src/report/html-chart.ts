// The section scores as an inline SVG bar chart for the HTML report: no script, no external file,
// and readable without colour (each bar carries its score as text, and the table beside it and the
// SVG's own description give the same figures to anyone who cannot see the bars).
import { escapeHtml } from '../text/html.js';
import type { SectionRow } from './board-paper.js';

/** Dark shades of the questionnaire's rating colours: at least 4.5:1 against white, for bars and badges. */
export const RATING_SHADE: Record<string, string> = {
  green: '#1d6b36',
  amber: '#8a4b00',
  yellow: '#6b5900',
  orange: '#a33a00',
  red: '#a51d1d',
  blue: '#1d4f91',
  grey: '#545454',
};
export const NO_RATING_SHADE = '#545454';

const WIDTH = 680;
const LEFT = 16;
const BAR_MAX = 600;
const ROW = 44;
const TOP = 28;

/** Horizontal bars, one per section, each with its full title above it (titles are long). */
export function sectionChartSvg(rows: SectionRow[], idPrefix: string): string {
  const height = TOP + rows.length * ROW + 8;
  const x = (score: number): number => LEFT + (BAR_MAX * Math.max(0, Math.min(100, score))) / 100;
  const out: string[] = [];
  const described = rows.map((r) => `${r.title}: ${r.applicable ? `${r.shownScore}${r.rating ? `, ${r.rating.label}` : ''}` : 'not applicable'}`).join('; ');
  out.push(
    `<svg class="chart" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-title">Section scores out of 100</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(described)}.</desc>`,
  );
  // Grid lines at every quarter, labelled along the top.
  for (const tick of [0, 25, 50, 75, 100]) {
    out.push(`<line x1="${x(tick)}" y1="${TOP - 6}" x2="${x(tick)}" y2="${height - 8}" class="grid"/>`);
    out.push(`<text x="${x(tick)}" y="${TOP - 12}" class="tick" text-anchor="middle">${tick}</text>`);
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    out.push(`<text x="${LEFT}" y="${y + 14}" class="label">${escapeHtml(r.title)}</text>`);
    if (!r.applicable || r.score === null) {
      out.push(`<text x="${LEFT}" y="${y + 34}" class="value">not applicable</text>`);
      return;
    }
    const fill = (r.rating?.colour && RATING_SHADE[r.rating.colour]) || NO_RATING_SHADE;
    const end = x(r.score);
    out.push(`<rect x="${LEFT}" y="${y + 20}" width="${Math.max(end - LEFT, 1.5).toFixed(1)}" height="16" fill="${fill}"/>`);
    out.push(`<text x="${(end + 6).toFixed(1)}" y="${y + 33}" class="value">${escapeHtml(r.shownScore)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
