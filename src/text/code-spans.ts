// Where the code spans of one line of markdown are, as a GFM reader pairs their backticks: a run of
// backticks opens a span unless its first backtick is escaped, and the span ends at the next run of
// the same length (inside a span a backslash escapes nothing). A backtick is escaped by an odd
// number of backslashes before it: after `\\` (an escaped backslash) it is a real one, and a
// pattern that took any backslash before a backtick for an escape paired the wrong backticks, so
// the code spans of an address after "C:\" were read as the text between them.

/** A code span: from its first opening backtick to just after its last closing one. */
export interface Span {
  start: number;
  end: number;
}

/** The code spans of `line`, in order. */
export function codeSpans(line: string): Span[] {
  const spans: Span[] = [];
  // A length with no closing run after some opening run has none after any later one either.
  const unclosed = new Set<number>();
  const run = /`+/g;
  for (let m = run.exec(line); m !== null; m = run.exec(line)) {
    let backslashes = 0;
    while (line[m.index - backslashes - 1] === '\\') backslashes++;
    const escaped = backslashes % 2 === 1 ? 1 : 0;
    const length = m[0].length - escaped;
    if (length === 0 || unclosed.has(length)) continue;
    const closing = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g');
    closing.lastIndex = m.index + m[0].length;
    const close = closing.exec(line);
    if (close === null) {
      unclosed.add(length);
      continue;
    }
    spans.push({ start: m.index + escaped, end: close.index + length });
    run.lastIndex = close.index + length;
  }
  return spans;
}

/** Whether `at` lies strictly inside one of `spans` (in order): not at its start or just after its end. */
export function insideSpan(spans: readonly Span[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (span === undefined) return false;
    if (span.end <= at) low = mid + 1;
    else if (span.start >= at) high = mid - 1;
    else return true;
  }
  return false;
}
