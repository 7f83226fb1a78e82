import { LineCounter, Schema, isScalar, type ScalarTag } from 'yaml';
import { limits } from './limits.js';
import { placeAt, pointerSegments, type Places } from './positions.js';

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
  if (UNSUPPORTED_CHARS.test(source)) return undefined;
  try {
    return new Reader(source).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\u2028\u2029\ud800-\udfff]|\r(?!\n)/;
/** YAML's own white space at the end of a value (String.prototype.trimEnd would take Unicode spaces too). */
const trimYamlEnd = (text: string): string => text.replace(/[ \t\r\n]+$/, '');
const GIVE_UP = new Error('outside the simple subset');
const giveUp = (): never => {
  throw GIVE_UP;
};

/** A key: plain text that resolves to itself (not a number, boolean or null). */
const KEY = /^([A-Za-z0-9_$][A-Za-z0-9_.$/-]*):(?: +|$)/;
/** KEY, matched where a flow mapping's key starts. */
const KEY_AT = /([A-Za-z0-9_$][A-Za-z0-9_.$/-]*):(?: +|$)/y;
/** What may follow a complete value on its line: nothing, or a comment after a space. */
const TRAILER = /^(?: +#.*| *)$/;
/** Characters a plain scalar may not start with (YAML indicators), leaving `-` to a closer look. */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`']);
/** Implicit keys longer than this are an error in YAML (1024 characters); leave them to the parser. */
const MAX_KEY = 1000;

// Plain scalars resolve exactly as the full parser resolves them: with the `yaml` package's own core
// schema tags, first match wins, anything else a string.
let defaultTags: ScalarTag[] | undefined;
// In the core schema only these words, of all plain scalars that start with a letter, are not strings.
const CORE_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
function resolvePlain(text: string): unknown {
  // Most scalars and nearly every key (question and indicator ids, option values) start with a
  // letter: no number pattern can match them, so the tag tests are skipped for all but nine words.
  const first = text.charCodeAt(0);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && !CORE_WORDS.has(text)) return text;
  defaultTags ??= new Schema({ schema: 'core' }).tags.filter((t): t is ScalarTag => t.default === true && 'test' in t && t.test instanceof RegExp);
  for (const tag of defaultTags) {
    if (tag.test?.test(text)) {
      const resolved = tag.resolve(text, giveUp, { intAsBigInt: false });
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return text;
}

/** Where a value (and its key) starts, and the places inside it when it is a mapping or sequence. */
interface Entry {
  key?: number;
  value: number;
  child?: Container | undefined;
}
type Container = { entries: Map<string, Entry> } | { items: Entry[] };

/** The same walk as Positions.find(), over the places this reader kept. */
function findPlace(root: Value, pointer: string): { value: number; key?: number } {
  let node = root.child;
  let value = root.offset;
  let key: number | undefined;
  for (const segment of pointerSegments(pointer)) {
    let entry: Entry | undefined;
    if (node && 'entries' in node) {
      entry = node.entries.get(segment);
      if (!entry) return { value };
      key = entry.key;
    } else if (node && 'items' in node) {
      entry = /^\d+$/.test(segment) ? node.items[Number(segment)] : undefined;
      if (!entry) return { value };
      key = undefined;
    } else {
      return { value };
    }
    value = entry.value;
    node = entry.child;
  }
  return key === undefined ? { value } : { value, key };
}

interface Value {
  value: unknown;
  offset: number;
  child?: Container | undefined;
}

class Reader {
  /** Offset where each line starts, where it ends (before CR LF) and its indentation. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly lineCounter = new LineCounter();
  private line = 0;
  private depth = 0;

  constructor(private readonly src: string) {
    let start = 0;
    for (;;) {
      const newline = src.indexOf('\n', start);
      const end = newline < 0 ? src.length : newline;
      this.starts.push(start);
      this.ends.push(end > start && src.charCodeAt(end - 1) === 13 ? end - 1 : end);
      let indent = 0;
      while (src.charCodeAt(start + indent) === 32) indent++;
      this.indents.push(indent);
      this.lineCounter.addNewLine(start);
      if (newline < 0) break;
      start = newline + 1;
    }
  }

  read(): { data: unknown; places: Places } {
    this.skipBlank();
    const first = this.line;
    if (first >= this.starts.length || this.indents[first] !== 0) giveUp();
    // Document markers and directives belong to the full parser.
    for (let i = 0; i < this.starts.length; i++) {
      if (this.indents[i] === 0 && /^(?:---|\.\.\.|%)/.test(this.text(i))) giveUp();
    }
    if (this.isDash(first)) giveUp(); // the formats are mappings; anything else is for the parser to explain
    const root = this.map(0);
    this.skipBlank();
    if (this.line < this.starts.length) giveUp();
    const lineCounter = this.lineCounter;
    return {
      data: root.value,
      places: {
        of: (pointer) => placeAt(lineCounter, findPlace(root, pointer).value),
        keyOf: (pointer) => {
          const found = findPlace(root, pointer);
          return placeAt(lineCounter, found.key ?? found.value);
        },
        place: (offset) => placeAt(lineCounter, offset),
      },
    };
  }

  private text(i: number): string {
    return this.src.slice(this.starts[i]! + this.indents[i]!, this.ends[i]);
  }

  private isBlank(i: number): boolean {
    const at = this.starts[i]! + this.indents[i]!;
    return at >= this.ends[i]! || this.src.charCodeAt(at) === 35; // '#'
  }

  private isDash(i: number): boolean {
    const at = this.starts[i]! + this.indents[i]!;
    return this.src.charCodeAt(at) === 45 && (at + 1 >= this.ends[i]! || this.src.charCodeAt(at + 1) === 32);
  }

  private skipBlank(): void {
    while (this.line < this.starts.length && this.isBlank(this.line)) this.line++;
  }

  private enter(): void {
    if (++this.depth > limits.maxDepth) giveUp();
  }

  /** A block mapping whose keys are at column `indent`, starting at the current line. */
  private map(indent: number): Value & { child: Container } {
    this.enter();
    const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const entries = new Map<string, Entry>();
    const offset = this.starts[this.line]! + indent;
    for (;;) {
      this.skipBlank();
      const i = this.line;
      if (i >= this.starts.length || this.indents[i]! < indent) break;
      if (this.indents[i]! > indent || this.isDash(i)) giveUp();
      const text = this.text(i);
      const match = KEY.exec(text);
      if (!match) giveUp();
      const key = match![1]!;
      if (key.length > MAX_KEY || entries.has(key) || resolvePlain(key) !== key) giveUp();
      const keyOffset = this.starts[i]! + indent;
      const rest = text.slice(match![0].length);
      const value = this.value(rest, keyOffset + match![0].length, indent, true);
      obj[key] = value.value;
      entries.set(key, { key: keyOffset, value: value.offset, child: value.child });
    }
    this.depth--;
    return { value: obj, offset, child: { entries } };
  }

  /**
   * A block sequence whose dashes are at column `indent`. `underKey` when it is the value of a key
   * at the same column, where a line that is not a dash ends it.
   */
  private seq(indent: number, underKey: boolean): Value & { child: Container } {
    this.enter();
    const items: unknown[] = [];
    const entries: Entry[] = [];
    const offset = this.starts[this.line]! + indent;
    for (;;) {
      this.skipBlank();
      const i = this.line;
      if (i >= this.starts.length || this.indents[i]! < indent) break;
      if (this.indents[i]! > indent) giveUp();
      if (!this.isDash(i)) {
        if (underKey) break;
        giveUp();
      }
      const dash = this.starts[i]! + indent;
      let gap = 1;
      while (dash + gap < this.ends[i]! && this.src.charCodeAt(dash + gap) === 32) gap++;
      const rest = this.src.slice(dash + gap, this.ends[i]);
      let item: Value;
      if (rest.startsWith('- ') || rest === '-') giveUp(); // a sequence in a sequence on one line
      if (KEY.test(rest)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        this.indents[i] = indent + gap;
        item = this.map(indent + gap);
      } else {
        item = this.value(rest, dash + gap, indent, false);
      }
      items.push(item.value);
      entries.push({ value: item.offset, child: item.child });
    }
    this.depth--;
    return { value: items, offset, child: { items: entries } };
  }

  /**
   * The value after a key's colon or an item's dash: `rest` is the rest of the line, at `offset`;
   * `indent` is the column of the key or dash. Moves past every line the value takes.
   */
  private value(rest: string, offset: number, indent: number, underKey: boolean): Value {
    const first = rest.charCodeAt(0);
    if (rest === '' || first === 35) {
      // Nothing on the line: a block below it, or null.
      this.line++;
      this.skipBlank();
      const next = this.line;
      if (next < this.starts.length) {
        if (this.indents[next]! > indent) return this.isDash(next) ? this.seq(this.indents[next]!, false) : this.map(this.indents[next]!);
        if (underKey && this.indents[next] === indent && this.isDash(next)) return this.seq(indent, true);
      }
      // The full parser places an empty value just after the colon or dash and the spaces after it.
      return { value: null, offset };
    }
    if (first === 124 || first === 62) return this.blockScalar(rest, offset, indent); // | >
    let result: Value;
    if (first === 91 || first === 123 || first === 34 || first === 39) {
      // [ { " '
      const flow = new FlowReader(rest, offset, this.depth);
      result = flow.node();
      if (!TRAILER.test(rest.slice(flow.pos))) giveUp();
    } else {
      result = { value: plainInBlock(rest), offset };
    }
    this.line++;
    return result;
  }

  /** A `|` or `>` scalar with clip (default) or strip (`-`) chomping and indentation found from its first line. */
  private blockScalar(header: string, offset: number, indent: number): Value {
    const match = /^([|>])(-?)(?: +#.*| *)$/.exec(header);
    if (!match) giveUp(); // keep (+), explicit indentation, or something after the header
    const folded = match![1] === '>';
    const strip = match![2] === '-';
    let i = this.line + 1;
    if (i >= this.starts.length || this.starts[i] === this.ends[i]) giveUp(); // empty, or leading empty lines
    const blockIndent = this.indents[i]!;
    if (blockIndent <= indent) giveUp();
    const lines: string[] = [];
    for (; i < this.starts.length; i++) {
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      if (start === end) {
        lines.push('');
        continue;
      }
      const lineIndent = this.indents[i]!;
      if (start + lineIndent >= end) giveUp(); // a line of spaces only
      if (lineIndent < blockIndent) break;
      if (folded && lineIndent > blockIndent) giveUp(); // more-indented lines fold differently
      if (this.src.charCodeAt(end - 1) === 32) giveUp(); // trailing spaces are not kept alike in every style
      lines.push(this.src.slice(start + blockIndent, end));
    }
    this.line = i;
    while (lines[lines.length - 1] === '') lines.pop();
    let text: string;
    if (!folded) {
      text = lines.join('\n');
    } else {
      text = lines[0]!;
      let breaks = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') {
          breaks++;
          continue;
        }
        text += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        text += lines[k];
        breaks = 0;
      }
    }
    return { value: strip ? text : `${text}\n`, offset };
  }
}

/** A plain scalar on one line in block context: up to a comment, and not one that goes on to the next line. */
function plainInBlock(rest: string): unknown {
  const comment = rest.indexOf(' #');
  const text = trimYamlEnd(comment < 0 ? rest : rest.slice(0, comment));
  const first = text[0]!;
  if (INDICATORS.has(first) || (first === '-' && (text.length === 1 || text[1] === ' '))) giveUp();
  if (text.includes(': ') || text.endsWith(':') || /[[\]{}]/.test(text)) giveUp(); // flow indicators: the parser is particular about them
  return resolvePlain(text);
}

/** A flow collection or quoted scalar that ends on the line it starts on. */
class FlowReader {
  pos = 0;

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private depth: number,
  ) {}

  node(): Value {
    const c = this.text[this.pos];
    const offset = this.offset + this.pos;
    if (c === '[') return this.seq(offset);
    if (c === '{') return this.map(offset);
    if (c === '"' || c === "'") return { value: this.quoted(), offset };
    return { value: this.plain(), offset };
  }

  private spaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  private seq(offset: number): Value {
    if (++this.depth > limits.maxDepth) giveUp();
    this.pos++;
    const items: unknown[] = [];
    const entries: Entry[] = [];
    this.spaces();
    if (this.text[this.pos] !== ']') {
      for (;;) {
        const item = this.node();
        items.push(item.value);
        entries.push({ value: item.offset, child: item.child });
        this.spaces();
        if (this.text[this.pos] === ']') break;
        if (this.text[this.pos] !== ',') giveUp();
        this.pos++;
        this.spaces();
        if (this.text[this.pos] === ']') giveUp(); // a trailing comma
      }
    }
    this.pos++;
    this.depth--;
    return { value: items, offset, child: { items: entries } };
  }

  private map(offset: number): Value {
    if (++this.depth > limits.maxDepth) giveUp();
    this.pos++;
    const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const entries = new Map<string, Entry>();
    this.spaces();
    if (this.text[this.pos] !== '}') {
      for (;;) {
        KEY_AT.lastIndex = this.pos;
        const match = KEY_AT.exec(this.text);
        if (!match || !match[0].endsWith(' ')) giveUp(); // a key without a value
        const key = match![1]!;
        if (key.length > MAX_KEY || entries.has(key) || resolvePlain(key) !== key) giveUp();
        const keyOffset = this.offset + this.pos;
        this.pos += match![0].length;
        const value = this.node();
        obj[key] = value.value;
        entries.set(key, { key: keyOffset, value: value.offset, child: value.child });
        this.spaces();
        if (this.text[this.pos] === '}') break;
        if (this.text[this.pos] !== ',') giveUp();
        this.pos++;
        this.spaces();
        if (this.text[this.pos] === '}') giveUp();
      }
    }
    this.pos++;
    this.depth--;
    return { value: obj, offset, child: { entries } };
  }

  /** A quoted scalar without escapes or line breaks. */
  private quoted(): string {
    const quote = this.text[this.pos]!;
    let value = '';
    let from = this.pos + 1;
    for (;;) {
      const close = this.text.indexOf(quote, from);
      if (close < 0) giveUp();
      value += this.text.slice(from, close);
      if (quote === "'" && this.text[close + 1] === "'") {
        value += "'";
        from = close + 2;
        continue;
      }
      this.pos = close + 1;
      break;
    }
    if (quote === '"' && value.includes('\\')) giveUp();
    return value;
  }

  /** A plain scalar in a flow collection: up to `,`, `]` or `}`; a colon only inside a word (caf-4.0:A1). */
  private plain(): unknown {
    const start = this.pos;
    const first = this.text[start];
    if (first === undefined || INDICATORS.has(first) || (first === '-' && !/[A-Za-z0-9.]/.test(this.text[start + 1] ?? ''))) giveUp();
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (c === ',' || c === ']' || c === '}') break;
      if (c === '[' || c === '{' || c === '#' || c === '"' || c === "'") giveUp();
      if (c === ':' && !/[A-Za-z0-9]/.test(this.text[this.pos + 1] ?? '')) giveUp();
    }
    const raw = this.text.slice(start, this.pos);
    const text = trimYamlEnd(raw);
    return resolvePlain(text);
  }
}
