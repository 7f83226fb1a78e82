// Critical systems in the Word board paper (SPEC "v2: critical systems"): the systems' own scores for
// the summary, and the matrix of outcomes (or sections) by system, five columns at most per table.
import type { Paragraph, Table } from 'docx';
import { heading, para, table } from './docx-blocks.js';
import { systemChunks, SYSTEMS_PER_TABLE, type SystemsView } from './system-view.js';
import { labelled } from './outcome-view.js';

type Block = Paragraph | Table;

export function systemsSummaryDocx(view: SystemsView): Block[] {
  return [
    heading(`${view.heading}: own scores`, 2),
    table(
      view.summaryCaption,
      [
        { title: view.column, share: 4 },
        { title: 'Score', share: 1.3, numeric: true },
        { title: 'Rating', share: 2.4 },
        { title: 'Gaps', share: 1, numeric: true },
        { title: 'Owner', share: 3 },
      ],
      view.systems.map((s) => [s.title, s.shownScore, s.rating ? `${s.rating.label}${s.capped ? ' (capped)' : ''}` : 'Not rated', String(s.gaps), s.owner ?? 'Not named']),
    ),
  ];
}

/** The matrix under a Heading 1 of its own, after the sections, as the markdown's and HTML's outlines have it. */
export function systemsMatrixDocx(view: SystemsView): Block[] {
  const m = view.matrix;
  const out: Block[] = [heading(view.heading, 1)];
  out.push(
    para(
      m.rows === 'outcomes'
        ? `Each ${view.label} is assessed on its own against these outcomes; each cell is the outcome’s status for that ${view.label}, as its indicators show it (“so far” when not every indicator is answered) or, where the cell says so, as the assessor confirmed it.`
        : `Each ${view.label}’s own score out of 100 (rounded down) and rating for the sections answered once per ${view.label}; the last row is its own overall score, which also counts the organisation’s sections.`,
      { keepNext: true },
    ),
  );
  const chunks = systemChunks(view.systems);
  // With more systems than fit one table, each set of systems is a heading over its groups: in Word's
  // navigation pane the groups' titles (B1, B2, …) came three times with nothing to tell them apart.
  const chunked = chunks.length > 1;
  for (const { items: systems, range } of chunks) {
    const which = chunked ? ` (${range})` : '';
    if (chunked) out.push(heading(`${view.heading} ${range}`, 2));
    for (const group of m.groups) {
      if (m.rows === 'outcomes') out.push(heading(group.title, chunked ? 3 : 2));
      out.push(
        table(
          `${m.rows === 'outcomes' ? `${group.title}, by` : 'Sections by'} ${view.label}${which}`,
          // A system's column is wide enough for a long word of its title ("management", "administration")
          // at four a table: at 15% of the page such a word broke inside in Word and LibreOffice.
          [{ title: m.rows === 'outcomes' ? 'Outcome' : 'Section', share: 3 }, ...systems.map((s) => ({ title: s.title, share: 7 / SYSTEMS_PER_TABLE }))],
          group.rows.map((row) => [row.name ? labelled(row.label, row.name) : row.label, ...systems.map((s) => row.cells.find((x) => x.system === s.id)?.text ?? '')]),
        ),
      );
    }
  }
  return out;
}
