// Critical systems in the HTML board paper (SPEC "v2: critical systems"): the systems' own scores for
// the summary, and the matrix of outcomes (or sections) by system. Tables carry header scopes so a
// screen reader says which system and which outcome a cell is; statuses are words, never colour alone.
import { escapeHtml as h } from '../text/html.js';
import { systemChunks, type SystemsView } from './system-view.js';

/** The systems side by side: own score, rating, gaps, owner. */
export function systemsSummaryHtml(view: SystemsView): string {
  const rows = view.systems.map((s) => {
    const rating = s.rating ? `${h(s.rating.label)}${s.capped ? ' (capped by automatic fails)' : ''}` : 'Not rated';
    return `<tr><th scope="row" class="free">${h(s.title)}</th><td class="num">${h(s.shownScore)}</td><td>${rating}</td><td class="num">${s.gaps}</td><td class="free">${s.owner ? h(s.owner) : 'Not named'}</td></tr>`;
  });
  return (
    `<table class="systems"><caption>${h(view.summaryCaption)}</caption>` +
    `<thead><tr><th scope="col">${h(view.column)}</th><th scope="col" class="num">Score</th><th scope="col">Rating</th><th scope="col" class="num">Gaps</th><th scope="col">Owner</th></tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

/** The matrix section: one table per group of systems, so that it reflows on a narrow screen and prints on A4. */
export function systemsMatrixHtml(view: SystemsView): string {
  const m = view.matrix;
  const out: string[] = [`<section aria-labelledby="systems"><h2 id="systems">${h(view.heading)}</h2>`];
  out.push(
    `<p class="explain">${
      m.rows === 'outcomes'
        ? `Each ${h(view.label)} is assessed on its own against these outcomes. Each cell is the outcome's status for that ${h(view.label)}, as its indicators show it ("so far" when not every indicator is answered) or, where the cell says so, as the assessor confirmed it.`
        : `Each ${h(view.label)}'s own score out of 100 (rounded down) and rating for the sections answered once per ${h(view.label)}. The last row is its own overall score${view.withOrganisation ? ", which also counts the organisation's sections" : ''}.`
    }</p>`,
  );
  const chunks = systemChunks(view.systems);
  for (const { items: systems, range } of chunks) {
    const which = chunks.length > 1 ? ` (${range})` : '';
    const caption = `${m.rows === 'outcomes' ? 'Outcomes' : 'Sections'} by ${h(view.label)}${which}`;
    out.push(`<table class="matrix"><caption>${caption}</caption><thead><tr><th scope="col">${m.rows === 'outcomes' ? 'Outcome' : 'Section'}</th>`);
    out.push(`${systems.map((s) => `<th scope="col">${h(s.title)}</th>`).join('')}</tr></thead>`);
    for (const group of m.groups) {
      out.push('<tbody>');
      if (m.rows === 'outcomes') out.push(`<tr><th scope="rowgroup" colspan="${systems.length + 1}" class="group">${h(group.title)}</th></tr>`);
      for (const row of group.rows) {
        const label = row.name ? (row.label ? `<strong>${h(row.label)}</strong> ${h(row.name)}` : h(row.name)) : h(row.label);
        const cells = systems.map((s) => `<td>${h(row.cells.find((x) => x.system === s.id)?.text ?? '')}</td>`).join('');
        out.push(`<tr><th scope="row">${label}</th>${cells}</tr>`);
      }
      out.push('</tbody>');
    }
    out.push('</table>');
  }
  out.push('</section>');
  return out.join('\n');
}
