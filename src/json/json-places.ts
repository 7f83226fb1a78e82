import { pointerSegments } from '../yaml/pointer.js';
import type { Place, Places } from '../yaml/positions.js';

/** A syntax error in JSON text: where (a character offset) and what. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

class Stop extends Error {
  constructor(readonly at: JsonSyntaxError) {
    super(at.message);
  }
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function skipSpace(text: string, i: number): number {
  WHITESPACE.lastIndex = i;
  WHITESPACE.exec(text);
  return WHITESPACE.lastIndex;
}

const describeAt = (text: string, i: number): string => (i >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`);

function match(pattern: RegExp, text: string, i: number, what: string): number {
  pattern.lastIndex = i;
  if (!pattern.exec(text)) {
    const message = text[i] === '"' ? 'a string that is not closed, or that holds a line break, a control character or a bad escape' : `${describeAt(text, i)}; expected ${what}`;
    throw new Stop({ offset: i, message });
  }
  return pattern.lastIndex;
}

/**
 * Walk one JSON value from offset `i` and return the offset after it. `visit` is called with each
 * member's key (or index) and where its key and value start; it returns true to go into that value
 * and stop walking the rest. Used both to find places and to find where a syntax error is: the
 * messages of JSON.parse on Node 20 do not always say.
 */
function walk(text: string, start: number, visit?: (key: string, keyAt: number, valueAt: number) => boolean): number {
  const i = skipSpace(text, start);
  const ch = text[i];
  if (ch === '{' || ch === '[') {
    const close = ch === '{' ? '}' : ']';
    let j = skipSpace(text, i + 1);
    if (text[j] === close) return j + 1;
    for (let index = 0; ; index++) {
      j = skipSpace(text, j);
      let key = String(index);
      const keyAt = j;
      if (ch === '{') {
        const end = match(STRING, text, j, 'a property name in double quotes');
        key = JSON.parse(text.slice(j, end)) as string;
        j = skipSpace(text, end);
        if (text[j] !== ':') throw new Stop({ offset: j, message: `${describeAt(text, j)}; expected ":" after a property name` });
        j = skipSpace(text, j + 1);
      }
      if (visit?.(key, keyAt, j)) return -1;
      j = skipSpace(text, walk(text, j));
      if (text[j] === close) return j + 1;
      if (text[j] !== ',') throw new Stop({ offset: j, message: `${describeAt(text, j)}; expected "," or "${close}"` });
      j += 1;
    }
  }
  if (ch === '"') return match(STRING, text, i, 'a string');
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  return match(NUMBER, text, i, 'a value (an object, list, string, number, true, false or null)');
}

/** Where JSON text first breaks the grammar (for a file JSON.parse refused). */
export function findJsonSyntaxError(text: string): JsonSyntaxError {
  try {
    const end = skipSpace(text, walk(text, 0));
    if (end < text.length) return { offset: end, message: `${describeAt(text, end)} after the end of the JSON value` };
  } catch (error) {
    if (error instanceof Stop) return error.at;
    // Nesting deep enough to exhaust the stack is no extract: say so at the start.
    if (error instanceof RangeError) return { offset: 0, message: 'nested too deeply' };
    throw error;
  }
  return { offset: 0, message: 'not valid JSON' };
}

/** A key given twice in one object: where the second is (a character offset) and the line of the first. */
export interface DuplicateKey {
  key: string;
  offset: number;
  first: number;
}

/**
 * The first key that appears twice in one object of valid JSON text. JSON.parse keeps the last
 * value without a word, so an edited extract could say one thing to a reader and another to the
 * tool; YAML input refuses the same thing (load-yaml.ts), and JSON input now does too.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  // One pass over text JSON.parse has accepted: each value is stepped over once.
  const scan = (start: number): number | DuplicateKey => {
    const i = skipSpace(text, start);
    const ch = text[i];
    if (ch !== '{' && ch !== '[') return walk(text, i);
    const seen = ch === '{' ? new Map<string, number>() : undefined;
    let j = skipSpace(text, i + 1);
    if (text[j] === '}' || text[j] === ']') return j + 1;
    for (;;) {
      if (seen) {
        const keyAt = j;
        const keyEnd = match(STRING, text, j, 'a property name');
        const key = JSON.parse(text.slice(j, keyEnd)) as string;
        const first = seen.get(key);
        if (first !== undefined) return { key, offset: keyAt, first };
        seen.set(key, keyAt);
        j = skipSpace(text, skipSpace(text, keyEnd) + 1);
      }
      const after = scan(j);
      if (typeof after !== 'number') return after;
      j = skipSpace(text, after);
      if (text[j] !== ',') return j + 1;
      j = skipSpace(text, j + 1);
    }
  };
  try {
    const result = scan(0);
    return typeof result === 'number' ? undefined : result;
  } catch (error) {
    // Nesting deep enough to exhaust the stack: JSON.parse took it, and so does this.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** How many members the objects of parsed JSON have in all. */
function countMembers(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countMembers(item);
    return n;
  }
  for (const key in value) n += 1 + countMembers((value as Record<string, unknown>)[key]);
  return n;
}

/**
 * Whether valid JSON text may write more members than `data`, its parse, holds (only a key given
 * twice in one object makes that so), by counting colons: every member has one, and a string may
 * hold more. When the colons are as many as the members, no key was lost; otherwise
 * findDuplicateKey looks properly. Reading 400 extracts stays quick: a scan that told strings
 * apart cost as much again as JSON.parse.
 */
export function mayLoseDuplicateKeys(text: string, data: unknown): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons += 1;
  return colons !== countMembers(data);
}

/** The line and column (1-based) of a character offset. */
function placeOf(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Places in valid JSON text by JSON pointer, found when asked for by walking from the root along
 * the pointer, as the YAML reader's Positions do: most runs ask for none.
 */
export function jsonPlaces(text: string): Places {
  const find = (pointer: string): { value: number; key?: number } => {
    let at = { value: skipSpace(text, 0) } as { value: number; key?: number };
    for (const segment of pointerSegments(pointer)) {
      let found: { value: number; key: number } | undefined;
      try {
        walk(text, at.value, (key, keyAt, valueAt) => {
          if (key !== segment) return false;
          found = { value: valueAt, key: keyAt };
          return true;
        });
      } catch (error) {
        if (!(error instanceof Stop) && !(error instanceof RangeError)) throw error;
      }
      if (!found) return at;
      at = found;
    }
    return at;
  };
  return {
    of: (pointer) => placeOf(text, find(pointer).value),
    keyOf: (pointer) => {
      const at = find(pointer);
      return placeOf(text, at.key ?? at.value);
    },
    place: (offset) => placeOf(text, offset),
  };
}
