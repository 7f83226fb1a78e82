// Which block a comment line belongs to, read as a person reads it: by its indentation. YAML gives a
// comment to no node, and a block's range ends at its last value, so an edit that put a new line
// straight after that value put the comment lines that close the block below the new line: a
// council's comment at the end of an answer, or of a system, ended up inside the answer or system
// added after it (SPEC: comments in an existing answers file survive a save, beside what they were).
// One rule for every edit that inserts lines: a comment indented deeper than the new line closes the
// block above and stays with it; one as deep or shallower closes the enclosing block, so stays at
// its end (after the new line), or heads what follows it.

const COMMENT = /^([ \t]*)#/;
const BLANK = /^[ \t]*\r?$/;

/** The line that starts at `at`, without its line break. */
function lineFrom(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}

/** The spaces before the text of the line that starts at `at` (before its `- `, in a list). */
export const lineIndent = (text: string, at: number): number => /^[ \t]*/.exec(lineFrom(text, at))![0].length;

/**
 * Where a new line indented by `column` goes when it follows the block that ends at `at` (a line
 * start): after the comment lines that follow there indented deeper than it (and blank lines
 * among them), which are that block's own; before the blank lines after the last of them.
 */
export function afterOwnComments(text: string, at: number, column: number): number {
  let offset = at;
  let kept = at;
  while (offset < text.length) {
    const line = lineFrom(text, offset);
    const comment = COMMENT.exec(line);
    if (!comment && !BLANK.test(line)) break;
    if (comment && comment[1]!.length <= column) break;
    offset = Math.min(offset + line.length + 1, text.length);
    if (comment) kept = offset;
  }
  return kept;
}

/**
 * The start of the comment lines right above the line at `at` (a line start) that are indented no
 * deeper than it: its heading. Deeper ones close the block above it, and stay there.
 */
export function headingStart(text: string, at: number): number {
  const column = lineIndent(text, at);
  let start = at;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const comment = COMMENT.exec(text.slice(previous, start));
    if (!comment || comment[1]!.length > column) break;
    start = previous;
  }
  return start;
}
