// Table and cell widths as shares of the text width, so that a table follows the margins of
// whatever section it sits in: councils paste the paper into committee templates with wider margins
// than its own 2 cm, and a table fixed in twips ran past the right margin there.
//
// Written here, not through the library's WidthType.PERCENTAGE: docx 9.7 writes that as "100%", a
// form ECMA-376 allowed only from its second edition. Word 2007 and python-docx (which reads `w:w`
// as an integer) want the integer count of fiftieths of a percent, which is what Word itself writes.
import { BuilderElement, type Table, type TableCell } from 'docx';

/** The whole text width in OOXML's `pct` unit, fiftieths of a percent: 100%. */
export const WHOLE_WIDTH = 5000;

/**
 * Column shares (in any unit) as fiftieths of a percent that add up to exactly the whole width: each
 * rounded down, and what rounding leaves goes to the widest column, where it shows least.
 */
export function fiftieths(shares: number[]): number[] {
  const total = shares.reduce((n, s) => n + s, 0);
  const parts = shares.map((s) => Math.floor((WHOLE_WIDTH * s) / total));
  const widest = shares.indexOf(Math.max(...shares));
  parts[widest] = (parts[widest] ?? 0) + WHOLE_WIDTH - parts.reduce((n, p) => n + p, 0);
  return parts;
}

const shareOfWidth = (name: 'w:tblW' | 'w:tcW', share: number): BuilderElement<{ type: string; size: number }> =>
  new BuilderElement({ name, attributes: { type: { key: 'w:type', value: 'pct' }, size: { key: 'w:w', value: share } } });

/** The properties element (`w:tblPr`, `w:tcPr`) the library puts first in a table or cell. */
function propertiesOf(made: Table | TableCell): unknown[] {
  const properties = (made as unknown as { root: { root: unknown[] }[] }).root[0];
  if (!properties || !Array.isArray(properties.root)) throw new Error('docx: a table or cell has no properties to give its width to');
  return properties.root;
}

/** A table as wide as the text, in place of the `w:tblW` the library always writes (so in its place in the schema's order). */
export function acrossText(made: Table): Table {
  const properties = propertiesOf(made);
  const at = properties.findIndex((e) => (e as { rootKey?: string }).rootKey === 'w:tblW');
  if (at < 0) throw new Error('docx: a table has no w:tblW to make the width of the text');
  properties[at] = shareOfWidth('w:tblW', WHOLE_WIDTH);
  return made;
}

/** A cell given its share of the table's width, in fiftieths of a percent; made without a width of its own. */
export function withShare(made: TableCell, share: number): TableCell {
  // First in w:tcPr: the one element the schema puts before it (w:cnfStyle) the paper never writes.
  propertiesOf(made).unshift(shareOfWidth('w:tcW', share));
  return made;
}
