import type { Reporter } from './types.js';

// JSON.stringify escapes only C0 controls; DEL, C1 controls (0x9b starts an escape sequence) and the
// bidirectional and line-separator characters are escaped too, which keeps the same data.
export const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * JSON whose strings are safe to print on a terminal, with exactly the same data. The newline is
 * added before the escaping pass, not after it: that pass makes the text one flat string, and
 * adding to it afterwards meant copying a large report once more before it could be written.
 */
export function safeJson(value: unknown): string {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  // Text that is all ASCII can hold only one of those characters, DEL. Counting its UTF-8 bytes and
  // looking for DEL is several times quicker than the pattern on a report of some megabytes (one
  // with ten critical systems), and most reports are ASCII.
  if (Buffer.byteLength(text, 'utf8') === text.length && !text.includes('\u007f')) return text;
  return text.replace(UNSAFE_IN_JSON, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** The assessment itself: the contract that every other format can be rendered from. */
export const renderJson: Reporter = (assessment) => safeJson(assessment);
