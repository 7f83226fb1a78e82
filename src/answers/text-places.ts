// Places in an answers file's text that every minimal edit works from: where a line starts and
// ends, where a pair's value ends, and the splice an edit is made of. No edit here, only places.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { keyText } from '../yaml/key-text.js';

/** One change to the text: replace [start, end) with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export type EntryPair = Pair<Node, Node | null>;

export { scalarOf } from '../yaml/scalar-of.js';
/** A pair's key as the file writes it (key-text.ts): `1.10:` is the question "1.10", not the number 1.1. */
export const keyOf = (pair: EntryPair): string => keyText(pair.key);

/** The end of the line `offset` is on (after its line break), or `offset` when it is at a line start already. */
export function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
export const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * Just after the `:` of a key that ends at `keyEnd`. Not always the next character: `q1 :` has a
 * space before its colon, and an explicit key (`? q1`) has its colon on the next line.
 */
export function afterColon(text: string, keyEnd: number): number {
  let at = keyEnd;
  while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  return text[at] === ':' ? at + 1 : keyEnd + 1;
}

/** The spaces before a key on its line. */
export const indentOf = (text: string, key: Node): string => {
  const at = key.range?.[0] ?? 0;
  return text.slice(lineStart(text, at), at);
};

/**
 * Where a pair's value ends in the text. Not the block collection's own range: that runs on over
 * the comment lines after its last value (an `init` template's empty last indicator takes the next
 * question's heading with it).
 */
export const pairEnd = (pair: EntryPair): number => Math.max(nodeEnd(pair.value), pair.key.range?.[1] ?? 0);

/** Where a value ends in the text: a block collection at its last value (see pairEnd). */
export function nodeEnd(node: Node | null): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1) as EntryPair | Node;
    return isMap(node) ? pairEnd(last as EntryPair) : ((last as Node).range?.[1] ?? 0);
  }
  return node?.range?.[1] ?? 0;
}

/**
 * Where a value's own text ends. A block scalar (`>-`, `|`) is read with the line break after its
 * last line, which belongs to the line, not the value: replacing the value up to there joined the
 * next line (the next entry) onto the new value's line, and the file no longer read.
 */
export function valueEnd(text: string, node: Node): number {
  const [start = 0, end = 0] = node.range ?? [];
  if (!isScalar(node) || (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL')) return end;
  let at = end;
  while (at > start && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  return at;
}

/** Remove a pair whole: its key line and every line of its value. */
export const removePair = (text: string, pair: EntryPair): Splice => ({ start: lineStart(text, pair.key.range?.[0] ?? 0), end: lineEnd(text, pairEnd(pair)), text: '' });
