import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { AnswerValue } from '../scoring/conditions.js';

/** What the interview decided about one question. */
export type AnswerUpdate =
  | { status: 'answered'; value: AnswerValue; note?: string }
  | { status: 'unknown'; note?: string }
  | { status: 'not-applicable'; reason: string; note?: string };

/** A question's id and section, which decide where its new entry goes. */
export interface QuestionPlace {
  id: string;
  sectionId: string;
}

/** One change to the text: replace [start, end) with `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

export const parseAnswersText = (text: string) => parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false });

/** A value inside braces, where a comma or a colon ends plain text: written as a list item would be. */
const inFlow = (v: unknown): string => (v !== null && typeof v === 'object' ? inline(v) : inline([v]).slice(1, -1));

/** A value on one line as YAML writes it: plain when it can be, quoted when it must; lists as `[a, b]`. */
function inline(value: unknown): string {
  // A line break would make a block scalar, indented for the top level: keep it on the line instead.
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inFlow(v)}`).join(', ')} }`;
  }
  const doc = new Document(value, { version: '1.2' });
  if (Array.isArray(value)) (doc.contents as YAMLMap).flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}

const scalarOf = (node: unknown): unknown => (isScalar(node) ? node.value : isSeq(node) ? node.items.map(scalarOf) : node === null ? null : undefined);

/** Whether the file already says what the update says, so a review that accepts it changes nothing. */
function sameValue(existing: unknown, wanted: AnswerValue): boolean {
  const norm = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : String(v));
  if (Array.isArray(wanted)) return Array.isArray(existing) && existing.length === wanted.length && [...existing].map(norm).sort().join('\0') === [...wanted].map(norm).sort().join('\0');
  return existing !== null && existing !== undefined && !Array.isArray(existing) && norm(existing) === norm(wanted);
}

/** The fields a long-form entry should end with for `update`: key → value, or undefined to remove. */
function wantedFields(update: AnswerUpdate): Record<string, unknown> {
  return {
    value: update.status === 'answered' ? update.value : undefined,
    status: update.status === 'answered' ? undefined : update.status,
    reason: update.status === 'not-applicable' ? update.reason : undefined,
    ...(update.note !== undefined ? { note: update.note } : {}),
  };
}

/** The end of the line `offset` is on (after its line break), or `offset` when it is at a line start already. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** Replace a value node's text, or fill an empty one (`key:` with nothing after it). */
function replaceValue(text: string, node: Node | null, keyEnd: number, value: string): Splice {
  const range = node?.range;
  if (!range || range[0] === range[1]) return { start: keyEnd + 1, end: range ? range[1] : keyEnd + 1, text: ` ${value}` };
  return { start: range[0], end: range[1], text: value };
}

/** Edits that make a block long-form entry say `update`, leaving every other field's bytes alone. */
function editLongEntry(text: string, map: YAMLMap, update: AnswerUpdate): Splice[] {
  const wanted = wantedFields(update);
  const splices: Splice[] = [];
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyOf = (p: Pair<Node, Node | null>): string => String(scalarOf(p.key));
  let indent = '';
  let after = map.range?.[1] ?? 0;
  for (const pair of pairs) {
    const keyStart = pair.key.range?.[0] ?? 0;
    indent = text.slice(lineStart(text, keyStart), keyStart);
    after = lineEnd(text, pair.value?.range?.[1] ?? pair.key.range?.[1] ?? keyStart);
    const key = keyOf(pair);
    if (!(key in wanted)) continue;
    const value = wanted[key];
    if (value === undefined) {
      splices.push({ start: lineStart(text, keyStart), end: lineEnd(text, pair.value?.range?.[1] ?? keyStart), text: '' });
    } else if (!(key === 'value' ? sameValue(scalarOf(pair.value), value as AnswerValue) : scalarOf(pair.value) === value)) {
      splices.push(replaceValue(text, pair.value, pair.key.range?.[1] ?? keyStart, inline(value)));
    }
  }
  const present = new Set(pairs.map(keyOf));
  const added = Object.entries(wanted).filter(([k, v]) => v !== undefined && !present.has(k));
  if (added.length) splices.push({ start: after, end: after, text: added.map(([k, v]) => `${indent}${k}: ${inline(v)}\n`).join('') });
  return splices;
}

/**
 * A flow long-form entry (`{ value: a, reviewBy: 2027-06-30 }`) written again on its line: the
 * changed fields new, the others exactly as they were written.
 */
function editFlowEntry(text: string, map: YAMLMap, update: AnswerUpdate): Splice {
  const wanted = wantedFields(update);
  const fields: string[] = [];
  const present = new Set<string>();
  let kept = 0;
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const key = String(scalarOf(pair.key));
    present.add(key);
    const source = text.slice(pair.key.range?.[0] ?? 0, pair.value?.range?.[1] ?? pair.key.range?.[1] ?? 0);
    if (!(key in wanted)) (fields.push(source), kept++);
    else if (wanted[key] !== undefined) fields.push(`${key}: ${inFlow(wanted[key])}`);
  }
  for (const [k, v] of Object.entries(wanted)) if (v !== undefined && !present.has(k)) fields.push(`${k}: ${inFlow(v)}`);
  // Nothing of the user's own left (no owner, evidence...): the short form says it all.
  const written = kept === 0 && update.status === 'answered' && update.note === undefined ? inline(update.value) : `{ ${fields.join(', ')} }`;
  return { start: map.range?.[0] ?? 0, end: map.range?.[1] ?? 0, text: written };
}

