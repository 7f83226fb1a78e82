// Where a new answer's line goes among the comments a person wrote in the answers block: under a
// heading left by a removed answer, or above the comments over the first entry (edit-answers-text.ts).
import { lineStart } from './edit-outcome-text.js';

/**
 * Heading comments left behind by answers that were removed: between the previous entry and the
 * next, each group of comment lines that a blank line separates from what follows (the comment
 * lines right above the next entry are that entry's own). When there is one such group for each
 * missing question in between, the `nth` missing one goes just below its group, where its entry was.
 */
export function afterOrphanHeading(text: string, from: number, to: number, nth: number, missing: number): number | undefined {
  // The region ends at the start of a line, so its last element is always empty.
  const lines = text.slice(from, to).split('\n').slice(0, -1);
  const groups: number[] = [];
  let offset = from;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length + 1;
    if (/^\s*#/.test(lines[i]!) && /^\s*\r?$/.test(lines[i + 1]!)) groups.push(offset);
  }
  return groups.length === missing ? groups[nth] : undefined;
}

/** The start of the comment lines right above the line at `at`, and of any blank lines above those. */
export function aboveComments(text: string, at: number): number {
  let start = at;
  const lineBefore = (): string => text.slice(lineStart(text, start - 1), start);
  while (start > 0 && /^[ \t]*#.*\r?\n$/.test(lineBefore())) start = lineStart(text, start - 1);
  if (start === at) return at;
  while (start > 0 && /^[ \t]*\r?\n$/.test(lineBefore())) start = lineStart(text, start - 1);
  return start;
}
