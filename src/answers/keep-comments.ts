// No edit of an answers file may lose a comment (SPEC "v2: writing files safely": comments survive a
// save). Most edits leave every comment where it was: they replace a value, or add or remove an item,
// around them. Some must replace text that holds comments: a field removed (a `reason:` with its
// comment, when an answer is no longer "not applicable"), a multiple choice written as a list with a
// comment on an item, an outcome's flow entry made a block, `{ # none yet }` filled. Their comments
// go, in the order they were written, on lines of their own just above the line the edit starts on,
// at that line's indentation: beside the entry they were written in, as the person wrote them.
import { Lexer } from 'yaml';
import { lineStart, type Splice } from './text-places.js';

/** The lexer's own markers (document, scalar, end of flow), which stand for no text. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/** Each comment of `text` (`# ...`, without its line break) and where it starts. */
function commentsOf(text: string): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = [];
  let at = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1 && MARKERS.has(token)) continue;
    if (token.startsWith('#')) found.push({ at, text: token.trimEnd() });
    at += token.length;
  }
  return found;
}

/** `comments` less those `written` says again, one for one. */
function missing(comments: readonly string[], written: readonly string[]): string[] {
  const left = [...written];
  return comments.filter((comment) => {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}

/**
 * `splices` with the comments each would remove from `text` (and does not write again) kept as
 * comment lines above the line it starts on.
 */
export function keepComments(text: string, splices: readonly Splice[]): Splice[] {
  // Most edits remove no `#` at all: the text is not read again for them.
  if (!splices.some((s) => text.slice(s.start, s.end).includes('#'))) return [...splices];
  const comments = commentsOf(text);
  return splices.flatMap((s) => {
    const removed = comments.filter((c) => c.at >= s.start && c.at < s.end).map((c) => c.text);
    const lost = removed.length ? missing(removed, commentsOf(s.text).map((c) => c.text)) : [];
    if (lost.length === 0) return [s];
    const line = lineStart(text, s.start);
    const indent = /^[ \t]*/.exec(text.slice(line))![0];
    const lines = lost.map((comment) => `${indent}${comment}\n`).join('');
    return line === s.start ? [{ ...s, text: lines + s.text }] : [{ start: line, end: line, text: lines }, s];
  });
}
