// Where a new answer's line goes among the comments a person wrote in the answers block: under a
// heading left by a removed answer, or above the comments over the first entry (edit-answers-text.ts).
import { headingStart } from './comment-lines.js';
import { lineStart } from './text-places.js';

/** The part of an answers block between a new entry's neighbours: where its line may go. */
export interface EntryRegion {
  from: number;
  to: number;
  /** The indentation of the block's entries. */
  column: number;
  /** Whether `from` is straight after an entry (and its own comments), with no blank line between. */
  glued: boolean;
}

/**
 * Heading comments left behind by answers that were removed: between the previous entry and the
 * next, each group of comment lines that a blank line separates from what follows (the comment
 * lines right above the next entry are that entry's own). When there is one such group for each
 * missing question in between, the `nth` missing one goes just below its group, where its entry was.
 * A group with no blank line above it, straight under the previous entry, is not a heading: it was
 * written below that entry, or at the end of the block (it took the last of several answers added
 * at the end of a system file under it). Nor is a comment less indented than the entries, which is
 * outside the block.
 */
export function afterOrphanHeading(text: string, region: EntryRegion, nth: number, missing: number): number | undefined {
  // The region ends at the start of a line, so its last element is always empty.
  const lines = text.slice(region.from, region.to).split('\n').slice(0, -1);
  const groups: number[] = [];
  let offset = region.from;
  let attached = region.glued;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length + 1;
    const comment = /^([ \t]*)#/.exec(lines[i]!);
    if (comment && comment[1]!.length < region.column) break;
    if (!comment) attached = false;
    else if (!attached && /^\s*\r?$/.test(lines[i + 1]!)) groups.push(offset);
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

/**
 * Whether the comment lines straight above an entry are its own rather than its section's heading:
 * so when the file writes them over entries one by one, as over most of the entries that do not
 * start their section there (a heading is written over a section's first entry only). `entries`
 * are the start of each entry's line and its section, in the file's order.
 */
export function commentsEachEntry(text: string, entries: readonly { line: number; section: string | undefined }[]): boolean {
  let inner = 0;
  let commented = 0;
  for (let i = 1; i < entries.length; i++) {
    const { line, section } = entries[i]!;
    if (section === undefined || section !== entries[i - 1]!.section) continue;
    inner++;
    if (headingStart(text, line) < line) commented++;
  }
  return inner > 0 && commented * 2 >= inner;
}
