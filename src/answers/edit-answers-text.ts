import { isAlias, isMap, isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { keyScalar } from '../yaml/yaml-scalar.js';
import { blockUnder, indicatorLines, inFlow, inline, isDateField, isWord, replaceDate, replaceValue, setIndicatorSplices, type IndicatorUpdate } from './edit-outcome-text.js';
import { indentOf, lineEnd, lineStart, pairEnd, removePair, type Splice } from './text-places.js';
import { keyText } from '../yaml/key-text.js';
import { setAnswerInFlow } from './edit-flow-text.js';
import { fieldEdits, saysAlready, wantedFields, type AnswerUpdate } from './entry-fields.js';
import { aboveComments, afterOrphanHeading, afterSectionHeading, headedSections } from './entry-place.js';
import { afterOwnComments } from './comment-lines.js';
import { applySplices, blockEndLine, columnOf, documentEnd, nodeAt, pairAt, parseAnswersText, type YamlPath } from './map-at-path.js';

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
  /** Its section's title: a comment line that names it is the section's heading (entry-place.ts). */
  sectionTitle?: string;
}

export { parseAnswersText };
export type { AnswerUpdate };

/**
 * The last text setAnswerInText parsed, read only: a review that changes nothing (an outcome saves
 * each of its indicators) parses a large file once, not once per answer.
 */
