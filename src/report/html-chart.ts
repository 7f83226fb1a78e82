// The section scores as an inline SVG bar chart for the HTML report: no script, no external file,
// and readable without colour (each bar carries its score and rating as text, and the table beside it and the
// SVG's own description give the same figures to anyone who cannot see the bars).
import { escapeHtml } from '../text/html.js';
import type { SectionRow } from './board-paper.js';
import type { RatingBand } from './rating-scale.js';

export { bandRanges, type RatingBand } from './rating-scale.js';

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
const ROW = 34;
const TOP = 26;

/**
 * Horizontal bars, one per section, each with its full title above it (titles are long), and a
 * dashed line where each rating band starts, so the reader sees how far each section is from the next.
 */
export function sectionChartSvg(rows: SectionRow[], bands: RatingBand[], idPrefix: string): string {
  const height = TOP + rows.length * ROW + 8;
  const x = (score: number): number => LEFT + (BAR_MAX * Math.max(0, Math.min(100, score))) / 100;
  const out: string[] = [];
  const described = rows.map((r) => `${r.title}: ${r.applicable ? `${r.shownScore}${r.rating ? `, ${r.rating.label}` : ', not rated'}` : 'not applicable'}`).join('; ');
  out.push(
    `<svg class="chart" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-title">Section scores out of 100</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(described)}.</desc>`,
  );
  // Grid lines at every quarter and a dashed line where each rating starts, drawn only beside the
  // bars so that they never run through a section's title.
  const lines: [number, string][] = [0, 25, 50, 75, 100].map((t) => [t, 'grid']);
  for (const band of bands.filter((b) => b.min > 0 && b.min < 100)) lines.push([band.min, 'threshold']);
  for (const tick of [0, 25, 50, 75, 100]) out.push(`<text x="${x(tick)}" y="${TOP - 12}" class="tick" text-anchor="middle">${tick}</text>`);
  for (const [at, kind] of lines) {
    const spans = [`M${x(at)} ${TOP - 6}V${TOP + 2}`, ...rows.flatMap((r, i) => (r.score === null ? [] : [`M${x(at)} ${TOP + i * ROW + 14}V${TOP + i * ROW + 31}`]))];
    out.push(`<path d="${spans.join('')}" class="${kind}"/>`);
  }
  // A value's text sits on a white ground, so a line it happens to fall on does not cross it.
  const value = (at: number, y: number, text: string): string =>
    `<rect x="${(at - 2).toFixed(1)}" y="${y + 15}" width="${text.length * 7.5 + 4}" height="15" fill="#fff" class="ground"/><text x="${at.toFixed(1)}" y="${y + 27}" class="value">${escapeHtml(text)}</text>`;
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    // The rating is named beside the title as well as drawn in the bar's colour: to a reader who
    // cannot tell the dark red, amber and green apart, the colour alone said nothing.
    const rating = r.applicable && r.score !== null && r.rating ? `<tspan class="rating"> · ${escapeHtml(r.rating.label)}</tspan>` : '';
    out.push(`<text x="${LEFT + 2}" y="${y + 12}" class="label">${escapeHtml(r.title)}${rating}</text>`);
    if (!r.applicable || r.score === null) {
      out.push(value(LEFT + 2, y, 'not applicable'));
      return;
    }
    const fill = (r.rating?.colour && RATING_SHADE[r.rating.colour]) || NO_RATING_SHADE;
    const end = x(r.score);
    out.push(`<rect x="${LEFT}" y="${y + 16}" width="${Math.max(end - LEFT, 1.5).toFixed(1)}" height="13" fill="${fill}" class="bar"/>`);
    out.push(value(end + 5, y, r.shownScore));
  });
  out.push('</svg>');
  return out.join('');
}
