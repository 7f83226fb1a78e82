// The action plan's entries. A question open on several critical systems was an item per system:
// the same question, remediation, references and indicator texts ten times over, so a CAF paper of
// ten systems ran to 155 A4 pages and nobody could find what mattered. Now a question is one entry,
// said once, with what differs per system (answer, owner, notes, waiver) under it and each indicator
// still to meet listed once with the systems it is open on. Every gap keeps its action number, and
// each system's actions are indexed so an owner still finds theirs. Pure: plain text only.
import type { ActionEntry, ActionItem, SystemActions } from './board-paper-types.js';
import { listTitles, plural } from './board-paper-words.js';
import { listWords } from '../text/list-words.js';
import { numberRuns } from '../text/number-runs.js';
import type { SystemsView } from './system-view.js';

/** "action 3", "actions 1, 3 and 5", or with three or more in a row "actions 1–4, 7 and 9–12". */
export const actionsWords = (ranks: number[]): string => (ranks.length === 1 ? `action ${ranks[0]}` : `actions ${listWords(numberRuns(ranks), 'and')}`);

/** What a gap says of its question, the same on every system: for an entry or a risk that says it once. */
export const questionFacts = (item: ActionItem): Pick<ActionItem, 'question' | 'text' | 'severity' | 'severityText' | 'blocking' | 'remediation'> => ({
  question: item.question,
  text: item.text,
  severity: item.severity,
  severityText: item.severityText,
  blocking: item.blocking,
  remediation: item.remediation,
});

/** The gaps of one section as entries, one per question, in the order of each question's highest-priority gap. */
export function actionEntries(items: ActionItem[], label: string, many: string, indicatorOrder: (question: string) => string[]): ActionEntry[] {
  const byQuestion = new Map<string, ActionItem[]>();
  for (const item of items) byQuestion.set(item.question, [...(byQuestion.get(item.question) ?? []), item]);
  return [...byQuestion.values()].map((same) => entryOf(same, label, many, indicatorOrder));
}

function entryOf(items: ActionItem[], label: string, many: string, indicatorOrder: (question: string) => string[]): ActionEntry {
  const first = items[0] as ActionItem;
  return {
    ...questionFacts(first),
    references: first.references,
    ranks: items.map((i) => i.rank),
    actions: actionsWords(items.map((i) => i.rank)),
    items,
    indicators: items.length > 1 ? sharedIndicators(items, label, many, indicatorOrder(first.question)) : [],
  };
}

/** Each indicator still to meet on any of the systems, once, in the questionnaire's order, with where it is open. */
function sharedIndicators(items: ActionItem[], label: string, many: string, ids: string[]): ActionEntry['indicators'] {
  const seen = new Map<string, { id: string; text: string; systems: string[]; comments: { systemTitle: string; comment: string }[] }>();
  for (const item of items) {
    for (const m of item.missingIndicators) {
      const entry = seen.get(m.id) ?? { id: m.id, text: m.text, systems: [], comments: [] };
      const where = item.systemTitle ?? 'the organisation';
      entry.systems.push(where);
      if (m.comment) entry.comments.push({ systemTitle: where, comment: m.comment });
      seen.set(m.id, entry);
    }
  }
  const order = new Map(ids.map((id, n) => [id, n]));
  const all = items.length === 2 ? `both ${many}` : `all ${plural(items.length, label, many)}`;
  return [...seen.values()]
    .sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0))
    .map((x) => ({ id: x.id, text: x.text, where: x.systems.length === items.length ? all : listTitles(x.systems), comments: x.comments }));
}

/** Each critical system's actions, so that its owner finds theirs in a plan grouped by question. */
export function actionsBySystem(view: SystemsView | null, items: ActionItem[]): SystemActions[] {
  if (!view) return [];
  return view.systems
    .map((s) => ({ title: s.title, owner: s.owner, ranks: items.filter((i) => i.system === s.id).map((i) => i.rank) }))
    .filter((s) => s.ranks.length > 0)
    .map((s) => ({ ...s, actions: actionsWords(s.ranks) }));
}