/** An entry's value written inline: the short form when it can be, else a flow mapping. */
function inlineEntry(update: AnswerUpdate): string {
  if (update.status === 'answered' && update.note === undefined) return inline(update.value);
  const fields = Object.fromEntries(Object.entries(wantedFields(update)).filter(([, v]) => v !== undefined));
  return inline(fields);
}

/** Whether an existing entry already says what `update` says. */
function unchanged(node: Node | null, update: AnswerUpdate): boolean {
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
 * the questionnaire's, in order, with their sections.
 */
export function setAnswerInText(text: string, question: string, update: AnswerUpdate, questions: readonly QuestionPlace[]): string {
  const order = questions.map((q) => q.id);
  const sectionOf = (id: string): string | undefined => questions.find((q) => q.id === id)?.sectionId;
  const doc = parseAnswersText(text);
  const answers = doc.get('answers', true) as Node | null | undefined;
  let splices: Splice[];
  if (isMap(answers) && !answers.flow) {
    const pairs = answers.items as Pair<Node, Node | null>[];
    const pair = pairs.find((p) => String(scalarOf(p.key)) === question);
    if (pair) {
      if (unchanged(pair.value, update)) return text;
      splices = isMap(pair.value)
        ? pair.value.flow
          ? [editFlowEntry(text, pair.value, update)]
          : editLongEntry(text, pair.value, update)
        : [replaceValue(text, pair.value, pair.key.range?.[1] ?? 0, inlineEntry(update))];
    } else {
      const firstKey = pairs[0]?.key.range?.[0] ?? 0;
      const indent = pairs.length ? text.slice(lineStart(text, firstKey), firstKey) : '  ';
      const line = `${indent}${question}: ${inlineEntry(update)}\n`;
      const at = order.indexOf(question);
      const before = pairs.filter((p) => {
        const i = order.indexOf(String(scalarOf(p.key)));
        return i >= 0 && i < at;
      });
      const rank = (p: Pair<Node, Node | null>): number => order.indexOf(String(scalarOf(p.key)));
      const previous = before.sort((a, b) => rank(a) - rank(b)).at(-1);
      const next = pairs.filter((p) => rank(p) > at).sort((a, b) => rank(a) - rank(b))[0];
      const section = sectionOf(question);
      // After the nearest earlier question's entry (with its trailing comment and any block below
      // it). But the first answer of a section goes just before the next answer of the same section
      // instead: the comment lines above that one are the section's heading.
      const startsSection = next !== undefined && sectionOf(String(scalarOf(next.key))) === section && (!previous || sectionOf(String(scalarOf(previous.key))) !== section);
      const offset = startsSection
        ? lineStart(text, next.key.range?.[0] ?? 0)
        : previous
          ? lineEnd(text, previous.value?.range?.[1] ?? previous.key.range?.[1] ?? 0)
          : pairs.length
            ? lineStart(text, firstKey)
            : lineEnd(text, answers.range?.[0] ?? text.length);
      splices = [{ start: offset, end: offset, text: line }];
    }
  } else if (answers === undefined || answers === null || (isScalar(answers) && answers.value === null) || (isMap(answers) && answers.items.length === 0)) {
    // No entries yet (`answers:`, `answers: {}` or no key): start the block.
    const pair = (doc.contents as YAMLMap | null)?.items.find((p) => String(scalarOf((p as Pair<Node>).key)) === 'answers') as Pair<Node, Node | null> | undefined;
    const entry = `\n  ${question}: ${inlineEntry(update)}`;
    if (pair) {
      const keyEnd = pair.key.range?.[1] ?? 0;
      const end = pair.value?.range?.[1] ?? keyEnd + 1;
      splices = [{ start: keyEnd + 1, end: Math.max(end, keyEnd + 1), text: entry }];
      if (text[splices[0]!.end] !== '\n') splices[0]!.text += '\n';
    } else {
      const sep = text === '' || text.endsWith('\n') ? '' : '\n';
      splices = [{ start: text.length, end: text.length, text: `${sep}answers:${entry}\n` }];
    }
  } else {
    // A flow mapping of answers (`answers: { a: 1 }`): rare enough to rewrite just that mapping.
    const map = answers as YAMLMap;
    map.set(question, doc.createNode(update.status === 'answered' && update.note === undefined ? update.value : Object.fromEntries(Object.entries(wantedFields(update)).filter(([, v]) => v !== undefined)), { flow: true }));
    return doc.toString({ lineWidth: 0 });
  }
  // New lines end the way the file's lines do.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + (eol === '\n' ? s.text : s.text.replace(/\r?\n/g, eol)) + out.slice(s.end);
  return out;
}
