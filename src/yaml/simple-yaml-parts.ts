import { Schema, isScalar, type ScalarTag } from 'yaml';
import { pointerSegments } from './pointer.js';

// What the simple YAML reader's block and flow parts share: giving up, keys, plain scalars, the line
// table and the places it keeps. See simple-yaml.ts.

/** YAML's own white space at the end of a value (String.prototype.trimEnd would take Unicode spaces too). */
export function trimYamlEnd(text: string): string {
  let end = text.length;
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
export const GIVE_UP = new Error('outside the simple subset');
export const giveUp = (): never => {
  throw GIVE_UP;
};

/**
 * A key, matched where a flow mapping's key starts: plain text that resolves to itself (not a number,
 * boolean or null), a colon, then spaces or the end. (Block keys: keyEnd() in simple-yaml.ts.)
 */
export const KEY_AT = /([A-Za-z0-9_$][A-Za-z0-9_.$/-]*):(?: +|$)/y;
/** What may follow a complete value on its line: nothing, or a comment after a space. */
export const TRAILER = /^(?: +#.*| *)$/;
/** Characters a plain scalar may not start with (YAML indicators), leaving `-` to a closer look. */
export const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`']);
/** Implicit keys longer than this are an error in YAML (1024 characters); leave them to the parser. */
export const MAX_KEY = 1000;

// Plain scalars resolve exactly as the full parser resolves them: with the `yaml` package's own core
// schema tags, first match wins, anything else a string.
let defaultTags: ScalarTag[] | undefined;
// In the core schema only these words, of all plain scalars that start with a letter, are not
// strings: what the `yaml` package's null and bool tags resolve them to (test/yaml/simple-yaml.test.ts
// checks each against the full parser).
const CORE_WORDS = new Map<string, null | boolean>([
  ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);
export function resolvePlain(text: string): unknown {
  // Most scalars and nearly every key (question and indicator ids, option values) start with a
  // letter: no number pattern can match them, so the tag tests are skipped for all of them. The nine
  // words come from a table: thousands of indicators are answered true or false, and the bool tag
  // builds a parser node for each.
  const first = text.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    const word = CORE_WORDS.get(text);
    return word === undefined ? text : word;
  }
  defaultTags ??= new Schema({ schema: 'core' }).tags.filter((t): t is ScalarTag => t.default === true && 'test' in t && t.test instanceof RegExp);
  for (const tag of defaultTags) {
    if (tag.test?.test(text)) {
      const resolved = tag.resolve(text, giveUp, { intAsBigInt: false });
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return text;
}

/**
 * Where a mapping's keys and values start, and the places inside each value, in key order (looked up
 * only when a place is asked for); or the same of a sequence's items. Numbers in arrays rather than
 * an object a value: a file's places live as long as the run, and every object among them is one more
 * for each garbage collection to copy. A mapping's keys are its object's own: no key this reader
 * takes is an array index (a key must read as a string, and digits read as a number), so the
 * object's key order is the order they were written in (nothing that reads the data deletes a key).
 */
export interface Container {
  /** A mapping: its object, and each key's position once a place inside it has been asked for. */
  mapping?: Record<string, unknown>;
  keyIndex?: Map<string, number>;
  keyOffsets?: number[];
  offsets: number[];
  children: (Container | undefined)[];
}

/** The same walk as Positions.find(), over the places this reader kept. */
export function findPlace(root: Value, pointer: string): { value: number; key?: number } {
  let node = root.child;
  let value = root.offset;
  let key: number | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (!node) return { value };
    let k: number;
    if (node.mapping) {
      // A map, not indexOf: a file with thousands of mistaken keys asks for the place of each.
      node.keyIndex ??= new Map(Object.keys(node.mapping).map((key, i) => [key, i]));
      k = node.keyIndex.get(segment) ?? -1;
      if (k < 0) return { value };
      key = node.keyOffsets![k];
    } else {
      k = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (k < 0 || k >= node.offsets.length) return { value };
      key = undefined;
    }
    value = node.offsets[k]!;
    node = node.children[k];
  }
  return key === undefined ? { value } : { value, key };
}

/** A value, where it starts, and the places inside it when it is a mapping or sequence. */
export interface Value {
  value: unknown;
  offset: number;
  child?: Container | undefined;
}

/** The block reader's line table: where each line starts, where it ends (before CR LF), and where its content starts (after the indentation). */
export interface LineTable {
  starts: number[];
  ends: number[];
  firsts: number[];
}
