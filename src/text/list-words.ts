/**
 * Words as a list in a sentence: "a", "a or b", "a, b or c" (or with "and"). The one way every
 * message and report lists things, so that no two places punctuate a list differently.
 */
export function listWords(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** Whether titles are listed with semicolons: one has its own "and" or comma ("Waste collection and fleet management"). */
const titlesNeedSemicolons = (titles: readonly string[]): boolean => titles.some((t) => / and |,/.test(t));

/** Titles in a list; with semicolons when a title has its own "and" or comma. */
export const listTitles = (titles: readonly string[]): string => (titlesNeedSemicolons(titles) ? titles.join('; ') : listWords(titles, 'and'));

/** How listFirst keeps a list short. */
export interface ListFirst {
  /** The most words listed whole. */
  most: number;
  /** How many of a longer list are named before the rest are counted; `most` unless given. */
  shown?: number;
  /** System titles: listed as listTitles lists them, with semicolons when a title has its own "and" or comma. */
  titles?: boolean;
  /** How the rest are counted: a numeral unless given ("30 more"); the papers write "four more". */
  count?: (n: number) => string;
}

/**
 * A list that may be long, kept short: up to `most` words listed whole, more named by the first
 * `shown` and counted ("a, b, c and 30 more"). The terminal's summary names three of the systems
 * level with the weakest; the board papers name five of a longer list (report/paper-lists.ts). The
 * caller tells the reader where the whole list is.
 */
export function listFirst(words: readonly string[], { most, shown = most, titles = false, count = String }: ListFirst): string {
  if (words.length <= most) return titles ? listTitles(words) : listWords(words, 'and');
  const first = words.slice(0, shown);
  return `${first.join(titles && titlesNeedSemicolons(first) ? '; ' : ', ')} and ${count(words.length - shown)} more`;
}
