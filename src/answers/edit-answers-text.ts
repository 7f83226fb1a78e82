import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { OutcomeStatus } from '../questionnaire/outcome.js';
import type { AnswerValue } from '../scoring/conditions.js';
import { blockUnder, indicatorLines, inFlow, inline, isWord, replaceValue, setIndicatorSplices, type IndicatorUpdate } from './edit-outcome-text.js';
import { indentOf, lineEnd, lineStart, pairEnd, removePair, scalarOf, type Splice } from './text-places.js';
import { setAnswerInFlow } from './edit-flow-text.js';
import { aboveComments, afterOrphanHeading } from './entry-place.js';
import { afterOwnComments } from './comment-lines.js';
import { applySplices, blockEndLine, columnOf, nodeAt, pairAt, parseAnswersText, type YamlPath } from './map-at-path.js';

/**
 * What the interview decided about one question. An outcome question is answered one indicator at a
 * time (`indicator`, saved as `indicators: { ID: true }`) and then confirmed (`confirmed`, saved as
 * `confirmed:` and `justification:`; both absent to leave the derived status alone).
 */
export type AnswerUpdate =
  | { status: 'answered'; value: AnswerValue; note?: string }
  | { status: 'unknown'; note?: string }
  | { status: 'not-applicable'; reason: string; note?: string }
  | IndicatorUpdate
  | { status: 'confirmed'; confirmed?: OutcomeStatus; justification?: string; note?: undefined }
  // A note alone, after an outcome is saved (`--notes`): its statements and status are saved already.
  | { status: 'note'; note: string };

/**
 * A question's id and section, which decide where its new entry goes; an outcome's indicator ids,
 * in order, decide where a new indicator's line goes.
 */
export interface QuestionPlace {
  id: string;
  sectionId: string;
  indicators?: readonly string[];
  /** A free-text question: its answer is the user's own text, not a word of the questionnaire's. */
  freeText?: boolean;
}

export { parseAnswersText };

/**
 * The last text setAnswerInText parsed, read only: a review that changes nothing (an outcome saves
 * each of its indicators) parses a large file once, not once per answer.
 */
let lastParsed: { text: string; doc: ReturnType<typeof parseAnswersText> } | undefined;
export function parsedOnce(text: string): ReturnType<typeof parseAnswersText> {
  if (lastParsed?.text !== text) lastParsed = { text, doc: parseAnswersText(text) };
  return lastParsed.doc;
}

/** Whether the file already says what the update says, so a review that accepts it changes nothing. */
function sameValue(existing: unknown, wanted: AnswerValue): boolean {
  const norm = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : String(v));
  if (Array.isArray(wanted)) return Array.isArray(existing) && existing.length === wanted.length && [...existing].map(norm).sort().join('\0') === [...wanted].map(norm).sort().join('\0');
  return existing !== null && existing !== undefined && !Array.isArray(existing) && norm(existing) === norm(wanted);
}

/** An outcome's fields, which the answers schema refuses beside `status:`. */
const OUTCOME_FIELDS = { indicators: undefined, comments: undefined, confirmed: undefined, justification: undefined };

/**
 * The fields a long-form entry should end with for `update`: key → value, or undefined to remove
 * (indicators are set by edit-outcome-text.ts instead). A confirmation removes a "don't know".
 */
function wantedFields(update: Exclude<AnswerUpdate, IndicatorUpdate>): Record<string, unknown> {
  if (update.status === 'note') return { note: update.note };
  if (update.status === 'confirmed') {
    const confirming = update.confirmed !== undefined || update.justification !== undefined;
    return { ...(confirming ? { status: undefined, reason: undefined } : {}), confirmed: update.confirmed, justification: update.justification };
  }
  return {
    value: update.status === 'answered' ? update.value : undefined,
    status: update.status === 'answered' ? undefined : update.status,
    reason: update.status === 'not-applicable' ? update.reason : undefined,
    ...(update.status === 'answered' ? {} : OUTCOME_FIELDS),
    ...(update.note !== undefined ? { note: update.note } : {}),
  };
}

