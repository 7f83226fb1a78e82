import { LineCounter } from 'yaml';
import { limits } from './limits.js';
import { placeAt, type Places } from './positions.js';
import { readBlockScalar } from './simple-yaml-block-scalar.js';
import { FlowReader } from './simple-yaml-flow.js';
import { GIVE_UP, INDICATORS, MAX_KEY, TRAILER, findPlace, giveUp, resolvePlain, trimYamlEnd, type Container, type Value } from './simple-yaml-parts.js';

/**
 * A reader for the plain YAML that answers files and questionnaires are nearly always written in:
 * block mappings and sequences, plain and quoted scalars on one line, `|` and `>` block scalars, and
 * flow collections on one line. It gives exactly the data and places that parseYaml() gives, at a
 * fraction of the cost: the `yaml` package's general parser spent more time on a 10 KB answers file
 * than the rest of a run. Anything outside that subset (anchors, tags, multi-line plain or quoted
 * scalars, escapes, tabs, duplicate keys, anything invalid) makes it give up, and parseYaml() reads
 * the file with the full parser instead; so it never has to report an error itself.
 * test/yaml/simple-yaml.test.ts checks it against the full parser on every fixture and on generated
 * documents.
 */
export function readSimpleYaml(source: string): { data: unknown; places: Places } | undefined {
  // Characters the subset leaves to the full parser: tabs, controls, DEL and C1, the byte order mark,
  // Unicode line separators, surrogates (which covers characters outside the BMP) and a CR that does
  // not end a line (parseYaml() has made those LF already). Also every other character JavaScript
  // counts as white space but YAML counts as content (the no-break space pasted from Word, U+2000 to
  // U+200A, U+3000...): the subset would have to treat each exactly as the parser does, and a
  // trailing one once read as nothing made "21" + U+00A0 a number here and an error there.
  if (UNSUPPORTED_CHARS.test(source) || (source.includes('\r') && LONE_CR.test(source))) return undefined;
  try {
    return readBlocks(source);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\u2028\u2029\ud800-\udfff]/;
// Looked for only in text that has a CR: a pattern with a second branch is a slower scan of every file.
const LONE_CR = /\r(?!\n)/;

/**
 * The block structure of a document, line by line. Written as one closure over the line table rather
 * than a class: a run reads thousands of lines once each, in code V8 has not optimised yet, where
 * reading a local is several times cheaper than reading a property of `this`.
 */
function readBlocks(src: string): { data: unknown; places: Places } {
  // Where each line starts, where it ends (before CR LF), and where its content starts (after the indentation).
  const starts: number[] = [];
  const ends: number[] = [];
  const firsts: number[] = [];
  for (let start = 0; ; ) {
    const newline = src.indexOf('\n', start);
    const end = newline < 0 ? src.length : newline;
    let first = start;
    while (src.charCodeAt(first) === 32) first++;
    starts.push(start);
    ends.push(end > start && src.charCodeAt(end - 1) === 13 ? end - 1 : end);
    firsts.push(first);
    if (newline < 0) break;
    start = newline + 1;
  }
  const count = starts.length;
  const lines = { starts, ends, firsts };
  let line = 0;
  let depth = 0;
  // Where the value just read starts, and the places inside it: set by each reader below before it
  // returns the value, and taken by its caller at once. (An object a value was garbage on every line.)
  let placed = 0;
  let inner: Container | undefined;

  const isDash = (i: number): boolean => {
    const at = firsts[i]!;
    return src.charCodeAt(at) === 45 && (at + 1 >= ends[i]! || src.charCodeAt(at + 1) === 32);
  };
  // Past blank lines and lines that hold only a comment.
  const skipBlank = (): void => {
    while (line < count && (firsts[line]! >= ends[line]! || src.charCodeAt(firsts[line]!) === 35)) line++;
  };
  const enter = (): void => {
    if (++depth > limits.maxDepth) giveUp();
  };

  /** A block mapping whose keys are at column `indent`, starting at the current line. */
  const map = (indent: number): Record<string, unknown> => {
    enter();
    const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const keyOffsets: number[] = [];
    const offsets: number[] = [];
    const children: (Container | undefined)[] = [];
    const offset = starts[line]! + indent;
    for (;;) {
      skipBlank();
      const i = line;
      if (i >= count) break;
      const keyAt = firsts[i]!;
      const column = keyAt - starts[i]!;
      if (column < indent) break;
      if (column > indent || isDash(i)) giveUp();
      const end = ends[i]!;
      const colon = keyEnd(src, keyAt, end);
      if (colon < 0) giveUp();
      const key = src.slice(keyAt, colon);
      // A duplicate key is the full parser's to report. (No value is undefined: an empty one is null.)
      // A merge key (`<<`) is the full parser's to report.
      if (colon - keyAt > MAX_KEY || obj[key] !== undefined || resolvePlain(key) !== key || key === '<<') giveUp();
      let at = colon + 1;
      while (at < end && src.charCodeAt(at) === 32) at++;
      obj[key] = valueAt(at, end, indent, true);
      keyOffsets.push(keyAt);
      offsets.push(placed);
      children.push(inner);
    }
    depth--;
    placed = offset;
    inner = { mapping: obj, keyOffsets, offsets, children };
    return obj;
  };

  /**
   * A block sequence whose dashes are at column `indent`. `underKey` when it is the value of a key
   * at the same column, where a line that is not a dash ends it.
   */
  const seq = (indent: number, underKey: boolean): unknown[] => {
    enter();
    const items: unknown[] = [];
    const offsets: number[] = [];
    const children: (Container | undefined)[] = [];
    const offset = starts[line]! + indent;
    for (;;) {
      skipBlank();
      const i = line;
      if (i >= count) break;
      const dash = firsts[i]!;
      const column = dash - starts[i]!;
      if (column < indent) break;
      if (column > indent) giveUp();
      if (!isDash(i)) {
        if (underKey) break;
        giveUp();
      }
      const end = ends[i]!;
      let at = dash + 1;
      while (at < end && src.charCodeAt(at) === 32) at++;
      // A sequence in a sequence on one line.
      if (src.charCodeAt(at) === 45 && (at + 1 === end || src.charCodeAt(at + 1) === 32)) giveUp();
      if (at < end && keyEnd(src, at, end) >= 0) {
        // `- key: value`: a mapping whose keys line up with this first one.
        firsts[i] = at;
        items.push(map(at - starts[i]!));
      } else {
        items.push(valueAt(at, end, indent, false));
      }
      offsets.push(placed);
      children.push(inner);
    }
    depth--;
    placed = offset;
    inner = { offsets, children };
    return items;
  };

  /**
   * The value that starts at `at` (after a key's colon or an item's dash and the spaces after it) on
   * the current line, which ends at `end`; `indent` is the column of the key or dash. Moves past
   * every line the value takes.
   */
  const valueAt = (at: number, end: number, indent: number, underKey: boolean): unknown => {
    const first = at < end ? src.charCodeAt(at) : -1;
    if (first === -1 || first === 35) {
      // Nothing on the line: a block below it, or null.
      line++;
      skipBlank();
      const next = line;
      if (next < count) {
        const column = firsts[next]! - starts[next]!;
        if (column > indent) return isDash(next) ? seq(column, false) : map(column);
        if (underKey && column === indent && isDash(next)) return seq(indent, true);
      }
      // The full parser places an empty value just after the colon or dash and the spaces after it.
      placed = at;
      inner = undefined;
      return null;
    }
    placed = at;
    inner = undefined;
    // Most values in an assessment are indicators answered true or false, alone on their line.
    if (end - at === 4 && src.startsWith('true', at)) {
      line++;
      return true;
    }
    if (end - at === 5 && src.startsWith('false', at)) {
      line++;
      return false;
    }
    const rest = src.slice(at, end);
    if (first === 124 || first === 62) return blockScalar(rest, indent); // | >
    let value: unknown;
    if (first === 91 || first === 123 || first === 34 || first === 39) {
      // [ { " '
      const flow = new FlowReader(rest, at, depth);
      const read = flow.node();
      if (!TRAILER.test(rest.slice(flow.pos))) giveUp();
      value = read.value;
      inner = read.child;
    } else {
      value = plainInBlock(rest);
    }
    line++;
    return value;
  };

  /** A `|` or `>` scalar (simple-yaml-block-scalar.ts); moves past its lines. */
  const blockScalar = (header: string, indent: number): string => {
    const { text, next } = readBlockScalar(src, lines, line, header, indent);
    line = next;
    return text;
  };

  skipBlank();
  const firstLine = line;
  if (firstLine >= count || firsts[firstLine] !== starts[firstLine]) giveUp();
  // Document markers and directives belong to the full parser.
  for (let i = 0; i < count; i++) {
    if (firsts[i] === starts[i] && /^(?:---|\.\.\.|%)/.test(src.slice(starts[i], ends[i]))) giveUp();
  }
  if (isDash(firstLine)) giveUp(); // the formats are mappings; anything else is for the parser to explain
  const data = map(0);
  const root: Value = { value: data, offset: placed, child: inner };
  skipBlank();
  if (line < count) giveUp();
  // The line table doubles as the places' line index.
  const lineCounter = new LineCounter();
  lineCounter.lineStarts = starts;
  return {
    data,
    places: {
      of: (pointer) => placeAt(lineCounter, findPlace(root, pointer).value),
      keyOf: (pointer) => {
        const found = findPlace(root, pointer);
        return placeAt(lineCounter, found.key ?? found.value);
      },
      place: (offset) => placeAt(lineCounter, offset),
      source: src,
    },
  };
}

/**
 * Where the colon after a block mapping key that starts at `at` is, or -1 when the line does not start
 * with one: a letter, digit, `_` or `$`, then those or `.`, `/` and `-`, then a colon followed by a
 * space or the end of the line (KEY_AT's pattern). A sticky test and the place it stopped: no match
 * array, and one call into the pattern rather than a loop over characters, on every line of a file.
 */
function keyEnd(src: string, at: number, end: number): number {
  BLOCK_KEY.lastIndex = at;
  if (!BLOCK_KEY.test(src)) return -1;
  const colon = BLOCK_KEY.lastIndex - 1;
  return colon + 1 < end && src.charCodeAt(colon + 1) !== 32 ? -1 : colon;
}

const BLOCK_KEY = /[A-Za-z0-9_$][A-Za-z0-9_.$/-]*:/y;

/** A plain scalar on one line in block context: up to a comment, and not one that goes on to the next line. */
function plainInBlock(rest: string): unknown {
  const comment = rest.indexOf(' #');
  const text = trimYamlEnd(comment < 0 ? rest : rest.slice(0, comment));
  const first = text[0]!;
  if (INDICATORS.has(first) || (first === '-' && (text.length === 1 || text[1] === ' '))) giveUp();
  if (text.includes(': ') || text.endsWith(':') || /[[\]{}]/.test(text)) giveUp(); // flow indicators: the parser is particular about them
  return resolvePlain(text);
}
