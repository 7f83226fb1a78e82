/**
 * Words as a list in a sentence: "a", "a or b", "a, b or c" (or with "and"). The one way every
 * message and report lists things, so that no two places punctuate a list differently.
 */
export function listWords(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** Titles in a list; with semicolons when a title has its own "and" or comma ("Waste collection and fleet management"). */
export const listTitles = (titles: readonly string[]): string => (titles.some((t) => / and |,/.test(t)) ? titles.join('; ') : listWords(titles, 'and'));