/** The lines of a new block entry's fields (an outcome's, which has no short form) at `indent`. */
function blockLines(update: IndicatorUpdate | Extract<AnswerUpdate, { status: 'confirmed' }>, indent: string, step: string): string {
  if (update.status === 'indicator') return indicatorLines(update, indent, step);
  return Object.entries(wantedFields(update))
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}${k}: ${inline(v, k === 'confirmed')}\n`)
    .join('');
}

/** Whether `update` is written as a block rather than on the entry's line. */
const isOutcomeUpdate = (update: AnswerUpdate): update is IndicatorUpdate | Extract<AnswerUpdate, { status: 'confirmed' }> => update.status === 'indicator' || update.status === 'confirmed';

/** The whole text of a new entry, ending in a line break. */
function entryText(question: string, update: AnswerUpdate, indent: string, step: string, words: boolean): string {
  return isOutcomeUpdate(update) ? `${indent}${question}:\n${blockLines(update, indent + step, step)}` : `${indent}${question}: ${inlineEntry(update, words)}\n`;
}

/** The file's indentation step: how much deeper an entry's fields are than the entry (2 when no entry says). */
function indentStep(text: string, entries: readonly Pair<Node, Node | null>[]): string {
  for (const pair of entries) {
    const first = isMap(pair.value) && !pair.value.flow ? (pair.value.items[0] as Pair<Node> | undefined) : undefined;
    if (!first) continue;
    const step = indentOf(text, first.key).length - indentOf(text, pair.key).length;
    if (step > 0) return ' '.repeat(step);
  }
  return '  ';
}

/** The fields that take each other's place when an answer becomes "don't know" or not applicable, or is answered again. */
const SWAPPED: Partial<Record<string, string>> = { value: 'status', status: 'value' };

/** Edits that make a block long-form entry say `update`, leaving every other field's bytes alone. */
function editLongEntry(text: string, map: YAMLMap, update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): Splice[] {
  const write = (key: string, value: unknown): string => inline(value, isWord(key, words));
  const wanted = wantedFields(update);
  const splices: Splice[] = [];
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyOf = (p: Pair<Node, Node | null>): string => String(scalarOf(p.key));
  let indent = '';
  let after = map.range?.[1] ?? 0;
  const present = new Set(pairs.map(keyOf));
  for (const pair of pairs) {
    const keyStart = pair.key.range?.[0] ?? 0;
    indent = text.slice(lineStart(text, keyStart), keyStart);
    after = lineEnd(text, pairEnd(pair));
    const key = keyOf(pair);
    if (!(key in wanted)) continue;
    const value = wanted[key];
    // `value:` becoming `status:` (or back) is one line changed in its place, not one removed and one
    // added at the end, under the note (SPEC: a minimal edit).
    const other = SWAPPED[key];
    const into = other === undefined ? undefined : wanted[other];
    if (value === undefined && other !== undefined && into !== undefined && !present.has(other)) {
      splices.push({ start: keyStart, end: pairEnd(pair), text: `${other}: ${write(other, into)}` });
      present.add(other);
    } else if (value === undefined) {
      splices.push(removePair(text, pair));
    } else if (!(key === 'value' ? sameValue(scalarOf(pair.value), value as AnswerValue) : scalarOf(pair.value) === value)) {
      splices.push(replaceValue(text, pair.value, pair.key.range?.[1] ?? keyStart, write(key, value)));
    }
  }
  const added = Object.entries(wanted).filter(([k, v]) => v !== undefined && !present.has(k));
  // After the last field's own comments (under its evidence list, say), before the entry's closing ones.
  const at = afterOwnComments(text, after, indent.length);
  if (added.length) splices.push({ start: at, end: at, text: added.map(([k, v]) => `${indent}${k}: ${write(k, v)}\n`).join('') });
  return splices;
}

/**
 * A flow long-form entry (`{ value: a, reviewBy: 2027-06-30 }`) written again on its line: the
 * changed fields new, the others exactly as they were written.
 */
function editFlowEntry(text: string, map: YAMLMap, update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): Splice {
  const wanted = wantedFields(update);
  const fields: string[] = [];
  const present = new Set<string>();
  let kept = 0;
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const key = String(scalarOf(pair.key));
    present.add(key);
    const source = text.slice(pair.key.range?.[0] ?? 0, pair.value?.range?.[1] ?? pair.key.range?.[1] ?? 0);
    if (!(key in wanted)) (fields.push(source), kept++);
    else if (wanted[key] !== undefined) fields.push(`${key}: ${inFlow(wanted[key], isWord(key, words))}`);
  }
  for (const [k, v] of Object.entries(wanted)) if (v !== undefined && !present.has(k)) fields.push(`${k}: ${inFlow(v, isWord(k, words))}`);
  // Nothing of the user's own left (no owner, evidence...): the short form says it all.
  const written = kept === 0 && update.status === 'answered' && update.note === undefined ? inline(update.value, words) : `{ ${fields.join(', ')} }`;
  return { start: map.range?.[0] ?? 0, end: map.range?.[1] ?? 0, text: written };
}

/** An entry's value written inline: the short form when it can be, else a flow mapping. */
function inlineEntry(update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): string {
  if (update.status === 'answered' && update.note === undefined) return inline(update.value, words);
  const fields = Object.fromEntries(Object.entries(wantedFields(update)).filter(([, v]) => v !== undefined));
  return `{ ${Object.entries(fields).map(([k, v]) => `${k}: ${inFlow(v, isWord(k, words))}`).join(', ')} }`;
}

/** Whether an existing entry already says what `update` says. */
function unchanged(node: Node | null, update: Exclude<AnswerUpdate, IndicatorUpdate>): boolean {
  // Removing a confirmation that is not there.
  if (update.status === 'confirmed' && update.confirmed === undefined && update.justification === undefined && !isMap(node)) return true;
  if (isMap(node)) {
    const get = (k: string): unknown => scalarOf(node.get(k, true));
    const wanted = wantedFields(update);
    return Object.entries(wanted).every(([k, v]) => (v === undefined ? !node.has(k) : k === 'value' ? sameValue(get(k), v as AnswerValue) : get(k) === v));
  }
  return update.status === 'answered' && update.note === undefined && sameValue(scalarOf(node), update.value);
}

/**
 * The answers file's text with one answer set, changing nothing else: an existing entry has only
 * its changed value (or fields) replaced; a new one is inserted in questionnaire order (after the
 * entry of the nearest earlier question in the file) with the file's indentation. `questions` are
 * the questionnaire's, in order, with their sections (and an outcome's indicators, in order). An
 * outcome's indicator or confirmation is written in block form (edit-outcome-text.ts).
 */
export function setAnswerInText(text: string, question: string, update: AnswerUpdate, questions: readonly QuestionPlace[], path: YamlPath = ['answers']): string {
  const order = questions.map((q) => q.id);
  const sectionOf = (id: string): string | undefined => questions.find((q) => q.id === id)?.sectionId;
  const doc = parsedOnce(text);
  const answers = nodeAt(doc, path);
  const words = questions.find((q) => q.id === question)?.freeText !== true;
  let splices: Splice[];
  if (isMap(answers) && !answers.flow) {
    const pairs = answers.items as Pair<Node, Node | null>[];
    const pair = pairs.find((p) => String(scalarOf(p.key)) === question);
    const step = indentStep(text, pairs);
    if (pair) {
      if (update.status === 'indicator') splices = setIndicatorSplices(text, pair, update, questions.find((q) => q.id === question)?.indicators, step);
      else if (unchanged(pair.value, update)) return text;
      else if (isMap(pair.value)) splices = pair.value.flow ? [editFlowEntry(text, pair.value, update, words)] : editLongEntry(text, pair.value, update, words);
      // An empty entry (`id:`, as `init` writes it): an outcome's fields go in a block below it.
      else if (isOutcomeUpdate(update)) splices = blockUnder(text, pair, blockLines(update, indentOf(text, pair.key) + step, step));
      else splices = [replaceValue(text, pair.value, pair.key.range?.[1] ?? 0, inlineEntry(update, words))];
      if (splices.length === 0) return text;
    } else {
      if (update.status !== 'indicator' && unchanged(null, update)) return text;
      const firstKey = pairs[0]?.key.range?.[0] ?? 0;
      const indent = pairs.length ? text.slice(lineStart(text, firstKey), firstKey) : '  ';
      const line = entryText(question, update, indent, step, words);
      const at = order.indexOf(question);
      const before = pairs.filter((p) => {
        const i = order.indexOf(String(scalarOf(p.key)));
        return i >= 0 && i < at;
      });
      const rank = (p: Pair<Node, Node | null>): number => order.indexOf(String(scalarOf(p.key)));
      const previous = before.sort((a, b) => rank(a) - rank(b)).at(-1);
      const next = pairs.filter((p) => rank(p) > at).sort((a, b) => rank(a) - rank(b))[0];
      const section = sectionOf(question);
      // After the nearest earlier question's entry (with its trailing comment, any block below it and
      // the comment lines indented under it: comment-lines.ts). But the first answer of a section goes
      // just before the next answer of the same section instead: the comment lines above that one are
      // the section's heading.
      const startsSection = next !== undefined && sectionOf(String(scalarOf(next.key))) === section && (!previous || sectionOf(String(scalarOf(previous.key))) !== section);
      // With no earlier entry, the new one goes above the first entry's comment lines (and the blank
      // lines above them): those describe that entry or its section, not this question.
      const from = previous ? afterOwnComments(text, lineEnd(text, pairEnd(previous)), indent.length) : pairs.length ? (startsSection ? lineStart(text, firstKey) : aboveComments(text, lineStart(text, firstKey))) : lineEnd(text, answers.range?.[0] ?? text.length);
      const to = next ? lineStart(text, next.key.range?.[0] ?? 0) : blockEndLine(doc, text, path);
      // The questions between the neighbours that have no entry: this one is the nth of them.
      const present = new Set(pairs.map((p) => String(scalarOf(p.key))));
      const gap = order.slice(previous ? rank(previous) + 1 : 0, next ? rank(next) : order.length).filter((id) => !present.has(id));
      const offset = afterOrphanHeading(text, { from, to, column: indent.length, glued: previous !== undefined }, gap.indexOf(question), gap.length) ?? (startsSection ? lineStart(text, next?.key.range?.[0] ?? 0) : from);
      splices = [{ start: offset, end: offset, text: line }];
    }
  } else if (answers === undefined || answers === null || (isScalar(answers) && answers.value === null) || (isMap(answers) && answers.items.length === 0)) {
    // No entries yet (`answers:`, `answers: {}` or no key): start the block.
    const pair = pairAt(doc, path);
    if (update.status !== 'indicator' && unchanged(null, update)) return text;
    const holder = nodeAt(doc, path.slice(0, -1));
    const lastKey = isMap(holder) ? (holder.items.at(-1) as Pair<Node, Node | null> | undefined) : undefined;
    // The entries go one step deeper than the key that holds them: `answers:` itself, or its siblings.
    const keyIndent = pair ? columnOf(text, pair.key.range?.[0] ?? 0) : lastKey ? columnOf(text, lastKey.key.range?.[0] ?? 0) : '';
    const lines = entryText(question, update, `${keyIndent}  `, '  ', words);
    // `{}` or `~` goes; a comment after it stays on the key's line, where it was written.
    if (pair) splices = blockUnder(text, pair, lines);
    else if (path.length === 1) {
      splices = [{ start: text.length, end: text.length, text: `${path[0]}:\n${lines}` }];
    } else if (lastKey && isMap(holder) && !holder.flow) {
      // A system entry without `answers:` yet: the key goes after its last field (and that field's own comments).
      const after = afterOwnComments(text, lineEnd(text, pairEnd(lastKey)), keyIndent.length);
      splices = [{ start: after, end: after, text: `${keyIndent}${path.at(-1)}:\n${lines}` }];
    } else return rewriteFlow(text, question, update, path, words, order);
  } else return rewriteFlow(text, question, update, path, words, order);
  return applySplices(text, splices);
}

/** A flow mapping of answers (`answers: { a: 1 }`), or a system written as a flow entry: that collection is written again (edit-flow-text.ts). */
function rewriteFlow(text: string, question: string, update: AnswerUpdate, at: YamlPath, words: boolean, order: readonly string[]): string {
  if (update.status === 'indicator') return setAnswerInFlow(text, question, { indicator: update.indicator, value: update.value }, at, order);
  // Said already (`true` for `yes` too): a review that accepts it leaves the file alone.
  if (unchanged(nodeAt(parsedOnce(text), [...at, question]) ?? null, update)) return text;
  return setAnswerInFlow(text, question, { fields: wantedFields(update), ...(update.status === 'answered' && update.note === undefined ? { short: update.value } : {}), words }, at, order);
}
