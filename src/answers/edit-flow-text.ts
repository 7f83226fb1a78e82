// Answers held in a flow collection (`answers: { a: yes, b: no }`, a system written as
// `- { id: x, title: Y }`, an entry `{ value: a, owner: Jo }`) edited in place: a value replaced, an
// item added or removed (flow-items.ts). Writing the whole file again, as this once did, reflowed
// every folded note and closed up comment alignment; writing the collection again, as it did next,
// put a collection spread over lines on one line and lost every comment inside it (SPEC "v2: writing
// files safely": only the answers that changed may differ, and comments survive a save).
import { isMap, type Document, type Node } from 'yaml';
import { keyScalar } from '../yaml/yaml-scalar.js';
import type { IndicatorValue } from '../questionnaire/outcome.js';
import { fieldEdits } from './entry-fields.js';
import { earlierPair, inFlow, isDateField, isWord, replaceDate, replaceValue, sameIndicator } from './edit-outcome-text.js';
import { insertItem, isPadded, removeItem, type FlowCollection } from './flow-items.js';
import { applySplices, nodeAt, pairAt, parseAnswersText, type YamlPath } from './map-at-path.js';
import { keyOf, pairEnd, scalarOf, type EntryPair, type Splice } from './text-places.js';

/**
 * What an answer becomes: one indicator of an outcome set (`order`: the outcome's indicators, in
 * order); or its fields set (undefined: removed), with `short`, the value alone, when nothing else
 * of the entry is left to keep.
 */
export type FlowChange = { indicator: string; value: IndicatorValue; order?: readonly string[] } | { fields: Record<string, unknown>; short?: unknown; words?: boolean };

/** A value inside braces; a mapping spaced inside its braces as the braces around it are. */
function flowText(value: unknown, words: boolean, padded: boolean): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return inFlow(value, words);
  const pad = padded ? ' ' : '';
  return `{${pad}${Object.entries(value).map(([k, v]) => `${keyScalar(k)}: ${flowText(v, isWord(k, words) || isDateField(k, v), padded)}`).join(', ')}${pad}}`;
}

/** Whether the nearest flow collection holding `path` is spaced inside its braces (a new one is). */
function paddedAt(doc: Document, text: string, path: YamlPath): boolean {
  for (let depth = path.length; depth > 0; depth--) {
    const node = nodeAt(doc, path.slice(0, depth));
    if (isMap(node) && node.flow) return isPadded(text, node);
  }
  return true;
}

/** Edits made one after another, each on the text the one before left (read again), so that none overlaps another. */
type Step = (doc: Document, text: string) => Splice[];
function stepwise(text: string, steps: readonly Step[]): string {
  let out = text;
  for (const step of steps) {
    const splices = step(parseAnswersText(out), out);
    if (splices.length > 0) out = applySplices(out, splices);
  }
  return out;
}

/** The entry mapping at `path` and its pair `key`, as the text stands. */
function fieldOf(doc: Document, path: YamlPath, key: string): { map: FlowCollection; pair: EntryPair; index: number } | undefined {
  const map = nodeAt(doc, path);
  if (!isMap(map)) return undefined;
  const index = (map.items as EntryPair[]).findIndex((p) => keyOf(p) === key);
  return index < 0 ? undefined : { map, pair: map.items[index] as EntryPair, index };
}

const keyEnd = (pair: EntryPair): number => pair.key.range?.[1] ?? 0;

/** A long-form entry in braces given `fields`: each field changed, removed or added in its place. */
function setFields(text: string, path: YamlPath, change: Extract<FlowChange, { fields: unknown }>): string {
  const doc = parseAnswersText(text);
  const entry = nodeAt(doc, path) as FlowCollection;
  const pairs = entry.items as EntryPair[];
  const words = change.words === true;
  const padded = isPadded(text, entry);
  const write = (key: string, value: unknown): string => flowText(value, isWord(key, words) || isDateField(key, value), padded);
  // Nothing of the user's own left (no owner, evidence...): the short form says it all. A comment
  // inside is kept above the entry (keep-comments.ts).
  const own = pairs.some((p) => !(keyOf(p) in change.fields));
  if (change.short !== undefined && !own) {
    const pair = pairAt(doc, path)!;
    return applySplices(text, [replaceValue(text, entry, keyEnd(pair), flowText(change.short, words, padded))]);
  }
  const { edits, added } = fieldEdits(pairs, change.fields);
  const steps: Step[] = edits.map((edit) => (now, at) => {
    const found = fieldOf(now, path, keyOf(edit.pair));
    if (!found) return [];
    const { map, pair, index } = found;
    if (edit.kind === 'remove') return removeItem(at, map, index);
    if (edit.kind === 'swap') return [{ start: pair.key.range?.[0] ?? 0, end: pairEnd(pair), text: `${edit.key}: ${write(edit.key, edit.value)}` }];
    if (edit.key === 'reviewBy') return [replaceDate(at, pair.value, keyEnd(pair), String(edit.value))];
    return [replaceValue(at, pair.value, keyEnd(pair), write(edit.key, edit.value))];
  });
  if (added.length > 0) {
    steps.push((now, at) => {
      const map = nodeAt(now, path) as FlowCollection;
      return insertItem(at, map, map.items.length, added.map(([k, v]) => `${k}: ${write(k, v)}`).join(', '));
    });
  }
  return stepwise(text, steps);
}

