// The walk edits an answers file's text line by line (edit-answers-text.ts), and its lines end in
// LF or CRLF. A carriage return alone also ends a line in YAML (old Mac files), so such a file reads
// and scores, but an edit made in it could run two entries together. The walk refuses it before it
// asks anything, at the first such line, rather than stopping at an answer later on.
import type { Place } from '../yaml/positions.js';

/** The line and column (1-based) of a character offset, line breaks counted as YAML counts them (LF, CRLF, CR). */
export function placeOfOffset(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: breaks + 1, column: offset - lineStart + 1 };
}

/** Where the first carriage return not followed by a line feed is, or undefined. */
export function loneCarriageReturn(text: string): Place | undefined {
  const at = /\r(?!\n)/.exec(text)?.index;
  return at === undefined ? undefined : placeOfOffset(text, at);
}

/** The message for a file that has one. */
export const LONE_CR_MESSAGE =
  'a carriage return alone ends this line (as in files from old Mac programs), and the walk saves only into files whose lines end in LF or CRLF: convert its line endings (in an editor, or with mac2unix) and run again';
