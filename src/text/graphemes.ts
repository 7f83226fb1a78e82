import { codePointWidth } from './char-width.js';

/**
 * User-perceived characters (grapheme clusters): "é" written as e and a combining accent, the
 * 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Welsh flag (a black flag and six tag characters), 👨‍👩‍👧 (three people joined by ZWJ), 🇬🇧 (two
 * regional indicators). Text is only ever cut between them, and they are counted whole. Pure, no IO.
 */

// Code points that can join the one before (or after) into one character: marks, joiners, variation
// selectors, Hangul jamo, prepended Arabic signs, halfwidth kana voicing marks, regional indicators,
// skin tones and tag characters. Text without any, nearly all text, is one character a code point and
// never loads Intl.Segmenter (with ICU's break rules behind it).
const JOINS =
  /[\p{M}\u0600-\u0605\u06dd\u070f\u1100-\u11ff\u200c\u200d\ua960-\ua97f\ud7b0-\ud7ff\ufe00-\ufe0f\uff9e\uff9f\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e007f}]/u;

/** Whether every code point of the text is a character of its own. */
export const simpleText = (text: string): boolean => !JOINS.test(text);

let segmenter: Intl.Segmenter | undefined;

/** The text's user-perceived characters, in order. */
export function graphemes(text: string): string[] {
  if (simpleText(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const REGIONAL = (code: number): boolean => code >= 0x1f1e6 && code <= 0x1f1ff;
const JOINED_EMOJI = /\u200d\p{Extended_Pictographic}/u;

/** How many columns one user-perceived character takes on a terminal: 0, 1 or 2. */
export function charWidth(cluster: string): number {
  const first = cluster.codePointAt(0) ?? 0;
  const head = codePointWidth(first);
  if (cluster.length === (first > 0xffff ? 2 : 1)) return head;
  // One wide character, however many code points: a flag of two regional indicators, an emoji
  // with a skin tone, tags or ZWJ and more emoji after it, a Hangul syllable spelt in jamo.
  if (head === 2 || REGIONAL(first) || JOINED_EMOJI.test(cluster)) return 2;
  // A letter with its marks: the marks take no column, spacing marks (Devanagari's vowel signs) one each.
  let width = 0;
  for (const ch of cluster) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** The columns plain text (no colour codes) takes on a terminal. */
export function textWidth(plain: string): number {
  let width = 0;
  if (simpleText(plain)) for (const ch of plain) width += codePointWidth(ch.codePointAt(0) ?? 0);
  else for (const cluster of graphemes(plain)) width += charWidth(cluster);
  return width;
}
