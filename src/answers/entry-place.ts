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
 * missing question in between (or more: those nearest the next entry), the `nth` missing one goes
 * just below its group, where its entry was.
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
  // More groups than missing questions: the first are headings of sections, or remarks closing
  // the entry before; each question's own is nearer the next entry, in order.
  return groups.length >= missing ? groups[groups.length - missing + nth] : undefined;
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
 * Whether the comment lines straight above a section's first entry are its section's heading rather
 * than that entry's own: so when the file writes comment lines over fewer than half of the entries
 * that do not start their section (a heading is written over a section's first entry only). With no
 * such entry to tell, or more of them commented, they are the entry's own, as a comment over a key
 * is in YAML. `entries` are the start of each entry's line and its section, in the file's order.
 */
export function headedSections(text: string, entries: readonly { line: number; section: string | undefined }[]): boolean {
  let inner = 0;
  let commented = 0;
  for (let i = 1; i < entries.length; i++) {
    const { line, section } = entries[i]!;
    if (section === undefined || section !== entries[i - 1]!.section) continue;
    inner++;
    if (headingStart(text, line) < line) commented++;
  }
  return inner > 0 && commented * 2 < inner;
}

/**
 * Whether a comment line is a heading of the section titled `title`: after the `#`, any marks drawn
 * round a heading (`==`, `--`, `**`) and a number (`5.`), it starts with the title, whole words, in
 * any case: `# Leadership and political ownership`, `# 5. B1 Service protection…`, `# == Protection ==`.
 */
export function namesSection(line: string, title: string): boolean {
  const words = line.replace(/^\s*#+[\s=*~_#-]*(?:\d+[.)]\s*)?/, '').toLowerCase();
  const wanted = title.trim().toLowerCase();
  return wanted !== '' && words.startsWith(wanted) && !/[\p{L}\p{N}]/u.test(words.charAt(wanted.length));
}

/**
 * Where a section's first entry goes when a comment line names its section (namesSection): just
 * below the last such line among the comment and blank lines over the line at `line`, and no higher
 * than `lowest`. Undefined when none names it.
 */
export function afterSectionHeading(text: string, lowest: number, line: number, title: string | undefined): number | undefined {
  if (title === undefined) return undefined;
  let start = line;
  while (start > lowest) {
    const above = lineStart(text, start - 1);
    const words = text.slice(above, start);
    if (!/^[ \t]*(?:#.*)?\r?\n$/.test(words)) return undefined;
    if (/^[ \t]*#/.test(words) && namesSection(words.replace(/\r?\n$/, ''), title)) return start;
    start = above;
  }
  return undefined;
}
