// The biggest risks on a board paper's summary page. A weakness shared by several critical systems
// is one risk, not several: with MFA missing on three systems, the five places went to two
// questions, the same words three times over, and the paper named two risks while claiming five.
// So a risk is a question, placed by its highest-priority open gap, naming every system it is open
// on. Pure: plain text, escaped by each renderer.
import { questionFacts } from './board-paper-actions.js';
import type { ActionItem, Risk } from './board-paper-types.js';
import { capitalise, plural } from './board-paper-words.js';
import { cutShort, paperList, paperNumbers } from './paper-lists.js';
import { questionHundredths } from './round-score.js';

/**
 * Said where the biggest risks are introduced: a high risk above critical ones read as a mistake
 * until page four explained priority (board-paper.ts priorityExplained). Null for one risk or none.
 */
export const risksOrder = (count: number): string | null => (count > 1 ? 'In order of priority, which weighs how severe each gap is with how far its answer falls short.' : null);

/**
 * An answer that earns part of the credit, in the paper's frame: "Yes, checked by hand in the last
 * six months" read as fine among the biggest risks, when it scores half. Nothing for none or full.
 */
const partCredit = (score: number): string => (score > 0 && score < 1 ? ` (scores ${questionHundredths(score)} out of 100)` : '');

/** An owner and the systems they own a risk for; in brackets when the list has semicolons, as the owners are apart by them. */
const ownerFor = (owner: string, list: string): string => (list.includes('; ') ? `${owner} (for ${list})` : `${owner} for ${list}`);

/**
 * The `count` highest-priority questions with a gap that is not an accepted risk, each with all such
 * gaps. A waived gap that fails a requested gate or caps the rating is not an accepted risk
 * (gate-stops.ts): it is a risk here, and says why its waiver does not cover it.
 */
export function biggestRisks(items: ActionItem[], count: number, systems: { label: string; plural: string } = { label: 'system', plural: 'systems' }): Risk[] {
  const byQuestion = new Map<string, ActionItem[]>();
  for (const item of items) {
    if (item.accepted) continue;
    const same = byQuestion.get(item.question);
    if (same) same.push(item);
    else if (byQuestion.size < count) byQuestion.set(item.question, [item]);
  }
  return [...byQuestion.values()].map((same) => riskOf(same, systems));
}

/**
 * The sentence saying which gaps ranked among the biggest risks were left out because they are
 * accepted risks (ActionItem.accepted); null when none was. Without it a reader comparing the paper
 * with the terminal's top ten (which lists accepted risks, marked) sees a critical gap vanish
 * unexplained.
 */
export function acceptedRisksLeftOut(items: ActionItem[], count: number): string | null {
  const picked = new Set<string>();
  let lastPick = -1;
  items.forEach((item, at) => {
    if (item.accepted || picked.has(item.question) || picked.size >= count) return;
    picked.add(item.question);
    lastPick = at;
  });
  const left = items.slice(0, lastPick).filter((i) => i.accepted).length;
  if (left === 0) return null;
  return left === 1
    ? 'One gap that ranks among these is left out: it is an accepted risk under a waiver that has not expired. The action plan lists it with its waiver.'
    : `${capitalise(plural(left, 'gap'))} that rank among these are left out: they are accepted risks under a waiver that has not expired. The action plan lists them with their waivers.`;
}

/**
 * One risk. Its lists of systems and action numbers are the front page's: a long one names the first
 * few and counts the rest (paper-lists.ts), and `inFull` says that the action plan, which lists the
 * question's actions whole, names every system with its answer and owner.
 */
function riskOf(items: ActionItem[], names: { label: string; plural: string }): Risk {
  const first = items[0] as ActionItem;
  const systems = items.map((i) => i.systemTitle).filter((t): t is string => t !== null);
  // Systems that share an answer (or an owner) are named together, in priority order.
  const grouped = (value: (i: ActionItem) => string): Map<string, string[]> => {
    const groups = new Map<string, string[]>();
    for (const i of items) {
      const where = i.systemTitle ?? 'the organisation';
      const same = groups.get(value(i));
      if (same) same.push(where);
      else groups.set(value(i), [where]);
    }
    return groups;
  };
  const answers = grouped((i) => `${i.answer}${partCredit(i.score)}`);
  const owned = grouped((i) => i.owner ?? 'none named yet');
  return {
    ...questionFacts(first),
    sectionTitle: first.sectionTitle,
    ranks: items.map((i) => i.rank),
    where: systems.length ? paperList(systems, true) : null,
    actions: items.length === 1 ? `action ${first.rank}` : `actions ${paperNumbers(items.map((i) => i.rank))}`,
    answer: answers.size === 1 ? `The answer now: ${first.answer}${partCredit(first.score)}.` : `The answers now differ. ${[...answers].map(([answer, where]) => `${paperList(where, true)}: ${answer}.`).join(' ')}`,
    owner: owned.size === 1 ? first.owner : [...owned].map(([owner, where]) => ownerFor(owner, paperList(where, true))).join('; '),
    inFull: cutShort(items.length) ? `The action plan lists each of these ${plural(items.length, names.label, names.plural)} with its action, answer and owner.` : null,
    unowned: items.some((i) => i.owner === null),
    due: dueOf(items),
    waived: waivedOf(items),
  };
}

/** Its waivers that have not expired but do not cover it, with why, in the words of gate-stops.ts. */
function waivedOf(items: ActionItem[]): string | null {
  const overruled = items.filter((i) => i.waiver?.stop);
  const named = items.length > 1;
  const said = overruled.map((i) => `Waived${named && i.systemTitle ? ` for ${i.systemTitle}` : ''} until ${i.waiver?.expires}, but ${i.waiver?.stop}.`);
  return said.length ? said.join(' ') : null;
}

/** The earliest review date of a risk's answers, for the summary's "by when". */
function dueOf(items: ActionItem[]): string | null {
  const dated = items.filter((i) => i.reviewBy !== null).sort((x, y) => (x.reviewBy as string).localeCompare(y.reviewBy as string));
  const first = dated[0];
  if (!first) return null;
  const several = new Set(dated.map((i) => i.reviewBy)).size > 1;
  return `${several ? 'first review by' : 'review by'} ${first.reviewBy}${first.stale ? ' (overdue)' : ''}`;
}
