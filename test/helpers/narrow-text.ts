import { displayWidth } from '../../src/text/wrap.js';

/** The words of a text as a reader sees them: between white space, without the punctuation a wrap may move ("2.1.2," at the end of a line is "2.1.2"). */
const wordsOf = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/[,;:.]+$/, '')).filter((w) => w !== '');

/**
 * What is wrong with terminal text laid out for `columns`, beside the same text laid out so wide
 * that nothing wraps: lines wider than the terminal (a single word too long for any line aside), and
 * words the wide text does not have, which are words broken across two lines ("communicatio" "n").
 */
export function narrowFaults(narrow: string, wide: string, columns: number): { tooWide: string[]; brokenWords: string[] } {
  const known = new Set(wordsOf(wide));
  return {
    tooWide: narrow.split('\n').filter((line) => displayWidth(line) > columns && line.trim().includes(' ')),
    brokenWords: [...new Set(wordsOf(narrow).filter((w) => !known.has(w)))],
  };
}
