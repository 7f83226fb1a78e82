// How long a list the front of a board paper (the summary, what is asked of the reader, the five
// biggest risks) may run to. With 100 critical systems the first page named 33 systems level with
// the weakest, the asks named them again with their owners and 66 waivers' action numbers, and each
// risk named up to 66 systems: a 444-page Word paper whose first pages were lists. A longer list
// names its first few and counts the rest, as the terminal's summary does (text/list-words.ts), and
// each says where the whole list is: the action plan, the waivers in force, or the appendix.

import { countWord } from '../text/count-words.js';
import { listFirst, listWords } from '../text/list-words.js';
import { runsOf, runWords } from '../text/number-runs.js';

/** The most a list on the front of a paper names whole (a council's few systems always are). */
export const PAPER_LIST_MOST = 8;
/** How many of a longer list it names before counting the rest. */
export const PAPER_LIST_SHOWN = 5;

/** Whether a list is too long to name whole on the front of a paper. */
export const cutShort = (count: number): boolean => count > PAPER_LIST_MOST;

/** A list for the front of a paper: whole, or "a, b, c, d, e and 28 more" ("and four more": count-words.ts). `titles`: system titles (listTitles' semicolons). */
export const paperList = (words: readonly string[], titles = false): string => listFirst(words, { most: PAPER_LIST_MOST, shown: PAPER_LIST_SHOWN, titles, count: (n) => countWord(n) });

/**
 * Action numbers for the front of a paper, three or more in a row as a range as the action plan
 * titles them ("1–26", text/number-runs.ts): whole, or the first few runs and a count of the
 * actions left ("1–4, 7, 9–12, 15, 17 and six more").
 */
export function paperNumbers(ranks: readonly number[]): string {
  const runs = runsOf(ranks);
  if (!cutShort(runs.length)) return listWords(runs.flatMap(runWords), 'and');
  const shown = runs.slice(0, PAPER_LIST_SHOWN);
  const left = ranks.length - shown.reduce((n, run) => n + run.length, 0);
  return `${shown.flatMap(runWords).join(', ')} and ${countWord(left)} more`;
}

/**
 * The things an ask on the front of a paper is about, one a line: whole, or the first few and a last
 * line counting the rest ("and 15 more, listed in the appendix"), where every such list is given whole.
 */
export function paperItems(items: readonly string[]): string[] {
  if (!cutShort(items.length)) return [...items];
  return [...items.slice(0, PAPER_LIST_SHOWN), `and ${countWord(items.length - PAPER_LIST_SHOWN)} more, listed in the appendix`];
}
