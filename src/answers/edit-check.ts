// Every edit of an answers file's text is read back before it is kept (save-answers.ts). Reading
// is not enough: an edit that joined a comment onto a value (`q1: yes# ask the SIRO`) or lost a
// key's colon (`q1 :` became `q1  yes`) still read, as text, and the next save lost the answers
// around it. So an edit is kept only when the file, read back, says what was asked at the place
// edited and says exactly what it said before everywhere else.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { keyText } from '../yaml/key-text.js';
import { nodeAt, type YamlPath } from './map-at-path.js';

/** A place in the file (a question's entry, a header field, a system) and what it must say there. */
export interface EditedPlace {
  path: YamlPath;
  /** Whether the node now at `path` says what the edit was asked to write. */
  says: (node: Node | null | undefined) => boolean;
}

/** A value with nothing in it: what an empty `answers:`, `answers: {}` or a missing key all read as. */
const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0);

/**
 * `value` (as `toJS` reads a document) without what is at `path`; a mapping or list on the way that
 * is left empty goes too, so that `answers:` with nothing under it and `answers:` with only the
 * edited entry under it read the same.
 */
export function without(value: unknown, path: YamlPath): unknown {
  if (path.length === 0) return undefined;
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (typeof head !== 'number' || head >= value.length) return value;
    const copy = [...value];
    if (rest.length === 0) copy.splice(head, 1);
    else copy[head] = without(copy[head], rest);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (!(key in copy)) return copy;
  const inner = without(copy[key], rest);
  if (isEmpty(inner)) delete copy[key];
  else copy[key] = inner;
  return copy;
}

/** Whether two values read from YAML (mappings, lists, scalars) are the same. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The document as data, read the way the edits read it: keys as written (key-text.ts), as the
 * loader reads them. toJS() made `1.10:` the key "1.1", so an edit of the question "1.10" seemed to
 * change another answer and was refused.
 */
export const dataOf = (doc: Document): unknown => dataOfNode(doc, doc.contents);

function dataOfNode(doc: Document, node: unknown): unknown {
  // An alias whose anchor an edit took away (`q1: &x` written over) reads as nothing, as `&x` itself
  // did: it must not pass for the same answer, or the file is saved with an alias that no run reads.
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target === undefined ? { [`*${node.source}`]: 'has no anchor' } : dataOfNode(doc, target);
  }
  if (isMap(node)) return Object.fromEntries(node.items.map((p) => [keyText(p.key), dataOfNode(doc, p.value)]));
  if (isSeq(node)) return node.items.map((item) => dataOfNode(doc, item));
  return isScalar(node) ? node.toJS(doc) : null;
}

/**
 * Whether an edit from a text read as `beforeData` to `after` (read as `afterData`) is the edit
 * asked for: the new text reads without errors, says what was asked at `place`, and says what it
 * said before everywhere else.
 */
export function keepsTheRest(beforeData: unknown, after: Document, afterData: unknown, place: EditedPlace): boolean {
  if (after.errors.length > 0) return false;
  if (!place.says(nodeAt(after, place.path))) return false;
  return sameData(without(beforeData, place.path), without(afterData, place.path));
}
