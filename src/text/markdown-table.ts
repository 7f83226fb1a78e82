/**
 * The line under a markdown table's header. GitHub ignores how many dashes a column has, but
 * pandoc (which committee clerks use to make a Word or PDF paper from the markdown) gives each
 * column the share of the page its dashes have of the line's, once a row is wider than its line
 * length: with three dashes each, a section title got the same fifth of the page as its score and
 * broke mid-word ("Social care case manageme / nt"). So each column says what it holds: `wide` for
 * the text a row is about (a question, a section, a system), `text` for a few words (a rating, an
 * answer, a name), `narrow` for a figure or a short code. A trailing `:` aligns it right, as `---:`.
 */
export type ColumnWidth = 'wide' | 'text' | 'narrow';
export type ColumnRule = ColumnWidth | `${ColumnWidth}:`;

// A wide column takes about half the page beside a rating and three figures, and a figure's column
// still holds its heading ("Weight") on one line.
const DASHES: Record<ColumnWidth, number> = { wide: 28, text: 12, narrow: 8 };

export function tableRule(columns: readonly ColumnRule[]): string {
  return `|${columns
    .map((c) => {
      const right = c.endsWith(':');
      const n = DASHES[(right ? c.slice(0, -1) : c) as ColumnWidth];
      return right ? `${'-'.repeat(n - 1)}:|` : `${'-'.repeat(n)}|`;
    })
    .join('')}`;
}
