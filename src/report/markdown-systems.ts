// The critical systems in the markdown board paper (SPEC "v2: critical systems"): each system's own
// score on the summary page, and the matrix of outcomes (or sections) by system after the sections.
// No table is wider than five columns (SPEC "v2: reports"): more systems make more tables.
import { escapeCell, escapeInline } from '../text/markdown.js';
import { systemChunks, type SystemsView } from './system-view.js';
import { tableRule } from '../text/markdown-table.js';
import { labelled } from './outcome-view.js';

/** The systems side by side, for the summary page: score, rating, gaps and owner. */
export function systemsSummary(view: SystemsView): string[] {
  const out = [`### ${escapeInline(view.heading)}: own scores`, '', `| ${escapeCell(view.column)} | Score | Rating | Gaps | Owner |`, tableRule(['wide', 'narrow:', 'text', 'narrow:', 'text'])];
  for (const s of view.systems) {
    const rating = s.rating ? `${escapeCell(s.rating.label)}${s.capped ? ' (capped)' : ''}` : 'Not rated';
    out.push(`| ${escapeCell(s.title)} | ${s.shownScore} | ${rating} | ${s.gaps} | ${s.owner ? escapeCell(s.owner) : 'Not named'} |`);
  }
  return [...out, ''];
}

/** The matrix: one table per group of systems, rows the outcomes (grouped by section) or sections. */
export function systemsMatrix(view: SystemsView): string[] {
  const m = view.matrix;
  const out = [`## ${escapeInline(view.heading)}`, ''];
  out.push(
    m.rows === 'outcomes'
      ? `Each ${escapeInline(view.label)} is assessed on its own against the outcomes below; each cell is that outcome's status for that ${escapeInline(view.label)}, as its indicators show it ("so far" when not every indicator is answered) or, where the cell says so, as the assessor confirmed it.`
      : `Each ${escapeInline(view.label)}'s own score for the sections answered once per ${escapeInline(view.label)}, out of 100 and rounded down, with its rating; the last row is its own overall score${view.withOrganisation ? ", which also counts the organisation's sections" : ''}.`,
    '',
  );
  const chunks = systemChunks(view.systems);
  for (const { items: systems, range } of chunks) {
    // A heading, as in the Word paper: a reader who moves by headings reaches each set of systems.
    if (chunks.length > 1) out.push(`### ${escapeInline(view.heading)} ${range}`, '');
    const first = m.rows === 'outcomes' ? 'Outcome' : 'Section';
    const head = [`| ${first} | ${systems.map((s) => escapeCell(s.title)).join(' | ')} |`, tableRule(['wide', ...systems.map(() => 'text' as const)])];
    if (m.rows !== 'outcomes') out.push(...head);
    for (const group of m.groups) {
      // A table for each section under its heading, as in the Word paper: a section's title as a row of
      // its own left every other cell of that row empty, which a screen reader reads out as "blank".
      if (m.rows === 'outcomes') out.push(`${chunks.length > 1 ? '####' : '###'} ${escapeInline(group.title)}`, '', ...head);
      for (const row of group.rows) {
        const label = row.name ? labelled(row.label, row.name) : row.label;
        const cells = systems.map((s) => escapeCell(row.cells.find((x) => x.system === s.id)?.text ?? ''));
        out.push(`| ${escapeCell(label)} | ${cells.join(' | ')} |`);
      }
      if (m.rows === 'outcomes') out.push('');
    }
    if (m.rows !== 'outcomes') out.push('');
  }
  return out;
}