let lastParsed: { text: string; doc: ReturnType<typeof parseAnswersText> } | undefined;
export function parsedOnce(text: string): ReturnType<typeof parseAnswersText> {
  if (lastParsed?.text !== text) lastParsed = { text, doc: parseAnswersText(text) };
  return lastParsed.doc;
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
  return isOutcomeUpdate(update) ? `${indent}${keyScalar(question)}:\n${blockLines(update, indent + step, step)}` : `${indent}${keyScalar(question)}: ${inlineEntry(update, words)}\n`;
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

/** Edits that make a block long-form entry say `update`, leaving every other field's bytes alone. */
function editLongEntry(text: string, map: YAMLMap, update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): Splice[] {
  const write = (key: string, value: unknown): string => inline(value, isWord(key, words) || isDateField(key, value));
  const pairs = map.items as Pair<Node, Node | null>[];
  const { edits, added } = fieldEdits(pairs, wantedFields(update));
  const splices = edits.map((edit): Splice => {
    const { pair } = edit;
    const keyStart = pair.key.range?.[0] ?? 0;
    // `value:` becoming `status:` (or back) is one line changed in its place, not one removed and one
    // added at the end, under the note (SPEC: a minimal edit).
    if (edit.kind === 'swap') return { start: keyStart, end: pairEnd(pair), text: `${edit.key}: ${write(edit.key, edit.value)}` };
    if (edit.kind === 'remove') return removePair(text, pair);
    if (edit.key === 'reviewBy') return replaceDate(text, pair.value, pair.key.range?.[1] ?? keyStart, String(edit.value));
    return replaceValue(text, pair.value, pair.key.range?.[1] ?? keyStart, write(edit.key, edit.value));
  });
  const last = pairs.at(-1);
  if (added.length > 0 && last) {
    const indent = indentOf(text, last.key);
    // After the last field's own comments (under its evidence list, say), before the entry's closing ones.
    const at = afterOwnComments(text, lineEnd(text, pairEnd(last)), indent.length);
    splices.push({ start: at, end: at, text: added.map(([k, v]) => `${indent}${k}: ${write(k, v)}\n`).join('') });
  }
  return splices;
}

/**
 * A changed entry that was an alias, written out: what the alias stood for with the change applied,
 * so that its other fields (a note, an owner) stay; the entry it points at is left alone.
 */
function aliasWrittenOut(doc: Document, target: Node | null, update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): string {
  if (!isMap(target)) return inlineEntry(update, words);
  const pairs = target.items as Pair<Node, Node | null>[];
  const { edits, added } = fieldEdits(pairs, wantedFields(update));
  const fields: [string, unknown][] = [];
  for (const pair of pairs) {
    const edit = edits.find((e) => e.pair === pair);
    if (edit?.kind === 'remove') continue;
    if (edit) fields.push([edit.key, edit.value]);
    else fields.push([keyText(pair.key), pair.value === null ? null : (pair.value as Node).toJS(doc)]);
  }
  fields.push(...added);
  return `{ ${fields.map(([k, v]) => `${keyScalar(k)}: ${inFlow(v, isWord(k, words) || isDateField(k, v))}`).join(', ')} }`;
}

/** An entry's value written inline: the short form when it can be, else a flow mapping. */
function inlineEntry(update: Exclude<AnswerUpdate, IndicatorUpdate>, words: boolean): string {
  if (update.status === 'answered' && update.note === undefined) return inline(update.value, words);
  const fields = Object.fromEntries(Object.entries(wantedFields(update)).filter(([, v]) => v !== undefined));
  return `{ ${Object.entries(fields).map(([k, v]) => `${k}: ${inFlow(v, isWord(k, words) || isDateField(k, v))}`).join(', ')} }`;
}

/**
 * The answers file's text with one answer set, changing nothing else: an existing entry has only
 * its changed value (or fields) replaced; a new one is inserted in questionnaire order (after the
 * entry of the nearest earlier question in the file) with the file's indentation. `questions` are
 * the questionnaire's, in order, with their sections (and an outcome's indicators, in order). An
 * outcome's indicator or confirmation is written in block form (edit-outcome-text.ts), except in an
 * entry written in braces, where it goes in those braces (edit-flow-text.ts).
 */
export function setAnswerInText(text: string, question: string, update: AnswerUpdate, questions: readonly QuestionPlace[], path: YamlPath = ['answers']): string {
  const order = questions.map((q) => q.id);
  const sectionOf = (id: string): string | undefined => questions.find((q) => q.id === id)?.sectionId;
  const indicatorsOf = (id: string): readonly string[] | undefined => questions.find((q) => q.id === id)?.indicators;
  const doc = parsedOnce(text);
  const answers = nodeAt(doc, path);
  const words = questions.find((q) => q.id === question)?.freeText !== true;
  let splices: Splice[];
  if (isMap(answers) && !answers.flow) {
    const pairs = answers.items as Pair<Node, Node | null>[];
    const pair = pairs.find((p) => keyText(p.key) === question);
    const step = indentStep(text, pairs);
    if (pair) {
      // An entry in braces is edited in them (edit-flow-text.ts), an outcome's statements too, so a
      // confirmation, justification or owner written in braces stays as written (README, "writing
      // files safely"). Braces that hold nothing the statements keep, only a "don't know" or "not
      // applicable" they replace (`{ status: unknown }`, as the walk writes one) or nothing (`{}`),
      // start a block instead: one line would grow to every statement of the outcome (25 in C1.a).
      const kept = isMap(pair.value) ? pair.value.items.filter((p) => !['status', 'reason'].includes(keyText(p.key))) : [];
      const inBraces = isMap(pair.value) && pair.value.flow && (update.status !== 'indicator' || kept.length > 0);
      if (inBraces) return editInBraces(text, question, update, path, words, order, indicatorsOf(question));
      // An alias (`q2: *v`) is read as what it stands for: accepted as it is, it stays an alias.
      const value = isAlias(pair.value) ? (pair.value.resolve(doc) ?? null) : pair.value;
      if (update.status === 'indicator') splices = setIndicatorSplices(text, pair, update, indicatorsOf(question), step);
      else if (saysAlready(value, update)) return text;
      else if (isAlias(pair.value)) splices = [replaceValue(text, pair.value, pair.key.range?.[1] ?? 0, aliasWrittenOut(doc, value, update, words))];
      else if (isMap(pair.value)) splices = editLongEntry(text, pair.value, update, words);
      // An empty entry (`id:`, as `init` writes it): an outcome's fields go in a block below it.
      else if (isOutcomeUpdate(update)) splices = blockUnder(text, pair, blockLines(update, indentOf(text, pair.key) + step, step));
      else splices = [replaceValue(text, pair.value, pair.key.range?.[1] ?? 0, inlineEntry(update, words))];
      if (splices.length === 0) return text;
    } else {
      if (update.status !== 'indicator' && saysAlready(null, update)) return text;
      const firstKey = pairs[0]?.key.range?.[0] ?? 0;
      const indent = pairs.length ? text.slice(lineStart(text, firstKey), firstKey) : '  ';
      const line = entryText(question, update, indent, step, words);
      // Each entry's place in the questionnaire, looked up once: found by searching the list of
      // questions for every entry, and sorted, a save into a file of 20,000 answers took 4 s.
      const place = new Map(order.map((id, i) => [id, i]));
      const sectionById = new Map(questions.map((q) => [q.id, q.sectionId]));
      const rank = (p: Pair<Node, Node | null>): number => place.get(keyText(p.key)) ?? -1;
      const at = place.get(question) ?? -1;
      let previous: Pair<Node, Node | null> | undefined;
      let next: Pair<Node, Node | null> | undefined;
      for (const p of pairs) {
        const i = rank(p);
        if (i >= 0 && i < at && (previous === undefined || i > rank(previous))) previous = p;
        if (i > at && (next === undefined || i < rank(next))) next = p;
      }
      const section = sectionOf(question);
      // After the nearest earlier question's entry (with its trailing comment, any block below it and
      // the comment lines indented under it: comment-lines.ts). But the first answer of a section goes
      // under a comment line that names the section, if one is over the next answer of the section;
      // else, where the file writes headings over sections rather than comments over each answer
      // (entry-place.ts), just before that answer, under the comment lines above it.
      const firstOfSection = next !== undefined && sectionOf(keyText(next.key)) === section && (!previous || sectionOf(keyText(previous.key)) !== section);
      const nextLine = next ? lineStart(text, next.key.range?.[0] ?? 0) : undefined;
      const afterPrevious = previous ? afterOwnComments(text, lineEnd(text, pairEnd(previous)), indent.length) : undefined;
      const named = firstOfSection ? afterSectionHeading(text, afterPrevious ?? 0, nextLine!, questions.find((q) => q.id === question)?.sectionTitle) : undefined;
      const startsSection = firstOfSection && headedSections(text, pairs.map((p) => ({ line: lineStart(text, p.key.range?.[0] ?? 0), section: sectionById.get(keyText(p.key)) })));
      // With no earlier entry, the new one goes above the first entry's comment lines (and the blank
      // lines above them): those describe that entry or its section, not this question.
      const from = afterPrevious ?? (pairs.length ? (startsSection ? lineStart(text, firstKey) : aboveComments(text, lineStart(text, firstKey))) : lineEnd(text, answers.range?.[0] ?? text.length));
      const to = nextLine ?? blockEndLine(doc, text, path);
      // The questions between the neighbours that have no entry: this one is the nth of them.
      const present = new Set(pairs.map((p) => keyText(p.key)));
      const gap = order.slice(previous ? rank(previous) + 1 : 0, next ? rank(next) : order.length).filter((id) => !present.has(id));
      const offset = afterOrphanHeading(text, { from, to, column: indent.length, glued: previous !== undefined }, gap.indexOf(question), gap.length) ?? named ?? (startsSection ? nextLine! : from);
      splices = [{ start: offset, end: offset, text: line }];
    }
  } else if (answers === undefined || answers === null || (isScalar(answers) && answers.value === null) || (isMap(answers) && answers.items.length === 0)) {
    // No entries yet (`answers:`, `answers: {}` or no key): start the block.
    const pair = pairAt(doc, path);
    if (update.status !== 'indicator' && saysAlready(null, update)) return text;
    const holder = nodeAt(doc, path.slice(0, -1));
    // In a system written in braces, the answers go in those braces too.
    if (isMap(holder) && holder.flow) return editInBraces(text, question, update, path, words, order, indicatorsOf(question));
    const lastKey = isMap(holder) ? (holder.items.at(-1) as Pair<Node, Node | null> | undefined) : undefined;
    // The entries go one step deeper than the key that holds them: `answers:` itself, or its siblings.
    const keyIndent = pair ? columnOf(text, pair.key.range?.[0] ?? 0) : lastKey ? columnOf(text, lastKey.key.range?.[0] ?? 0) : '';
    const lines = entryText(question, update, `${keyIndent}  `, '  ', words);
    // `{}` or `~` goes; a comment after it stays on the key's line, where it was written.
    if (pair) splices = blockUnder(text, pair, lines);
    else if (path.length === 1) {
      const end = documentEnd(doc, text);
      splices = [{ start: end, end, text: `${keyScalar(String(path[0]))}:\n${lines}` }];
    } else if (lastKey && isMap(holder) && !holder.flow) {
      // A system entry without `answers:` yet: the key goes after its last field (and that field's own comments).
      const after = afterOwnComments(text, lineEnd(text, pairEnd(lastKey)), keyIndent.length);
      splices = [{ start: after, end: after, text: `${keyIndent}${keyScalar(String(path.at(-1)))}:\n${lines}` }];
    } else return editInBraces(text, question, update, path, words, order, indicatorsOf(question));
  } else return editInBraces(text, question, update, path, words, order, indicatorsOf(question));
  return applySplices(text, splices);
}

/** A flow mapping of answers (`answers: { a: 1 }`), a system written as a flow entry, or an entry in braces: edited in them (edit-flow-text.ts). */
function editInBraces(text: string, question: string, update: AnswerUpdate, at: YamlPath, words: boolean, order: readonly string[], indicators: readonly string[] | undefined): string {
  if (update.status === 'indicator') return setAnswerInFlow(text, question, { indicator: update.indicator, value: update.value, ...(indicators ? { order: indicators } : {}) }, at, order);
  // Said already (`true` for `yes` too): a review that accepts it leaves the file alone.
  if (saysAlready(nodeAt(parsedOnce(text), [...at, question]) ?? null, update)) return text;
  return setAnswerInFlow(text, question, { fields: wantedFields(update), ...(update.status === 'answered' && update.note === undefined ? { short: update.value } : {}), words }, at, order);
}
