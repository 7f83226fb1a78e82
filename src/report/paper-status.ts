// An outcome's status as the board papers show it. One whose indicators contradict each other (a
// "not achieved" indicator true while the others meet it) showed "Achieved" in the outcomes table and
// the systems matrix, and only the appendix said it was in doubt: the score stands (SPEC v2 scores
// by the indicators), but every place the papers show the status says so. The terminal's words stay
// as they are (outcome-view.ts). Pure: plain text, escaped by each renderer.
import type { QuestionResult } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import { outcomeStatusText } from './outcome-view.js';
import type { SystemsView } from './system-view.js';

/** After an outcome's status where its indicators contradict each other (outcome-view.ts contradictions). */
export const CONTRADICTED_MARK = 'indicators contradict: see the appendix';

/** A status with the mark, inside its own brackets when it has some: "achieved (confirmed; indicators contradict: …)". */
export const markContradicted = (status: string): string => (status.endsWith(')') ? `${status.slice(0, -1)}; ${CONTRADICTED_MARK})` : `${status} (${CONTRADICTED_MARK})`);

const contradicted = (q: QuestionResult | undefined): boolean => (q?.outcome?.contradictions.length ?? 0) > 0;

/** An outcome's status in a paper: outcomeStatusText, marked when its indicators contradict each other. */
export const paperStatusText = (q: QuestionResult): string => (contradicted(q) ? markContradicted(outcomeStatusText(q)) : outcomeStatusText(q));

/** The systems view with each contradicted outcome's cell marked (only its words for the papers: the terminal's short form stays). */
export function markContradictedCells(view: SystemsView, resultOf: (key: string) => QuestionResult | undefined): SystemsView {
  if (view.matrix.rows !== 'outcomes') return view;
  const groups = view.matrix.groups.map((g) => ({
    ...g,
    rows: g.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (contradicted(resultOf(scopeKey(r.id, c.system))) ? { ...c, text: markContradicted(c.text) } : c)) })),
  }));
  return { ...view, matrix: { ...view.matrix, groups } };
}

/** The organisation's outcome tables (outcome-view.ts outcomeMatrix) with each contradicted status marked. */
export function markContradictedRows<G extends { rows: { question: string; status: string }[] }>(groups: G[], resultOf: (key: string) => QuestionResult | undefined): G[] {
  return groups.map((g) => ({ ...g, rows: g.rows.map((r) => (contradicted(resultOf(scopeKey(r.question, null))) ? { ...r, status: markContradicted(r.status) } : r)) }));
}
