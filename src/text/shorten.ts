import { displayWidth } from './wrap.js';

/**
 * Shorten text to a number of columns at a word boundary, marking the cut with "…". Only for lines
 * that must stay one line (the summary's gap list); everything in full is in `--detail`.
 */
export function shorten(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  for (const word of text.split(' ')) {
    const next = out ? `${out} ${word}` : word;
    if (displayWidth(next) + 1 > columns) break;
    out = next;
  }
  if (!out) return `${[...text].slice(0, Math.max(1, columns - 1)).join('')}…`;
  return `${out.replace(/[,;:.]$/, '')}…`;
}