/**
 * An outcome's entry in braces given one indicator: a "don't know" said before goes, the indicator
 * goes in its order, in `indicators: { … }` inside the braces, however many the outcome has. YAML
 * puts no limit on a flow collection's line but on an implicit key's length (1024 characters), and
 * an indicator's id is at most 100; a line grown long is the form the file's author chose, and
 * writing the entry again as a block at some width would be the reformatting a save must not do.
 */
function setIndicator(text: string, path: YamlPath, change: Extract<FlowChange, { indicator: string }>): string {
  const line = `${keyScalar(change.indicator)}: ${String(change.value)}`;
  // Spaced as the braces were written, asked before the "don't know" goes and may leave them empty.
  const pad = isPadded(text, nodeAt(parseAnswersText(text), path) as FlowCollection) ? ' ' : '';
  const removed = (key: string): Step => (now, at) => {
    const found = fieldOf(now, path, key);
    return found ? removeItem(at, found.map, found.index) : [];
  };
  return stepwise(text, [
    removed('status'),
    removed('reason'),
    (now, at) => {
      const entry = nodeAt(now, path) as FlowCollection;
      const holder = fieldOf(now, path, 'indicators');
      const item = `indicators: {${pad}${line}${pad}}`;
      const [open = 0, close = 0] = entry.range ?? [];
      // Emptied of its "don't know" (inside `answers: { … }`, where no block can go; no comment inside): filled as it was spaced.
      if (entry.items.length === 0 && !at.slice(open, close).includes('#')) return [{ start: open, end: close, text: `{${pad}${item}${pad}}` }];
      if (!holder) return insertItem(at, entry, entry.items.length, item);
      const map = holder.pair.value;
      if (!isMap(map)) return [replaceValue(at, map, keyEnd(holder.pair), `{${pad}${line}${pad}}`)];
      const pairs = map.items as EntryPair[];
      const existing = pairs.find((p) => keyOf(p) === change.indicator);
      if (existing) return sameIndicator(scalarOf(existing.value), change.value) ? [] : [replaceValue(at, existing.value, keyEnd(existing), String(change.value))];
      const after = earlierPair(pairs, change.indicator, change.order);
      return insertItem(at, map, after ? pairs.indexOf(after) + 1 : after === null ? 0 : pairs.length, line);
    },
  ]);
}

/**
 * Set `question`'s answer under `at`, where a flow collection holds it: the answers, or the entry
 * itself. A long-form entry keeps its other fields (evidence, owner, reviewBy...) and an outcome its
 * other indicators, as a block entry does; a new entry goes in questionnaire order (`order`).
 */
export function setAnswerInFlow(text: string, question: string, change: FlowChange, at: YamlPath, order: readonly string[] = []): string {
  const doc = parseAnswersText(text);
  const path = [...at, question];
  const pair = pairAt(doc, path);
  const words = 'words' in change && change.words === true;
  if (isMap(pair?.value)) return 'indicator' in change ? setIndicator(text, path, change) : setFields(text, path, change);
  const padded = paddedAt(doc, text, path);
  const value = 'indicator' in change ? { indicators: { [change.indicator]: change.value } } : (change.short ?? definedFields(change.fields));
  if (value === undefined) return text;
  const written = flowText(value, words, padded);
  if (pair) return applySplices(text, [replaceValue(text, pair.value, keyEnd(pair), written)]);
  const answers = nodeAt(doc, at);
  if (isMap(answers)) {
    // A new entry: in the questionnaire's order, as a block entry goes, not at the end.
    const rank = order.indexOf(question);
    const later = rank < 0 ? -1 : (answers.items as EntryPair[]).findIndex((p) => order.indexOf(keyOf(p)) > rank);
    return applySplices(text, insertItem(text, answers, later < 0 ? answers.items.length : later, `${keyScalar(question)}: ${written}`));
  }
  // A system in braces with no answers yet: `answers: { q: v }` at its end, or after its empty `answers:`.
  const holder = nodeAt(doc, at.slice(0, -1));
  const owner = pairAt(doc, at);
  const pad = padded ? ' ' : '';
  const inner = `{${pad}${keyScalar(question)}: ${written}${pad}}`;
  if (owner) return applySplices(text, [replaceValue(text, owner.value as Node | null, keyEnd(owner), inner)]);
  if (!isMap(holder)) throw new Error(`no place for answers at ${at.join('.')}`);
  return applySplices(text, insertItem(text, holder, holder.items.length, `${keyScalar(String(at.at(-1)))}: ${inner}`));
}

/** The fields that are set, as a mapping; undefined when none is. */
function definedFields(fields: Record<string, unknown>): Record<string, unknown> | undefined {
  const defined = Object.entries(fields).filter(([, v]) => v !== undefined);
  return defined.length > 0 ? Object.fromEntries(defined) : undefined;
}
