// The few shapes the Word report is built from (headings, paragraphs, labelled lines, lists and
// tables), so that docx.ts reads as the order of the paper. Every string from the assessment goes
// through wordText first. Formatting lives in named styles (STYLES), not on each paragraph and run:
// a reader can restyle the paper in Word, and the document has a third fewer XML elements to write,
// which is most of the time a docx run takes.
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, StringValueElement, Table, TableCell, TableRow, TextRun } from 'docx';
import { paperLine } from '../text/safe-text.js';
import { TABLE_STYLE } from './docx-styles.js';
import { acrossText, fiftieths, withShare } from './docx-widths.js';

/**
 * The writing width of an A4 page with this paper's 2 cm margins, in twentieths of a point: the
 * tables' grids are set in it, and their lines reckoned. The tables themselves take the text's width,
 * whatever the margins (docx-widths.ts).
 */
export const PAGE_WIDTH = 9638;

/**
 * Text made safe for a Word document. XML 1.0 cannot hold most control characters or a lone
 * surrogate at all (Word then refuses the whole file), and bidirectional embeddings, overrides and
 * isolates could reorder what a reader sees: they are shown escaped, as on a terminal. The left-to-
 * right and right-to-left marks are kept, and U+0085, U+2028 and U+2029 are spaces, as in the HTML
 * and markdown papers.
 */
export function wordText(text: string): string {
  // With the u flag a surrogate range matches only a surrogate that is not half of a pair.
  return paperLine(text).replace(/[\ud800-\udfff\ufffe\uffff]/gu, '\ufffd');
}

/** The paragraph and character styles the blocks below name. */
export const STYLES = {
  paragraphStyles: [
    { id: 'Fact', name: 'Fact', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, indent: { left: 284 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
    // Word's own name for the line under the title: Word lists it among the title's styles, and
    // readers that map styles by name (Pandoc) know it.
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 28, color: '404040' }, paragraph: { spacing: { after: 240 } } },
    // Word's own Footer style, under Word's own name for it ("footer", as "heading 1"), so that a
    // council's template that restyles Footer restyles the paper's footer too; a style of the
    // paper's own (it was "Footer Text") a template could not reach. The size is the style's, so the
    // page number fields take it too (they ignore a run's own).
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
  ],
  characterStyles: [{ id: 'Label', name: 'Label', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } }],
};

/** Runs for text that may hold line breaks (notes, reasons): one run per line, broken between. */
function runsOf(text: string, options: { style?: string } = {}, breakFirst = false): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ text: wordText(line), ...options, ...(i > 0 || breakFirst ? { break: 1 } : {}) }));
}

export type Level = 1 | 2 | 3 | 4;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

export function heading(text: string, level: Level, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HEADING[level], children: runsOf(text), ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}) });
}

/**
 * A body paragraph's space above a paragraph that follows a table, where Word sets none ("2 other
 * sections unchanged." sat on the table's last line), and below the last item of a list, which has a
 * list item's little (a table or paragraph after it sat on it).
 */
const spaced = (above: boolean | undefined, below = false): { spacing?: { before?: number; after?: number } } =>
  above || below ? { spacing: { ...(above ? { before: 120 } : {}), ...(below ? { after: 120 } : {}) } } : {};

/**
 * A paragraph; `lead`, first words in bold ("Overall: 50 → 51 (+1)"); `keepNext` for one that
 * introduces what follows, so a page never ends on it; `spaceAbove` for one straight under a table.
 */
export function para(text: string, options: { bold?: boolean; lead?: string; keepNext?: boolean; spaceAbove?: boolean } = {}): Paragraph {
  const lead = options.lead === undefined ? [] : [new TextRun({ text: wordText(options.lead), style: 'Label' })];
  return new Paragraph({ children: [...lead, ...runsOf(text, options.bold ? { style: 'Label' } : {})], ...(options.keepNext ? { keepNext: true } : {}), ...spaced(options.spaceAbove) });
}

/**
 * "Label: value" pairs in one paragraph, each label in bold so a reader can scan along them; several
 * short facts share a line, between middle dots as in the HTML paper ("Severity: High · Owner: …"),
 * to keep the action plan compact. Runs of spaces were the separator before: Word's Accessibility
 * Checker flags repeated blanks, and a screen reader ran one fact into the next.
 */
export function fields(pairs: [label: string, value: string][], options: { indent?: boolean; keepNext?: boolean } = {}): Paragraph {
  const children = pairs.flatMap(([label, value], i) => [...(i > 0 ? [new TextRun(' · ')] : []), new TextRun({ text: `${wordText(label)}: `, style: 'Label' }), ...runsOf(value)]);
  return new Paragraph({ children, ...(options.indent ? { style: 'Fact' } : {}), ...(options.keepNext ? { keepNext: true } : {}) });
}

export const field = (label: string, value: string, options: { indent?: boolean; keepNext?: boolean } = {}): Paragraph => fields([[label, value]], options);

