// Minimal edits of an answers file's text, part two: the value writers edit-answers-text.ts shares,
// and the edits of an outcome entry's `indicators:` (SPEC "v2: questions answered by indicators" and
// "v2: writing files safely"). Only the line of the indicator that changed, or a new one, differs.
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { IndicatorValue } from '../questionnaire/outcome.js';
import { doubleQuoted, keyScalar, textScalar } from '../yaml/yaml-scalar.js';
import { afterOwnComments } from './comment-lines.js';
import { insertItem } from './flow-items.js';
import { afterColon, indentOf, keyOf, lineEnd, nodeEnd, pairEnd, removePair, scalarOf, valueEnd, type EntryPair, type Splice } from './text-places.js';

/** One indicator of an outcome question answered: saved as `indicators: { ID: value }`. */
export interface IndicatorUpdate {
  status: 'indicator';
  indicator: string;
  value: IndicatorValue;
  note?: undefined;
}

/**
 * Whether field `key` of an answer holds a questionnaire's own word, written as the format shows it
 * (`value: yes`, `confirmed: achieved`, `status: unknown`); the user's text (a note, a reason) is
 * written so that YAML 1.1 tools read it back as itself. `words`: the question's answer is such a word.
 */
export const isWord = (key: unknown, words: boolean): boolean => (key === 'value' ? words : key === 'status' || key === 'confirmed');

/**
 * A value inside braces, where a comma or a colon ends plain text: written as a list item would be.
 * `words`: the value is a questionnaire's own word (`yes`, `in-place`), written as the format shows
 * it; any other text is written so that YAML 1.1 tools read it back as itself (yaml-scalar.ts).
 */
export function inFlow(v: unknown, words = false): string {
  if (v !== null && typeof v === 'object') return inline(v, words);
  if (typeof v === 'string' && (!words || /[\n\r]/.test(v))) return textScalar(v, true);
  // A word, a number, `true`: as YAML writes it in a list (the list of text above would come back here).
  return inline([v], true).slice(1, -1);
}

/**
 * A review date (`reviewBy`) or a waiver's `expires`, written plain as the format shows them: they
 * are dates, which YAML 1.1 tools may read as dates, unlike text. Quoted, an alias written out with
 * its new review date (`r: *s`) gave `reviewBy: "2027-01-01"` beside the anchored entry's plain one.
 */
export const isDateField = (key: unknown, value: unknown): boolean => (key === 'reviewBy' || key === 'expires') && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A value on one line as YAML writes it: plain when it can be, quoted when it must; lists as `[a, b]`. */
export function inline(value: unknown, words = false): string {
  // A line break would make a block scalar, indented for the top level: keep it on the line instead.
  if (typeof value === 'string' && (!words || /[\n\r]/.test(value))) return textScalar(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${keyScalar(k)}: ${inFlow(v, (words && k === 'value') || isDateField(k, v))}`).join(', ')} }`;
  }
  if (Array.isArray(value) && !words) return `[${value.map((v) => inFlow(v)).join(', ')}]`;
  const doc = new Document(value, { version: '1.2' });
  if (Array.isArray(value)) (doc.contents as YAMLMap).flow = true;
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  // A word that reads as a document marker ("...") the library writes as a block scalar: kept on its line.
  return typeof value === 'string' && out.includes('\n') ? doubleQuoted(value) : out;
}

/**
 * Replace a value node's text, or fill an empty one (`key:` with nothing after it). A block list
 * (a multiple choice written one item a line) is replaced from the key's colon, so that the new value
 * is on the key's line, as it is written everywhere else.
 */
export function replaceValue(text: string, node: Node | null, keyEnd: number, value: string): Splice {
  const range = node?.range;
  const start = afterColon(text, keyEnd);
  if (!node || !range || range[0] === range[1]) {
    // `key:   # a comment`: the value goes before the comment, which keeps its column where it can.
    const end = Math.max(start, range ? range[1] : start);
    const written = ` ${value}`;
    return { start, end, text: text[end] === '#' ? written + ' '.repeat(Math.max(1, end - start - written.length)) : written };
  }
  if ((isSeq(node) || isMap(node)) && !node.flow && node.items.length > 0) return { start, end: nodeEnd(node), text: ` ${value}` };
  // A tag (`!!int 10`) named the old value's type, not the new one's (`!!int { status: unknown }`
  // reads in no YAML tool): it goes with the value; an anchor beside it stays.
  const props = text.slice(start, range[0]);
  if (node.tag !== undefined && !/[\n#]/.test(props)) {
    const leading = /^\s*/.exec(props)![0];
    const others = props.slice(leading.length).replace(/(^|\s)![^\s]*/, '$1').trim();
    return { start, end: valueEnd(text, node), text: `${leading || ' '}${others ? `${others} ` : ''}${value}` };
  }
  return { start: range[0], end: valueEnd(text, node), text: value };
}

/**
 * A date (`reviewBy:`) replaced inside the quotes it was written in, if any: `'2026-03-31'` stays
 * quoted and a plain date plain. Written anew as text it would be double-quoted (YAML 1.1 reads a
 * plain date as a date: yaml-scalar.ts), changing more of the line than the date.
 */
export function replaceDate(text: string, node: Node | null, keyEnd: number, date: string): Splice {
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const at = text.indexOf(node.value, node.range[0]);
    if (at >= 0 && at + node.value.length <= node.range[1]) return { start: at, end: at + node.value.length, text: date };
  }
  return replaceValue(text, node, keyEnd, inline(date));
}

/** A mapping with nothing in it: `key:`, `key: ~`, `key: {}`. */
const isEmpty = (node: Node | null): boolean => node === null || (isScalar(node) && node.value === null) || (isMap(node) && node.items.length === 0);

