// Finding a block in an answers file's text by its place in the YAML (`['answers']`, or
// `['systems', 2, 'answers']` for a system's inline answers), so that one set of minimal edits
// serves the organisation's answers, a system's and a system file's alike.
import { isMap, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { lineStart, type Splice } from './text-places.js';
import { keyText } from '../yaml/key-text.js';
import { headingStart } from './comment-lines.js';
import { keepComments } from './keep-comments.js';

/** A place in the document: map keys and list indexes from the top. */
export type YamlPath = readonly (string | number)[];

type ParsedDocument = Document;

/** An answers file's text parsed for editing: YAML 1.2 core, duplicate keys left to the loader to report. */
export const parseAnswersText = (text: string) => parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false });

/** The node at `path` (the top-level mapping for an empty path), or undefined. */
export function nodeAt(doc: ParsedDocument, path: YamlPath): Node | null | undefined {
  return nodeUnder(doc.contents as Node | null, path);
}

/**
 * The node at `path` below `node`. Keys are matched as the file writes them (key-text.ts), not by
 * the yaml library's getIn(): to that, a question "1.2" written `1.2:` is the number 1.2, not found.
 */
export function nodeUnder(node: Node | null | undefined, path: YamlPath): Node | null | undefined {
  let at = node;
  for (const key of path) {
    if (isMap(at)) at = (at.items as Pair<Node, Node | null>[]).find((p) => keyText(p.key) === String(key))?.value;
    else if (isSeq(at) && typeof key === 'number') at = at.items[key] as Node | null | undefined;
    else return undefined;
  }
  return at;
}

/** The pair that holds the last key of `path`, in the mapping that holds it. */
export function pairAt(doc: ParsedDocument, path: YamlPath): Pair<Node, Node | null> | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  return (parent.items as Pair<Node, Node | null>[]).find((p) => keyText(p.key) === String(path.at(-1)));
}

/** The spaces that put a line's text under `offset`'s column (a key after `- ` is two columns in). */
export const columnOf = (text: string, offset: number): string => ' '.repeat(offset - lineStart(text, offset));

/**
 * Where the block at `path` ends: the start of whatever follows it at any level above (the next key
 * of its mapping, the next item of its list...), less the comment lines right above that which are
 * its heading (comment-lines.ts); the end of the text when nothing follows.
 */
export function blockEndLine(doc: ParsedDocument, text: string, path: YamlPath): number {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const holder = nodeAt(doc, path.slice(0, depth));
    const key = path[depth];
    let next: number | undefined;
    if (isMap(holder)) {
      const items = holder.items as Pair<Node, Node | null>[];
      const at = items.findIndex((p) => keyText(p.key) === String(key));
      next = at >= 0 ? items[at + 1]?.key.range?.[0] : undefined;
    } else if (isSeq(holder) && typeof key === 'number') {
      next = (holder.items[key + 1] as Node | undefined)?.range?.[0];
    }
    if (next === undefined) continue;
    return headingStart(text, lineStart(text, next));
  }
  return documentEnd(doc, text);
}

/**
 * Where lines added after the document's last key go: the end of the text, or the start of the `...`
 * line that ends the document, when it has one. After that line a key is not in the document: a new
 * `organisation:` there made a second document, and the walk could not save into a file `validate`
 * accepts. Only comments can follow the marker (the loader refuses a second document).
 */
export function documentEnd(doc: ParsedDocument, text: string): number {
  if (!doc.directives?.docEnd) return text.length;
  const from = doc.range?.[1] ?? 0;
  const marker = /^\.\.\.(?=[ \t]|\r?\n|$)/m.exec(text.slice(from));
  return marker ? from + marker.index : text.length;
}

/**
 * The text with `splices` made; new lines end the way the file's lines do. Lines added after a last
 * line that has no line break (as some editors save it) get one before them: without it the first
 * new line ran on into that line, which made the file invalid, or into its comment, which lost the
 * answer without a word. One rule here, for every edit that adds lines; and one for every edit that
 * removes text: the comments in it stay (keep-comments.ts).
 */
export function applySplices(text: string, splices: Splice[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const openEnd = text.length > 0 && !text.endsWith('\n');
  let out = text;
  for (const s of keepComments(text, splices).sort((a, b) => b.start - a.start)) {
    let insert = s.text;
    if (openEnd && s.start === text.length && s.end === text.length && insert.endsWith('\n') && !/^\r?\n/.test(insert)) insert = `\n${insert}`;
    out = out.slice(0, s.start) + (eol === '\n' ? insert : insert.replace(/\r?\n/g, eol)) + out.slice(s.end);
  }
  return out;
}
