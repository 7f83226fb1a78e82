// How the papers write numbers in prose, one rule for every format (markdown, HTML, Word, text), after
// the habit of printed committee papers and of some councils' own style guides (Westmorland and
// Furness Council's writes zero to nine as words), not the GOV.UK style guide's, which is written for
// web pages and uses numerals from 2: a count of nought to nine is a word ("two
// risks", "no gaps"), 10 and above a numeral ("36 high gaps"). Scores ("55 out of 100"), dates, ranks,
// thresholds, "2 of 4" ratios and every table cell stay numerals: they are read as figures. Counts of
// one kind said together take one form: when any of them is 10 or more, all are numerals ("7
// critical, 36 high and 3 low"), so that a tally does not read "seven critical, 36 high". Pure.
import { pluralNoun } from './plural-noun.js';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as prose writes it: "no", "one" … "nine", then "10", "11" …; `figures` forces the numeral. */
export const countWord = (n: number, figures = false): string => (figures ? String(n) : (WORDS[n] ?? String(n)));

/** A count and its noun, agreeing in number, by the rule above: "two risks", "one gap", "12 gaps". */
export const plural = (n: number, word: string, many = pluralNoun(word), figures = false): string => `${countWord(n, figures)} ${n === 1 ? word : many}`;

/**
 * The form for counts said together ("53 answered, 1 answered "don't know" and 1 did not apply"):
 * numerals for all when any is 10 or more, else words. Returns the `plural` and `countWord` to use.
 */
export function tally(counts: readonly number[]): { plural: typeof plural; word: (n: number) => string } {
  const figures = counts.some((n) => n >= WORDS.length);
  return { plural: (n, word, many = pluralNoun(word)) => plural(n, word, many, figures), word: (n) => countWord(n, figures) };
}