/** A list item; `spaceAbove` for the first straight under a table, `endsList` for the last of its list. */
export function bullet(text: string, level = 0, options: { keepNext?: boolean; label?: string; spaceAbove?: boolean; endsList?: boolean } = {}): Paragraph {
  const label = options.label ? [new TextRun({ text: wordText(options.label), style: 'Label' })] : [];
  return new Paragraph({ bullet: { level }, children: [...label, ...runsOf(text)], ...(options.keepNext ? { keepNext: true } : {}), ...spaced(options.spaceAbove, options.endsList) });
}

/** An item of a numbered list; `list` names the list, so two lists each count from 1. */
export function numbered(list: string, children: TextRun[], level = 0): Paragraph {
  return new Paragraph({ numbering: { reference: list, level }, children });
}

export const run = (text: string, options: { bold?: boolean } = {}): TextRun => new TextRun({ text: wordText(text), ...(options.bold ? { style: 'Label' } : {}) });

/** Runs that start on a new line of the same paragraph (a list item's second line), keeping the text's own breaks. */
export const lineRuns = (text: string): TextRun[] => runsOf(text, {}, true);

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER } as const;

/** The most rows a table may have and still be kept whole on one page. */
export const KEEP_WHOLE_ROWS = 15;

/**
 * Roughly how many lines of body text a table's rows take, set in its columns (twips wide): a row
 * is as tall as its fullest cell. Generous (a character taken as 120 twips, wider than most), so
 * that a table said to fit does. Kept whole, a table taller than a page was split all the same, and
 * its keep-with-next pushed it to a new page first.
 */
function bodyLines(widths: number[], rows: string[][]): number {
  const linesOf = (text: string, width: number): number =>
    text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 120) / Math.max(width - 160, 400))), 0);
  return rows.reduce((n, r) => n + Math.max(...r.map((text, i) => linesOf(text, widths[i] ?? 0))) + 0.5, 0);
}

/** The body lines a table kept whole may take: an A4 page holds some 50 lines, less a heading and a sentence above. */
const KEEP_WHOLE_LINES = 40;

export interface Column {
  title: string;
  /** Share of the page width, in parts of the whole row's total. */
  share: number;
  /** Figures (scores, counts), set to the right so that their units line up down the column. */
  numeric?: boolean;
}

/**
 * A table with a header row that Word repeats on every page and marks as a header for screen
 * readers, and a title (`caption`, as the HTML paper's <caption>) that Word shows as the table's
 * alt text and screen readers announce. Cells are plain text. The table takes the whole text width
 * and each column its share of it (docx-widths.ts), so that the table follows the margins of a
 * council's template; the grid, which can only be in twips, gives the same proportions at this
 * paper's own margins. One header row only: a second, merged
 * one (a system's name across the table) is not tied to the cells under it by Word, and screen
 * readers took it for the column headings. `keepWithNext`: its last row keeps with the paragraph under it (a
 * paper's closing line), which so never stands alone on a page.
 */
export function table(caption: string, columns: Column[], rows: string[][], options: { keepWithNext?: boolean } = {}): Table {
  const total = columns.reduce((n, c) => n + c.share, 0);
  const widths = columns.map((c) => Math.floor((PAGE_WIDTH * c.share) / total));
  const shares = fiftieths(columns.map((c) => c.share));
  // A short table is kept on one page, as Word keeps one: every row's paragraphs but the last row's
  // keep with the next. Rows could not split but could part, and a table of a few rows left its last
  // row alone on a page under the repeated header. A longer one (more than a page may hold, in rows
  // or in lines: nine rows each holding a paragraph are not short) may break.
  const keep = rows.length <= KEEP_WHOLE_ROWS && bodyLines(widths, rows) <= KEEP_WHOLE_LINES;
  const cell = (text: string, i: number, header: boolean, keepNext = false): TableCell =>
    withShare(
      new TableCell({
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
        children: [
          new Paragraph({
            style: 'TableText',
            children: runsOf(text, header ? { style: 'Label' } : {}),
            ...(columns[i]?.numeric ? { alignment: AlignmentType.RIGHT } : {}),
            ...(keepNext ? { keepNext: true } : {}),
          }),
        ],
      }),
      shares[i] ?? 0,
    );
  const made = new Table({
    style: TABLE_STYLE,
    columnWidths: widths,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, true, keep && rows.length > 0)) }),
      ...rows.map((r, at) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false, (keep && at < rows.length - 1) || (options.keepWithNext === true && at === rows.length - 1))) })),
    ],
  });
  return withCaption(acrossText(made), caption);
}

/**
 * `w:tblCaption` added to a table's properties: docx 9 has no option for it. It goes last, after
 * every element the options above write, which is its place in the schema's order (the test of the
 * Word paper checks it there). No `w:tblDescription`: the sentence above each table says what it
 * shows, so a screen reader would have read it twice, and Pandoc ran it on into the caption
 * ("Scores by sectionEach section’s score…").
 */
function withCaption(made: Table, caption: string): Table {
  const properties = (made as unknown as { root: { root: unknown[] }[] }).root[0];
  if (!properties || !Array.isArray(properties.root)) throw new Error('docx: a table has no properties to add its caption to');
  properties.root.push(new StringValueElement('w:tblCaption', wordText(caption)));
  return made;
}
