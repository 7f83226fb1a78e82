// One item of a flow collection (`{ a: 1, b: 2 }`, `[x, y]`) added or removed in place. Writing the
// collection again, as the YAML library does, put it on one line: the comments a council wrote
// inside one spread over lines were lost (SPEC "v2: writing files safely"). Here the other items,
// the commas, spacing and comments between them, and the lines the collection is spread over all
// keep their bytes. A new item goes on a line of its own where the items are one a line.
import { isPair, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { headingStart } from './comment-lines.js';
import { lineEnd, lineStart, pairEnd, type EntryPair, type Splice } from './text-places.js';

export type FlowCollection = YAMLMap | YAMLSeq;
type Item = EntryPair | Node;

const startOf = (item: Item): number => (isPair(item) ? ((item as EntryPair).key.range?.[0] ?? 0) : ((item as Node).range?.[0] ?? 0));
const endOf = (item: Item): number => (isPair(item) ? pairEnd(item as EntryPair) : ((item as Node).range?.[1] ?? 0));

/** The first offset from `from` that is not a space, a line break or a comment: a comma, a bracket or an item. */
export function nextMark(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const ch = text[at]!;
    if (ch === '#') at = lineEnd(text, at);
    else if (/\s/.test(ch)) at++;
    else break;
  }
  return at;
}

/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }`, not `{a: 1}`). */
export const isPadded = (text: string, collection: FlowCollection): boolean => !/^[{[][^\s}\]]/.test(text.slice(collection.range?.[0] ?? 0, collection.range?.[1] ?? 0));

/** The spaces that put a new line's item under `item`: its line's own when it begins the line. */
function indentUnder(text: string, item: Item): string {
  const start = startOf(item);
  const before = text.slice(lineStart(text, start), start);
  return /^[ \t]*$/.test(before) ? before : ' '.repeat(before.length);
}

/** Whether there is a line break in text[from, to). */
const breaks = (text: string, from: number, to: number): boolean => text.slice(from, to).includes('\n');

/**
 * The edits that put `item` (its text: `key: value`, or a list item) into `collection` before its
 * item `index` (at the end for `items.length`). Items one a line get a line of their own, with a
 * comma after it when the items have one; the comment lines over the next item stay over it.
 */
export function insertItem(text: string, collection: FlowCollection, index: number, item: string): Splice[] {
  const items = collection.items as Item[];
  const [open = 0, close = 0] = collection.range ?? [];
  if (items.length === 0) {
    const inner = text.slice(open + 1, close - 1);
    // `{}`: filled as the file writes its other braces; `{ # none yet` keeps its comment after the item.
    if (!inner.includes('#')) return [{ start: open, end: close, text: `${text[open]} ${item} ${text[close - 1]}` }];
    return [{ start: open + 1, end: open + 1, text: ` ${item}` }];
  }
  if (index >= items.length) {
    const last = items.at(-1)!;
    const end = endOf(last);
    const after = nextMark(text, end);
    const comma = text[after] === ',' ? after : -1;
    // The closing bracket on a line below the last item: the new one goes on a line of its own.
    if (!breaks(text, end, close - 1)) return [{ start: end, end, text: `, ${item}` }];
    const ownLine = { start: lineEnd(text, comma >= 0 ? comma : end), end: lineEnd(text, comma >= 0 ? comma : end), text: `${indentUnder(text, last)}${item}${comma >= 0 ? ',' : ''}\n` };
    return comma >= 0 ? [ownLine] : [{ start: end, end, text: ',' }, ownLine];
  }
  const next = items[index]!;
  const start = startOf(next);
  if (index === 0 || breaks(text, nextMark(text, endOf(items[index - 1]!)), start)) {
    // `next` begins a line: the new item's line goes above it and above the comment lines over it.
    if (/^[ \t]*$/.test(text.slice(lineStart(text, start), start))) {
      const at = headingStart(text, lineStart(text, start));
      return [{ start: at, end: at, text: `${indentUnder(text, next)}${item},\n` }];
    }
  }
  return index === 0 ? [{ start, end: start, text: `${item}, ` }] : [{ start: endOf(items[index - 1]!), end: endOf(items[index - 1]!), text: `, ${item}` }];
}

/**
 * The edits that take item `index` out of `collection`: the item and one comma next to it (the one
 * after it, else the one before); its line too when nothing else is left on it. The comments around
 * it are not part of it, and stay.
 */
export function removeItem(text: string, collection: FlowCollection, index: number): Splice[] {
  const items = collection.items as Item[];
  const item = items[index]!;
  const start = startOf(item);
  const end = endOf(item);
  const after = nextMark(text, end);
  const cut = (from: number, to: number): Splice => {
    // Nothing but spaces left on the line: the line goes.
    const blankBefore = /^[ \t]*$/.test(text.slice(lineStart(text, from), from));
    const blankAfter = /^[ \t]*\r?\n/.test(text.slice(to));
    return blankBefore && blankAfter ? { start: lineStart(text, from), end: lineEnd(text, to), text: '' } : { start: from, end: to, text: '' };
  };
  if (text[after] === ',') {
    let to = after + 1;
    while (text[to] === ' ' || text[to] === '\t') to++;
    // A comment after the comma stays, a space away from whatever is left before it on the line.
    if (text[to] === '#' && to > after + 1 && !/\s/.test(text[start - 1] ?? '\n')) to--;
    return [cut(start, to)];
  }
  if (index === 0) return [cut(start, end)];
  const comma = nextMark(text, endOf(items[index - 1]!));
  // `a, b` → `a`: the comma and the spaces go with the item when they are on its line.
  if (!breaks(text, comma, start) && !text.slice(comma, start).includes('#')) return [{ start: comma, end, text: '' }];
  return [{ start: comma, end: comma + 1, text: '' }, cut(start, end)];
}
