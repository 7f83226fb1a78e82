// A critical system added to an answers file's `systems:` list as a minimal edit (SPEC "v2: writing
// files safely"): the new entry is appended after the last one; nothing else in the file changes.
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import { blockUnder, inline } from './edit-outcome-text.js';
import { lineEnd, lineStart, pairEnd, scalarOf } from './text-places.js';
import { afterOwnComments, lineIndent } from './comment-lines.js';
import { insertItem, isPadded } from './flow-items.js';
import { textScalar } from '../yaml/yaml-scalar.js';
import { applySplices, blockEndLine, columnOf, documentEnd, pairAt, parseAnswersText } from './map-at-path.js';

/** A system as the walk first writes it: its answers follow, inline or in its own file. */
export interface NewSystemEntry {
  id: string;
  title: string;
  owner?: string;
  /** Its own file, relative to the answers file's folder. */
  file?: string;
}

const fieldsOf = (entry: NewSystemEntry): [string, string][] => [
  ['id', entry.id],
  ['title', entry.title],
  ...(entry.owner ? ([['owner', entry.owner]] as [string, string][]) : []),
  ...(entry.file ? ([['file', entry.file]] as [string, string][]) : []),
];

/** The entry's lines, the first after `dash` (`  - `) and the others under its first key. */
function entryLines(entry: NewSystemEntry, dash: string): string {
  const under = ' '.repeat(dash.length);
  return fieldsOf(entry)
    .map(([key, value], i) => `${i === 0 ? dash : under}${key}: ${inline(value)}\n`)
    .join('');
}

/** The entry in braces, spaced inside them by `pad`. */
const flowEntry = (entry: NewSystemEntry, pad: string): string => `{${pad}${fieldsOf(entry).map(([key, value]) => `${key}: ${textScalar(value, true)}`).join(', ')}${pad}}`;

/** Where a list item's text ends: after its last field, not after the comments that follow it. */
function itemEnd(item: Node): number {
  if (isMap(item) && !item.flow && item.items.length > 0) return pairEnd(item.items.at(-1) as Pair<Node, Node | null>);
  return item.range?.[1] ?? 0;
}

/**
 * The answers file's text with `entry` appended to `systems:`: after the last system, with its
 * indentation; as a new `systems:` block after the organisation's answers when there is none.
 */
export function addSystemInText(text: string, entry: NewSystemEntry): string {
  const doc = parseAnswersText(text);
  const pair = pairAt(doc, ['systems']);
  const list = pair?.value;
  const top = doc.contents;
  if (!pair && isMap(top) && top.flow) {
    // The top level written in braces: `systems: [ … ]` goes in them, after the organisation's answers.
    const items = top.items as Pair<Node, Node | null>[];
    const answers = items.findIndex((p) => scalarOf(p.key) === 'answers');
    const pad = isPadded(text, top) ? ' ' : '';
    return applySplices(text, insertItem(text, top, answers < 0 ? items.length : answers + 1, `systems: [${flowEntry(entry, pad)}]`));
  }
  if (!pair) {
    // After the organisation's answers (before `waivers:`, say), as the format's examples show it.
    const at = pairAt(doc, ['answers']) ? blockEndLine(doc, text, ['answers']) : documentEnd(doc, text);
    return applySplices(text, [{ start: at, end: at, text: `systems:\n${entryLines(entry, '  - ')}` }]);
  }
  if (isSeq(list) && !list.flow && list.items.length > 0) {
    const last = list.items.at(-1) as Node;
    const start = last.range?.[0] ?? 0;
    const dash = columnOf(text, start);
    // `- ` and the spaces before it, as the last item has them.
    const lead = /^\s*-\s+$/.test(text.slice(start - dash.length, start)) ? text.slice(start - dash.length, start) : '  - ';
    // After the comment lines indented under the last system, which are its own (comment-lines.ts).
    const at = afterOwnComments(text, lineEnd(text, itemEnd(last)), lineIndent(text, lineStart(text, start)));
    return applySplices(text, [{ start: at, end: at, text: entryLines(entry, lead) }]);
  }
  const empty = list === null || list === undefined || (isSeq(list) && list.items.length === 0) || scalarOf(list) === null;
  if (empty) {
    // `systems:` or `systems: []`: the list starts on the next line; a comment after `[]` stays on the key's line.
    return applySplices(text, blockUnder(text, pair, entryLines(entry, `${columnOf(text, pair.key.range?.[0] ?? 0)}  - `)));
  }
  // A flow list of systems: the new one goes in after the last, the others and the comments among them as they were.
  if (!isSeq(list)) throw new Error('"systems:" is not a list');
  // Spaced inside its braces as the system before it is.
  const model = list.items.at(-1);
  const pad = (isMap(model) && model.flow ? isPadded(text, model) : isPadded(text, list)) ? ' ' : '';
  return applySplices(text, insertItem(text, list, list.items.length, flowEntry(entry, pad)));
}
