// The lists of the Word "what changed" paper (docx-diff.ts): answers whose score moved, risks accepted
// or no longer accepted under a waiver, and answers past or no longer past their review date, each
// under its heading with its count and in a table of the markdown's columns and words.
import type { AssessmentDiff } from '../scoring/diff-assessments.js';
import type { Column } from './docx-blocks.js';
import { ANSWER_SCORE_NOTE, answerOf, label, LISTS, newlyStaleNote, newReviewDate, noChangeLine, RISK_LISTS, scopeNamer, STALE_LISTS } from './diff-words.js';

/**
 * A part of the Word diff paper as data: docx-diff.ts lays the parts out once they are all in order,
 * when it knows what each follows (a paragraph under a table gets space above it) and which is last
 * (the table before the closing line keeps with it, so that line never has a page to itself).
 * `lead` is a paragraph's first words, in bold; `introduces`, a part a page must not end on.
 */
export type DiffPart =
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'para'; text: string; lead?: string; introduces?: boolean }
  | { kind: 'bullet'; text: string; introduces?: boolean }
  | { kind: 'table'; caption: string; columns: Column[]; rows: string[][] };

export const heading = (text: string): DiffPart => ({ kind: 'heading', text });
export const para = (text: string, options: { lead?: string; introduces?: boolean } = {}): DiffPart => ({ kind: 'para', text, ...options });
export const table = (caption: string, columns: Column[], rows: string[][]): DiffPart => ({ kind: 'table', caption, columns, rows });

/** A question as a table names it: its words and its id, as the markdown's "text (`id`)". */
const question = (q: { text: string; question: string }): string => `${q.text} (${q.question})`;

// Column shares: a question's words take what the others leave; a date or a severity needs little.
const QUESTION: Column = { title: 'Question', share: 4.4 };
const SEVERITY: Column = { title: 'Severity', share: 1.3 };
const DATE = 1.7;

export function diffListsDocx(d: AssessmentDiff): DiffPart[] {
  const out: DiffPart[] = [];
  // With systems, each answer says whose it is: the organisation's or a system's.
  const scoped = d.systemLabel !== null;
  const scopeOf = scopeNamer(d);
  const whose = (r: { system: string | null; systemTitle: string | null }): string[] => (scoped ? [scopeOf(r)] : []);
  const scope: Column[] = scoped ? [{ title: label(d), share: 2.2 }] : [];
  const firstList = LISTS.find(([key]) => d[key].length)?.[0];
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const named = `${title} (${list.length})`;
    out.push(heading(named));
    if (key === firstList) out.push(para(ANSWER_SCORE_NOTE, { introduces: true }));
    const columns: Column[] = [QUESTION, ...scope, SEVERITY, { title: 'Before', share: 2.3 }, { title: 'After', share: 2.3 }];
    out.push(table(named, columns, list.map((q) => [question(q), ...whose(q), q.severity, answerOf(q.old, q.oldAbsent), answerOf(q.new, q.newAbsent)])));
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push(para(noChangeLine(d)));
  for (const [key, title] of RISK_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const named = `${title} (${list.length})`;
    const lapsed = key === 'noLongerAccepted';
    const waiver: Column[] = lapsed ? [{ title: 'Its waiver', share: 2.4 }] : [{ title: 'Approved by', share: 2.2 }, { title: 'Until', share: DATE }];
    const rows = list.map((r) => [question(r), ...whose(r), r.severity, ...(lapsed ? [r.lapsed === 'expired' ? `Expired on ${r.waiver.expires}` : 'Taken out of the file'] : [r.waiver.approvedBy ?? 'not recorded', r.waiver.expires])]);
    out.push(heading(named), table(named, [QUESTION, ...scope, SEVERITY, ...waiver], rows));
  }
  for (const [key, title] of STALE_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const named = `${title} (${list.length})`;
    out.push(heading(named));
    // A newly stale answer's date once, with when it fell due above (diff-words newlyStaleNote).
    const newly = key === 'newlyStale';
    if (newly) out.push(para(newlyStaleNote(d), { introduces: true }));
    const dates: Column[] = newly ? [{ title: 'Review by', share: DATE + 0.8 }] : [{ title: 'Review by before', share: DATE }, { title: 'Review by now', share: DATE }];
    const rows = list.map((r) => [question(r), ...whose(r), ...(newly ? [newReviewDate(r)] : [r.oldReviewBy ?? 'none', r.newReviewBy ?? 'none'])]);
    out.push(table(named, [QUESTION, ...scope, ...dates], rows));
  }
  return out;
}
