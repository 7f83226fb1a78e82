import { isOddCharacter, nameOf } from '../text/odd-characters.js';
import { limits } from '../yaml/limits.js';
import { pointerSegments } from '../yaml/pointer.js';
import type { Place, Places } from '../yaml/positions.js';

/** A syntax error in JSON text: where (a character offset) and what. */
export interface JsonSyntaxError {
  kind: 'syntax';
  offset: number;
  message: string;
}

/** A value nested deeper than limits.maxDepth: where the first one starts (a character offset). */
export interface JsonTooDeep {
  kind: 'too-deep';
  offset: number;
}

class Stop extends Error {
  constructor(readonly at: JsonSyntaxError | JsonTooDeep) {
    super(at.kind);
  }
}

/**
 * Every scan here counts depth as the YAML reader does (load-yaml.ts): the top value is at depth 0,
 * and the first value deeper than the limit stops the scan at its start. Nesting is then refused in
 * the same words at the same place whichever reader reads a file, and no scan recurses more than
 * limits.maxDepth calls deep: 5,000 levels of `[` overflowed the stack on one Node and not another.
 */
function checkDepth(depth: number, offset: number): void {
  if (depth > limits.maxDepth) throw new Stop({ kind: 'too-deep', offset });
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function skipSpace(text: string, i: number): number {
  WHITESPACE.lastIndex = i;
  WHITESPACE.exec(text);
  return WHITESPACE.lastIndex;
}

/**
 * What stands at offset i. An invisible or look-alike character is named (a no-break space after
 * `"key":` quoted as `unexpected " "` looked like an ordinary space), as the YAML reader's hint does.
 */
function describeAt(text: string, i: number): string {
  if (i >= text.length) return 'the text ends too early';
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  return isOddCharacter(ch) ? `found ${nameOf(ch)}` : `unexpected ${JSON.stringify(text[i])}`;
}

function match(pattern: RegExp, text: string, i: number, what: string): number {
  pattern.lastIndex = i;
  if (!pattern.exec(text)) {
    const message = text[i] === '"' ? 'a string that is not closed, or that holds a line break, a control character or a bad escape' : `${describeAt(text, i)}; expected ${what}`;
    throw new Stop({ kind: 'syntax', offset: i, message });
  }
  return pattern.lastIndex;
}

/**
 * Walk one JSON value at `depth` from offset `i` and return the offset after it. `visit` is called
 * with each member's key (or index) and where its key and value start; it returns true to go into
 * that value and stop walking the rest. Used both to find places and to find where a syntax error
 * is: the messages of JSON.parse on Node 20 do not always say.
 */
function walk(text: string, start: number, depth: number, visit?: (key: string, keyAt: number, valueAt: number) => boolean): number {
  const i = skipSpace(text, start);
  checkDepth(depth, i);
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
        if (text[j] !== ':') throw new Stop({ kind: 'syntax', offset: j, message: `${describeAt(text, j)}; expected ":" after a property name` });
        j = skipSpace(text, j + 1);
      }
      if (visit?.(key, keyAt, j)) return -1;
      j = skipSpace(text, walk(text, j, depth + 1));
      if (text[j] === close) return j + 1;
      if (text[j] !== ',') throw new Stop({ kind: 'syntax', offset: j, message: `${describeAt(text, j)}; expected "," or "${close}"` });
      j += 1;
    }
  }
  if (ch === '"') return match(STRING, text, i, 'a string');
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  return match(NUMBER, text, i, 'a value (an object, list, string, number, true, false or null)');
}

/**
 * Where JSON text first breaks the grammar (for a file JSON.parse refused), or first nests deeper
 * than the limit, whichever comes first.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | JsonTooDeep {
  return jsonGrammarProblem(text) ?? { kind: 'syntax', offset: 0, message: 'not valid JSON' };
}

/** findJsonSyntaxError(), or undefined when the text keeps the grammar and the depth limit. */
export function jsonGrammarProblem(text: string): JsonSyntaxError | JsonTooDeep | undefined {
  try {
    const end = skipSpace(text, walk(text, 0, 0));
    if (end < text.length) return { kind: 'syntax', offset: end, message: `${describeAt(text, end)} after the end of the JSON value` };
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
  return undefined;
}

/** A key given twice in one object: where the second is (a character offset) and the line of the first. */
export interface DuplicateKey {
  kind: 'duplicate-key';
  key: string;
  offset: number;
  first: number;
}

/**
 * The first key that appears twice in one object of valid JSON text, or the first value nested
 * deeper than the limit, whichever comes first. JSON.parse keeps the last value without a word, so
 * an edited extract could say one thing to a reader and another to the tool; YAML input refuses
 * the same thing (load-yaml.ts), and JSON input now does too.
 */
export function findDuplicateKey(text: string): DuplicateKey | JsonTooDeep | undefined {
  // One pass over text JSON.parse has accepted: each value is stepped over once.
  const scan = (start: number, depth: number): number | DuplicateKey => {
    const i = skipSpace(text, start);
    checkDepth(depth, i);
    const ch = text[i];
    if (ch !== '{' && ch !== '[') return walk(text, i, depth);
    const seen = ch === '{' ? new Map<string, number>() : undefined;
    let j = skipSpace(text, i + 1);
    if (text[j] === '}' || text[j] === ']') return j + 1;
    for (;;) {
      if (seen) {
        const keyAt = j;
        const keyEnd = match(STRING, text, j, 'a property name');
        const key = JSON.parse(text.slice(j, keyEnd)) as string;
        const first = seen.get(key);
        if (first !== undefined) return { kind: 'duplicate-key', key, offset: keyAt, first };
        seen.set(key, keyAt);
        j = skipSpace(text, skipSpace(text, keyEnd) + 1);
      }
      const after = scan(j, depth + 1);
      if (typeof after !== 'number') return after;
      j = skipSpace(text, after);
      if (text[j] !== ',') return j + 1;
      j = skipSpace(text, j + 1);
    }
  };
  try {
    const result = scan(0, 0);
    return typeof result === 'number' ? undefined : result;
  } catch (error) {
    if (error instanceof Stop && error.at.kind === 'too-deep') return error.at;
    throw error;
  }
}

/**
 * How many members the objects of parsed JSON have in all, or NaN (equal to no count) when a value
 * is nested deeper than the limit: the recursion stops there, whatever the stack holds.
 */
function countMembers(value: unknown, depth: number): number {
  if (depth > limits.maxDepth) return Number.NaN;
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countMembers(item, depth + 1);
    return n;
  }
  for (const key in value) n += 1 + countMembers((value as Record<string, unknown>)[key], depth + 1);
  return n;
}

/**
 * Whether valid JSON text may write more members than `data`, its parse, holds (only a key given
 * twice in one object makes that so), or nests deeper than the limit, by counting colons: every
 * member has one, and a string may hold more. When the colons are as many as the members, no key
 * was lost and nothing is too deep; otherwise findDuplicateKey looks properly. Reading 400 extracts
 * stays quick: a scan that told strings apart cost as much again as JSON.parse.
 */
export function mayLoseDuplicateKeys(text: string, data: unknown): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons += 1;
  return colons !== countMembers(data, 0);
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
        walk(text, at.value, 0, (key, keyAt, valueAt) => {
          if (key !== segment) return false;
          found = { value: valueAt, key: keyAt };
          return true;
        });
      } catch (error) {
        if (!(error instanceof Stop)) throw error;
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
