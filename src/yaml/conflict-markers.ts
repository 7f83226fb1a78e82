// Teams keep their answers in git, and a merge that conflicts leaves both sides in the file between
// marker lines. Parsed as YAML, a marker gave a message about YAML ("expected key: value"), whose
// advice (indent the line) made a file that read, with `<<<<<<< HEAD` inside a value; inside a
// quoted note the message pointed at the quote instead. Git writes the markers at the start of a
// line, so only there do they count: indented text in a block scalar that starts `=======` is a
// note's, and JSON cannot hold a line break inside a string.
import { errorAt, type Diagnostic } from '../errors.js';
import { quoteValue } from '../text/odd-characters.js';

/**
 * A line starting `<<<<<<< `, `>>>>>>> ` or `|||||||` (diff3's common ancestor), or one that is
 * exactly `=======`. Line ends as YAML counts them (LF, CRLF, CR); not the `m` flag, which also
 * takes U+2028 and U+2029 for line ends, as YAML does not.
 */
const MARKER = /(?:^|[\r\n])(?:<{7} |>{7} |\|{7}|={7}(?![^\r\n]))/;

/** The first conflict marker line of `text`: where it is (1-based) and the line as written. */
export function findConflictMarker(text: string): { line: number; column: 1; text: string } | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  const start = match.index + (match[0][0] === '\r' || match[0][0] === '\n' ? 1 : 0);
  const end = text.slice(start).search(/[\r\n]/);
  const breaks = text.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0;
  return { line: breaks + 1, column: 1, text: end === -1 ? text.slice(start) : text.slice(start, start + end) };
}

/**
 * The error for a file with a conflict marker, at the first one. `committed`: a version read from
 * git's history, which nobody can edit now, so there is nothing to advise.
 */
export function conflictMarkerError(text: string, file: string, committed = false): Diagnostic | undefined {
  const marker = findConflictMarker(text);
  if (!marker) return undefined;
  const what = `a git merge conflict marker (${quoteValue(marker.text)})`;
  return errorAt(file, committed ? `${what}: this version was committed mid-merge` : `${what}: this file is mid-merge; keep the version you mean, delete the marker lines, and run again`, marker);
}
