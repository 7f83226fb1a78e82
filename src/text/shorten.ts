import { graphemes } from './graphemes.js';
import { displayWidth } from './wrap.js';

/**
 * Shorten text to a number of columns at a word boundary, marking the cut with "…". Only for lines
 * that must stay one line (the summary's gap list); everything in full is in `--detail`. `measure`
 * says what a column is: a terminal's width by default, or another count where a consumer limits
 * it (UTF-16 code units for a JUnit test's name).
 */
export function shorten(text: string, columns: number, measure: (text: string) => number = displayWidth): string {
  if (measure(text) <= columns) return text;
  let out = '';
  for (const word of text.split(' ')) {
    const next = out ? `${out} ${word}` : word;
    if (measure(next) + 1 > columns) break;
    out = next;
  }
  if (out) return `${out.replace(/[,;:.]$/, '')}…`;
  // One word longer than the room: cut inside it, a whole user-perceived character at a time (never
  // inside a flag's tag sequence or after a ZWJ), keeping at least one.
  let cut = '';
  for (const ch of graphemes(text)) {
    if (cut && measure(cut + ch) + 1 > columns) break;
    cut += ch;
  }
  return `${cut}…`;
}
