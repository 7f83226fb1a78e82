// The forum's spread of scores as an inline SVG chart for the benchmark web page: one row per line
// (overall, then each section), a box from the lower to the upper quartile with the median marked,
// a whisker from the lowest to the highest score, and the highlighted council as a diamond with its
// score as text. No script and no colour needed to read it; the SVG's description and the table
// beside it give the same figures.
import { roundScore } from '../report/round-score.js';
import { escapeHtml as h } from '../text/html.js';
import type { Distribution } from './stats.js';

export interface BoxRow {
  title: string;
  /** Null when fewer than the minimum group answered: nothing is drawn but a note. */
  stats: Distribution | null;
  /** The highlighted council's score, if there is one and the row applies to it. */
  highlight: number | null;
}

const WIDTH = 680;
const LEFT = 16;
const SPAN = 600;
const ROW = 44;
const TOP = 26;

/** Whole numbers, rounded down as every report shows scores. */
export const shown = (x: number): string => roundScore(x);

/** "median 62, middle half 48 to 71, lowest 20, highest 90": one row in words. */
export function describeRow(row: BoxRow, minGroup: number): string {
  if (!row.stats) return `${row.title}: fewer than ${minGroup} councils, not shown`;
  const s = row.stats;
  const you = row.highlight === null ? '' : `; highlighted council ${shown(row.highlight)}`;
  return `${row.title}: median ${shown(s.median)}, middle half ${shown(s.q1)} to ${shown(s.q3)}, lowest ${shown(s.min)}, highest ${shown(s.max)}${you}`;
}

export function boxChartSvg(rows: BoxRow[], minGroup: number, idPrefix: string, withHighlight: boolean): string {
  const height = TOP + rows.length * ROW + 6;
  const x = (score: number): number => LEFT + (SPAN * Math.max(0, Math.min(100, score))) / 100;
  const f = (n: number): string => n.toFixed(1);
  const out: string[] = [
    `<svg class="chart" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-title">Spread of scores out of 100 across the forum${withHighlight ? ', with the highlighted council' : ''}</title>`,
    `<desc id="${idPrefix}-desc">${h(rows.map((r) => describeRow(r, minGroup)).join('; '))}.</desc>`,
  ];
  for (const tick of [0, 25, 50, 75, 100]) {
    out.push(`<text x="${x(tick)}" y="${TOP - 12}" class="tick" text-anchor="middle">${tick}</text>`);
    // Grid lines only beside the boxes, never through a row's title.
    const spans = [`M${x(tick)} ${TOP - 6}V${TOP + 2}`, ...rows.flatMap((r, i) => (r.stats ? [`M${x(tick)} ${TOP + i * ROW + 16}V${TOP + i * ROW + 40}`] : []))];
    out.push(`<path d="${spans.join('')}" class="grid"/>`);
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    const mid = y + 28;
    out.push(`<text x="${LEFT + 2}" y="${y + 12}" class="label">${h(r.title)}</text>`);
    if (!r.stats) {
      out.push(`<text x="${LEFT + 2}" y="${mid + 4}" class="note">fewer than ${minGroup} councils: not shown</text>`);
      return;
    }
    const s = r.stats;
    out.push(
      `<path d="M${f(x(s.min))} ${mid}H${f(x(s.max))}M${f(x(s.min))} ${mid - 5}V${mid + 5}M${f(x(s.max))} ${mid - 5}V${mid + 5}" class="whisker"/>`,
      `<rect x="${f(x(s.q1))}" y="${mid - 8}" width="${f(Math.max(x(s.q3) - x(s.q1), 1.5))}" height="16" class="box"/>`,
      `<path d="M${f(x(s.median))} ${mid - 10}V${mid + 10}" class="median"/>`,
    );
    if (r.highlight !== null) {
      const at = x(r.highlight);
      out.push(`<path d="M${f(at)} ${mid - 8}L${f(at + 7)} ${mid}L${f(at)} ${mid + 8}L${f(at - 7)} ${mid}Z" class="you"/>`);
      // The score as text after the whisker (the chart leaves room right of 100), on a white ground.
      const text = shown(r.highlight);
      const tx = Math.max(at + 4, x(s.max)) + 8;
      out.push(`<rect x="${f(tx - 2)}" y="${mid - 7}" width="${text.length * 7.5 + 4}" height="15" fill="#fff" class="ground"/><text x="${f(tx)}" y="${mid + 5}" class="value">${text}</text>`);
    }
  });
  out.push('</svg>');
  return out.join('');
}

/** The chart's own styles, added to the report's stylesheet. */
export const BOX_CHART_STYLE = `
svg.chart .whisker { stroke: var(--ink); stroke-width: 1.5; fill: none; }
svg.chart .box { fill: #d6dfea; stroke: var(--ink); stroke-width: 1.5; }
svg.chart .median { stroke: var(--ink); stroke-width: 3.5; fill: none; }
svg.chart .you { fill: #a33a00; stroke: #fff; stroke-width: 1; }
svg.chart .note { font-size: 12.5px; font-style: italic; fill: var(--muted); }
.key-box { display: inline-block; width: 1.6em; height: .9em; margin-right: .35em; vertical-align: -.1em; background: #d6dfea; border: 1.5px solid var(--ink); }
.key-median { display: inline-block; width: .25em; height: 1.1em; margin: 0 .5em 0 .2em; vertical-align: -.2em; background: var(--ink); }
.key-you { display: inline-block; width: .75em; height: .75em; margin: 0 .45em 0 .15em; background: #a33a00; transform: rotate(45deg); }
/* Scaled to a phone's width (or a desktop's at 400% zoom) the chart drew its titles and figures at 5 to
   7 pixels, too small to read: there it gives way to the table below it, which has the same figures,
   as the report's section chart does (html-style.ts). */
@media (max-width: 30rem) { figure.spread-chart { display: none; } }
/* Forced colours (html-style.ts): the whiskers, boxes, medians and notes are drawn in the reader's colours,
   the highlighted council's diamond keeps its colour with an outline in theirs, and the key's median
   and diamond, drawn only by their backgrounds, are kept rather than blanked. */
@media (forced-colors: active) {
  svg.chart .whisker, svg.chart .median { stroke: CanvasText; }
  svg.chart .note { fill: CanvasText; }
  svg.chart .box { fill: Canvas; stroke: CanvasText; }
  svg.chart .you { stroke: CanvasText; }
  .key-median { forced-color-adjust: none; background: CanvasText; }
  .key-you { forced-color-adjust: none; border: 1px solid CanvasText; }
}
`;
