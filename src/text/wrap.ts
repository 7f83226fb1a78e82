import { charWidth, graphemes, textWidth } from './graphemes.js';
import { pushAll } from './spread-free.js';
/**
 * Word wrapping for terminal text: prompts' help now, the text report later. Pure, no IO.
 * Widths are counted in terminal columns a user-perceived character (src/text/graphemes.ts): ANSI
 * colour codes take none, East Asian wide and full-width characters and emoji take two, combining
 * marks and zero-width characters none.
 */

// SGR and other CSI sequences (colour, bold), and OSC 8 hyperlinks: drawn, but take no column.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/gu;

/** The columns a piece of text takes on a terminal, not counting colour codes. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  // Printable ASCII, nearly all report text: a column a character.
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  return textWidth(plain);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface WrapOptions {
  /** Total width in columns, indents included. */
  width: number;
  /** Put before the first line (counted in the width). */
  indent?: string;
  /** Put before every later line: a hanging indent. Defaults to `indent`. */
  hangingIndent?: string;
  /**
   * Never split a word, even one wider than the whole line: it stands whole on a line of its own
   * and runs past the edge, where the terminal folds it. For reports, whose web addresses must
   * survive being copied; prompts, which count their lines to redraw, leave it off.
   */
  wholeWords?: boolean;
}

/** Split a word that is wider than a whole line into pieces that fit, keeping colour codes whole. */
function splitLongWord(word: string, room: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  const tokens = word.split(new RegExp(`(${ANSI.source})`, 'u'));
  for (const token of tokens) {
    if (token === '') continue;
    if (token.startsWith('\u001b')) {
      piece += token;
      continue;
    }
    // Whole characters only: never between a flag's black flag and its tags, or after a ZWJ.
    for (const ch of graphemes(token)) {
      const w = charWidth(ch);
      if (width + w > room && width > 0) {
        pieces.push(piece);
        piece = '';
        width = 0;
      }
      piece += ch;
      width += w;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wrap one paragraph: breaks only at spaces, never inside a word (a word wider than the whole line
 * is the only thing ever split, and not with `wholeWords`). Runs of spaces collapse to one.
 */
function wrapParagraph(paragraph: string, room: (line: number) => number, wholeWords: boolean): string[] {
  const words = paragraph.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const w = displayWidth(word);
    const available = room(lines.length);
    if (line && width + 1 + w <= available) {
      line += ` ${word}`;
      width += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    if (w <= room(lines.length) || wholeWords) {
      line = word;
      width = w;
      continue;
    }
    const pieces = splitLongWord(word, Math.max(1, room(lines.length)));
    pushAll(lines, pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    width = displayWidth(line);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Wrap text to a width with an indent and a hanging indent. Line breaks in the text are kept (each
 * line is wrapped on its own, so lists and blank lines between paragraphs survive); the hanging
 * indent applies to every line after the first of the whole text.
 */
export function wrapText(text: string, options: WrapOptions): string {
  const indent = options.indent ?? '';
  const hanging = options.hangingIndent ?? indent;
  // Never less than 10 columns of text, so a very deep indent on a narrow terminal still reads.
  const roomAfter = (prefix: string): number => Math.max(10, options.width - displayWidth(prefix));
  const out: string[] = [];
  for (const source of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (source.trim() === '') {
      out.push('');
      continue;
    }
    // A line's own leading spaces (a list item's indent) are kept on its continuation lines too.
    const own = /^ */.exec(source)?.[0] ?? '';
    const first = out.length === 0 ? indent : hanging;
    const lines = wrapParagraph(source.trimStart(), (n) => roomAfter((n === 0 ? first : hanging) + own), options.wholeWords ?? false);
    lines.forEach((l, n) => out.push(`${n === 0 ? first : hanging}${own}${l}`));
  }
  return out.map((l) => l.trimEnd()).join('\n');
}

/**
 * Words wrapped as one: spaces made no-break spaces before wrapping (`keepTogether`), and made
 * plain spaces again in the wrapped lines (`spacesBack`), so "6 stale answers" or "cyber-ready 0.1.0"
 * never ends a line part way through.
 */
export const NBSP = '\u00a0';
export const keepTogether = (text: string): string => text.replace(/ /g, NBSP);
export const spacesBack = (line: string): string => line.replaceAll(NBSP, ' ');
