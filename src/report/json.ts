import type { Reporter } from './types.js';

// JSON.stringify escapes only C0 controls; DEL, C1 controls (0x9b starts an escape sequence), the
// bidirectional and line-separator characters and the noncharacters U+FFFE and U+FFFF are escaped
// too, which keeps the same data (and a file that the YAML-minded reader of an extract accepts).
export const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;

// A lone surrogate (half of a pair, no character) is written by JSON.stringify as "\ud800", which
// jq and other strict readers refuse. The readers refuse one where it comes in (load-yaml.ts,
// read-extract.ts); one that still got here is written as U+FFFD, as every other format shows it.
// An escaped backslash before it ("\\ud800", the text \ud800) is not an escape.
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * JSON whose strings are safe to print on a terminal, with exactly the same data. The newline is
 * added before the escaping pass, not after it: that pass makes the text one flat string, and
 * adding to it afterwards meant copying a large report once more before it could be written.
 */
export function safeJson(value: unknown): string {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const whole = text.includes('\\ud') ? text.replace(LONE_SURROGATE, '$1\\ufffd') : text;
  // Text that is all ASCII can hold only one of those characters, DEL. Counting its UTF-8 bytes and
  // looking for DEL is several times quicker than the pattern on a report of some megabytes (one
  // with ten critical systems), and most reports are ASCII.
  if (Buffer.byteLength(whole, 'utf8') === whole.length && !whole.includes('\u007f')) return whole;
  return whole.replace(UNSAFE_IN_JSON, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** The assessment itself: the contract that every other format can be rendered from. */
export const renderJson: Reporter = (assessment) => safeJson(assessment);