/**
 * A pair's value made a block: whatever is written after `key:` (`{}`, `~`, a flow mapping) goes,
 * a comment after it stays, and `lines` (each ending in a line break) follow the key's line and any
 * comment lines under it indented deeper than they are.
 */
export function blockUnder(text: string, pair: EntryPair, lines: string): Splice[] {
  const keyEnd = pair.key.range?.[1] ?? 0;
  const value = pair.value;
  const splices: Splice[] = [];
  const end = value?.range && value.range[1] > value.range[0] ? valueEnd(text, value) : undefined;
  if (end !== undefined) splices.push({ start: afterColon(text, keyEnd), end, text: '' });
  const at = afterOwnComments(text, lineEnd(text, Math.max(keyEnd, end ?? keyEnd)), /^ */.exec(lines)![0].length);
  splices.push({ start: at, end: at, text: lines });
  return splices;
}

const indicatorText = (value: IndicatorValue): string => String(value);

/** `yes`, `True`... written by a person say the same as `true`. */
export function sameIndicator(existing: unknown, wanted: IndicatorValue): boolean {
  const norm = (v: unknown): string => (v === true || /^(yes|true)$/i.test(String(v)) ? 'true' : v === false || /^(no|false)$/i.test(String(v)) ? 'false' : String(v));
  return existing !== null && existing !== undefined && norm(existing) === norm(wanted);
}

/** The pair of `pairs` after which indicator `id` goes: the nearest earlier one in the question's order. */
export function earlierPair(pairs: readonly EntryPair[], id: string, order: readonly string[] | undefined): EntryPair | null | undefined {
  const at = order?.indexOf(id) ?? -1;
  if (at < 0) return pairs.at(-1); // not in the questionnaire's list: at the end
  const rank = (p: EntryPair): number => order!.indexOf(keyOf(p));
  const before = pairs.filter((p) => rank(p) >= 0 && rank(p) < at).sort((a, b) => rank(a) - rank(b));
  return before.at(-1) ?? null; // null: before every indicator present
}

/** The index among `pairs` where indicator `id` goes in. */
function indexAfter(pairs: readonly EntryPair[], id: string, order: readonly string[] | undefined): number {
  const after = earlierPair(pairs, id, order);
  return after ? pairs.indexOf(after) + 1 : after === null ? 0 : pairs.length;
}

/** Edits that set one indicator under a pair whose value is (or becomes) the `indicators:` mapping. */
function setUnder(text: string, holder: EntryPair, update: IndicatorUpdate, order: readonly string[] | undefined, step: string): Splice[] {
  const { indicator: id, value } = update;
  const map = holder.value;
  if (isEmpty(map) || !isMap(map)) return blockUnder(text, holder, `${indentOf(text, holder.key)}${step}${keyScalar(id)}: ${indicatorText(value)}\n`);
  const pairs = map.items as EntryPair[];
  const existing = pairs.find((p) => keyOf(p) === id);
  if (existing) return sameIndicator(scalarOf(existing.value), value) ? [] : [replaceValue(text, existing.value, existing.key.range?.[1] ?? 0, indicatorText(value))];
  // In braces: the indicator goes in among the others, which keep their bytes and comments (flow-items.ts).
  if (map.flow) return insertItem(text, map, indexAfter(pairs, id, order), `${keyScalar(id)}: ${indicatorText(value)}`);
  // After the nearest earlier indicator (so the comment lines above the next one stay above it), or
  // straight after `indicators:` when none is earlier.
  const after = earlierPair(pairs, id, order);
  const indent = indentOf(text, pairs[0]!.key);
  const at = afterOwnComments(text, lineEnd(text, after ? pairEnd(after) : (holder.key.range?.[1] ?? 0)), indent.length);
  return [{ start: at, end: at, text: `${indent}${keyScalar(id)}: ${indicatorText(value)}\n` }];
}

/** The lines of a new block entry's fields for an indicator, at `indent` (the fields' own indent). */
export const indicatorLines = (update: IndicatorUpdate, indent: string, step: string): string => `${indent}indicators:\n${indent}${step}${keyScalar(update.indicator)}: ${indicatorText(update.value)}\n`;

/**
 * Edits that set one indicator of an existing outcome entry written as a block (or empty: `id:`,
 * which becomes one; an entry in braces is edited in them, edit-flow-text.ts): `status:` and
 * `reason:` (a "don't know" or "not applicable" said earlier) go, as the answers schema refuses them
 * beside indicators; `indicators:` is added after the last field, filled, or gets the indicator's
 * line in the question's order. No edits when it already says so.
 */
export function setIndicatorSplices(text: string, entry: EntryPair, update: IndicatorUpdate, order: readonly string[] | undefined, step: string): Splice[] {
  const value = entry.value;
  const fieldIndent = `${indentOf(text, entry.key)}${step}`;
  // Braces holding only a "don't know" or "not applicable" (the caller keeps any others): a block of the statements.
  if (isEmpty(value) || !isMap(value) || value.flow) return blockUnder(text, entry, indicatorLines(update, fieldIndent, step));
  const pairs = value.items as EntryPair[];
  const dropped = (p: EntryPair): boolean => keyOf(p) === 'status' || keyOf(p) === 'reason';
  const holder = pairs.find((p) => keyOf(p) === 'indicators');
  const splices = pairs.filter(dropped).map((p) => removePair(text, p));
  if (holder) return [...splices, ...setUnder(text, holder, update, order, step)];
  const indent = indentOf(text, pairs[0]!.key);
  const at = afterOwnComments(text, lineEnd(text, pairEnd(pairs.at(-1)!)), indent.length);
  return [...splices, { start: at, end: at, text: indicatorLines(update, indent, step) }];
}
