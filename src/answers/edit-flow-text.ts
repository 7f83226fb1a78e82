// Answers held in a flow collection (`answers: { a: yes, b: no }`, or a system written as
// `- { id: x, title: Y }`): rare in files people write, so the collection is written again by the
// YAML library, but that collection alone. Writing the whole file again, as this once did, reflowed
// every folded note, re-indented `waivers:` and closed up comment alignment (SPEC "v2: writing files
// safely": only the answers that changed may differ).
import { Document, isCollection, isMap, isScalar, type Node, type Pair } from 'yaml';
import type { IndicatorValue } from '../questionnaire/outcome.js';
import { isWord, sameIndicator } from './edit-outcome-text.js';
import { scalarOf } from './text-places.js';
import { applySplices, nodeAt, parseAnswersText, type YamlPath } from './map-at-path.js';
import { quoteNewText, renderEscaped } from '../yaml/yaml-scalar.js';

/**
 * What an answer becomes: one indicator of an outcome set; or its fields set (undefined: removed),
 * with `short`, the value alone, when nothing else of the entry is left to keep.
 */
export type FlowChange = { indicator: string; value: IndicatorValue } | { fields: Record<string, unknown>; short?: unknown; words?: boolean };

/** A collection as one line of flow YAML, without the comments around it (they stay in the text). */
function renderFlow(node: Node, padded: boolean): string {
  const copy = node.clone() as Node;
  copy.comment = undefined;
  copy.commentBefore = undefined;
  copy.spaceBefore = false;
  const doc = new Document(null, { version: '1.2' });
  doc.contents = copy;
  return renderEscaped(copy, () => doc.toString({ lineWidth: 0, flowCollectionPadding: padded }).replace(/\n$/, ''));
}

/**
 * The text with the outermost flow collection on `path` replaced by its rendering in `changed` (the
 * same document, edited); the whole of `changed` when no collection on the way is flow (a shape the
 * loader refuses, so not met in a walk).
 */
export function spliceFlowAt(text: string, changed: Document, path: YamlPath): string {
  const original = parseAnswersText(text);
  // Nothing changed (an indicator set to what it was): not even that collection is written again.
  if (JSON.stringify(original.toJS()) === JSON.stringify(changed.toJS())) return text;
  for (let depth = 1; depth <= path.length; depth++) {
    const before = nodeAt(original, path.slice(0, depth));
    if (isCollection(before) && before.flow && before.range) {
      const after = nodeAt(changed, path.slice(0, depth));
      // `{a: yes}` stays without spaces inside its braces, `{ a: yes }` keeps them.
      const padded = !/^[{[][^\s}\]]/.test(text.slice(before.range[0], before.range[1]));
      if (after) return applySplices(text, [{ start: before.range[0], end: before.range[1], text: renderFlow(after, padded) }]);
    }
  }
  return changed.toString({ lineWidth: 0 });
}

/** `changed` (`text` with `question` added under `at`) with that entry moved after the nearest earlier question's. */
function inOrder(text: string, changed: string, question: string, at: YamlPath, order: readonly string[]): string {
  const doc = parseAnswersText(changed);
  const map = nodeAt(doc, at);
  const rank = order.indexOf(question);
  if (!isMap(map) || rank < 0) return changed;
  const pairs = map.items as Pair<unknown>[];
  const added = pairs.findIndex((p) => String(isScalar(p.key) ? p.key.value : p.key) === question);
  const [pair] = pairs.splice(added, 1);
  const later = pairs.findIndex((p) => order.indexOf(String(isScalar(p.key) ? p.key.value : p.key)) > rank);
  pairs.splice(later < 0 ? pairs.length : later, 0, pair!);
  return spliceFlowAt(text, doc, at);
}

/**
 * Set `question`'s answer under `at`, somewhere below a flow collection. A long-form entry keeps
 * its other fields (evidence, owner, reviewBy...) and an outcome its other indicators, as a block
 * entry does.
 */
export function setAnswerInFlow(text: string, question: string, change: FlowChange, at: YamlPath, order: readonly string[] = []): string {
  const doc = parseAnswersText(text);
  const path = [...at, question];
  const entry = doc.getIn(path, true) as Node | null | undefined;
  if (entry === undefined && order.length > 0) {
    // A new entry: in the questionnaire's order, as a block entry goes, not at the end.
    const changed = setAnswerInFlow(text, question, change, at);
    return changed === text ? text : inOrder(text, changed, question, at, order);
  }
  // New text the user gave (a note, a reason, a free-text answer) is quoted where YAML 1.1 tools would misread it.
  const words = 'words' in change && change.words === true;
  const flowNode = (value: unknown, key?: string): Node => {
    const node = doc.createNode(value, { flow: true }) as Node;
    const word = (k: unknown): boolean => isWord(k, words);
    if (key === undefined || !word(key)) quoteNewText(node, word);
    return node;
  };
  if ('indicator' in change) {
    if (isMap(entry)) {
      entry.delete('status');
      entry.delete('reason');
      const indicators = entry.get('indicators', true);
      if (isMap(indicators) && sameIndicator(scalarOf(indicators.get(change.indicator, true)), change.value)) return text;
      if (isMap(indicators)) indicators.set(change.indicator, change.value);
      else entry.set('indicators', flowNode({ [change.indicator]: change.value }));
    } else doc.setIn(path, flowNode({ indicators: { [change.indicator]: change.value } }));
    return spliceFlowAt(text, doc, path);
  }
  const defined = Object.entries(change.fields).filter(([, v]) => v !== undefined);
  if (isMap(entry)) {
    for (const [k, v] of Object.entries(change.fields)) {
      if (v === undefined) entry.delete(k);
      else entry.set(k, flowNode(v, k));
    }
    // Nothing of the user's own left (no owner, evidence...): the short form says it all.
    const own = (entry.items as Pair<unknown>[]).some((p) => !(String(isScalar(p.key) ? p.key.value : p.key) in change.fields));
    if (change.short !== undefined && !own) doc.setIn(path, flowNode(change.short, 'value'));
  } else if (change.short !== undefined) doc.setIn(path, flowNode(change.short, 'value'));
  else if (defined.length > 0) doc.setIn(path, flowNode(Object.fromEntries(defined)));
  else return text;
  return spliceFlowAt(text, doc, path);
}
