import { Composer, Lexer, LineCounter, Parser, YAMLParseError, YAMLWarning, isAlias, isMap, isScalar, isSeq, visit, type Alias, type CST, type Document, type Node } from 'yaml';
import { errorAt, type Diagnostic } from '../errors.js';
import { describeOddCharacters } from '../text/odd-characters.js';
import { TOO_DEEP, limits, mb } from './limits.js';
import { Positions, type Places } from './positions.js';
import { explainParseError } from './parse-messages.js';
import { readSimpleYaml } from './simple-yaml.js';
import { keyText } from './key-text.js';
import { tagRefused } from './core-tags.js';
import { jsonWordsFor } from '../json/json-syntax-words.js';
import { loneSurrogateEscape, loneSurrogateIn, loneSurrogateMessage } from './lone-surrogate.js';

export interface ParsedYaml {
  file: string;
  /** The plain data, or undefined when the file could not be parsed. */
  data: unknown;
  positions: Places;
  diagnostics: Diagnostic[];
}

const JSON_FILE = /\.json$/i;

/**
 * A syntax error on a line with an invisible or look-alike character (a no-break space after
 * `key:` is not the space YAML needs) is nearly always caused by it, and the parser cannot say so.
 */
function oddCharacterHint(source: string, line: number | undefined): string {
  if (line === undefined) return '';
  const lines = source.split('\n', line + 1);
  for (const n of [line, line - 1]) {
    const odd = n >= 1 ? describeOddCharacters((lines[n - 1] ?? '').replace(/[\t\r]/g, ' ')) : '';
    if (odd) return `; line ${n} ${odd}`;
  }
  return '';
}

class Stop extends Error {}

/**
 * What each alias of `doc` stands for: the last node before it with its anchor, as YAML says. One
 * pass over the document: Alias.resolve() walks the document from its start for every alias, so
 * 9,000 aliases (under the expansion limit) took 25 seconds to read.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/** Open nodes on the parser's stack (about one per level) that no file within the depth limit reaches. */
const MAX_PARSER_STACK = 2 * limits.maxDepth;

/**
 * The parser's tokens, ending as if the text ended when nesting is far past the limit, with the
 * offset it got to in `cut`. The parser's work per token grows with its stack, so a few MB of `[`
 * or `- ` took seconds and gigabytes before failing, and 5 MB of them crashed the process out of
 * memory; the limit has to be kept while parsing. What was read is still composed, to find where
 * the nesting first goes too deep.
 */
function* boundedTokens(text: string, lineCounter: LineCounter, cut: { offset?: number }): Generator<CST.Token> {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // Parser.parse() records the first line itself; next() does not
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > MAX_PARSER_STACK) {
      cut.offset = parser.offset;
      break;
    }
  }
  yield* parser.end();
}

/**
 * Where the first node deeper than the limit starts, counted as convert() below counts (the top
 * node at depth 0, a mapping's values and a sequence's items one deeper), without following aliases.
 * It recurses no further than the limit.
 */
function firstTooDeep(node: Node | null, depth: number): number | undefined {
  if (node === null) return undefined;
  if (depth > limits.maxDepth) return node.range?.[0];
  const children = isMap(node) ? node.items.map((pair) => pair.value as Node | null) : isSeq(node) ? (node.items as (Node | null)[]) : [];
  for (const child of children) {
    const at = firstTooDeep(child, depth + 1);
    if (at !== undefined) return at;
  }
  return undefined;
}

/**
 * Parse untrusted YAML text with the safe options of SPEC "Bad input" and keep the place of every
 * node. The AST is converted by hand instead of `toJS()` so that duplicate keys are found in linear
 * time with their lines, tags are checked, and alias expansion has a hard budget.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  return parseYamlWith(text, file, true);
}

/** parseYaml() with the full parser only, never the simple reader (to check one against the other). */
export function parseYamlFully(text: string, file: string): ParsedYaml {
  return parseYamlWith(text, file, false);
}

function parseYamlWith(text: string, file: string, simpleFirst: boolean): ParsedYaml {
  // YAML 1.2 counts a lone CR (old Mac line ends) as a line break, but the parser only knows LF
  // and CRLF and failed on such files with unrelated messages; one character for one keeps every place.
  const source = text.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  const positions = new Positions(lineCounter, source);
  const diagnostics: Diagnostic[] = [];
  const result = (data: unknown): ParsedYaml => ({ file, data, positions, diagnostics });

  // Most files are plain YAML that a much faster reader gives exactly the same result for.
  const simple = simpleFirst ? readSimpleYaml(source) : undefined;
  if (simple) return { file, data: simple.data, positions: simple.places, diagnostics: [] };

  // parseDocument() by hand, to parse through boundedTokens().
  let doc: Document.Parsed | undefined;
  const cut: { offset?: number } = {};
  try {
    const composer = new Composer({ schema: 'core', version: '1.2', uniqueKeys: false, strict: true });
    for (const next of composer.compose(boundedTokens(source, lineCounter, cut), true, source.length)) {
      if (!doc) doc = next;
      else {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
        break;
      }
    }
  } catch (error) {
    if (error instanceof RangeError) {
      diagnostics.push(errorAt(file, `nesting is too deep to parse (the limit is ${limits.maxDepth} levels)`));
      return result(undefined);
    }
    throw error;
  }
  if (!doc) throw new Error('the YAML composer made no document'); // compose(..., forceDoc) always makes one

  // Nesting too deep is said at the node where it starts, as the JSON reader says it (json-places.ts),
  // unless a syntax error comes before it; what the parser says after it, or of text it never read
  // (cut), is left unsaid. Looked for only where it can change what is said: most files have no errors.
  const deepAt = cut.offset !== undefined || doc.errors.length ? firstTooDeep(doc.contents, 0) : undefined;
  if (cut.offset !== undefined && deepAt === undefined) {
    // Deep in keys, which the depth count does not reach: said where the parser stopped.
    diagnostics.push(errorAt(file, TOO_DEEP, positions.place(cut.offset)));
    return result(undefined);
  }
  const before = (e: YAMLParseError | YAMLWarning): boolean => deepAt === undefined || e.pos[0] < deepAt;

  // Only the first syntax error: the parser's later ones are nearly always knock-on effects of it.
  const firstError = doc.errors.find(before);
  // A .json file is read as YAML, so that YAML saved with that ending is read (README); one that
  // neither reader accepts is said in the JSON reader's words at its place, as every command says it.
  const asJson = firstError && JSON_FILE.test(file) ? jsonWordsFor(text, file) : undefined;
  if (asJson) diagnostics.push(asJson);
  else if (firstError) {
    const problem = explainParseError(firstError.code, firstError.message, firstError.pos[0], source);
    const place = positions.place(problem.offset);
    diagnostics.push(errorAt(file, problem.message + oddCharacterHint(source, place?.line), place));
  }
  for (const w of doc.warnings.filter(before)) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported as an error by the tag check below
    const problem = explainParseError(w.code, w.message, w.pos[0], source);
    diagnostics.push({ ...errorAt(file, problem.message, positions.place(problem.offset)), severity: 'warning' });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return result(undefined);

  if (doc.contents === null) {
    // A .json file is read by the YAML parser too (JSON is YAML), but its writer expects JSON words.
    diagnostics.push(errorAt(file, `the file is empty; expected ${JSON_FILE.test(file) ? 'a JSON object' : 'a YAML mapping'}`, { line: 1, column: 1 }));
    return result(undefined);
  }

  let aliasNodes = 0;
  let aliasText = 0;
  const targets = aliasTargets(doc);
  const report = (message: string, offset: number): void => {
    diagnostics.push(errorAt(file, message, positions.place(offset)));
  };
  const fail = (message: string, offset: number): never => {
    report(message, offset);
    throw new Stop();
  };

  // Text brought in by aliases, keys and values alike: each alias expands its anchor's node anew, so
  // this counts every copy, and one alias of an aliased collection counts all the text inside it.
  const countAliasText = (length: number, aliasAt: number): void => {
    aliasText += length;
    if (aliasText > limits.maxAliasText) fail(`aliases expand to too much text (over ${mb(limits.maxAliasText)}); write the values out instead`, aliasAt);
  };

  // Only a double-quoted scalar has escapes, so only one can hold a lone surrogate; placed at its escape.
  // The simple reader never gets here with one: it gives up on a backslash in double quotes.
  const checkEscapes = (node: Node, text: string, aliasAt: number | undefined): void => {
    if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE') return;
    const lone = loneSurrogateIn(text);
    if (lone === undefined) return;
    const [start, end] = node.range ?? [0, source.length];
    const found = loneSurrogateEscape(source, start, end);
    fail(loneSurrogateMessage(lone, found?.escape), aliasAt ?? found?.offset ?? start);
  };

  // `aliasAt` is the offset of the alias being expanded: values that come from an anchor are placed
  // at the alias that brought them in, which is where the reader looks.
  const convert = (node: Node | null, depth: number, fallback: number, aliasAt?: number): unknown => {
    if (node === null) return null;
    const start = node.range?.[0] ?? fallback;
    const at = aliasAt ?? start;
    if (depth > limits.maxDepth) fail(TOO_DEEP, at);
    if (aliasAt !== undefined && ++aliasNodes > limits.maxAliasNodes) {
      fail(`aliases expand to too many values (the limit is ${limits.maxAliasNodes}); write the values out instead`, aliasAt);
    }
    if (isAlias(node)) {
      const target = targets.get(node);
      if (!target) fail(`alias *${node.source} has no anchor before it`, start);
      return convert(target as Node, depth, start, aliasAt ?? start);
    }
    const refused = node.tag === undefined ? undefined : tagRefused(node, node.tag);
    if (refused) report(refused, at);

    if (isMap(node)) {
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyStart = keyNode?.range?.[0] ?? at;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
          fail('mapping keys must be plain text', aliasAt ?? keyStart);
        }
        const key = keyText(keyNode);
        checkEscapes(keyNode as Node, key, aliasAt);
        // YAML 1.1's merge key: a YAML 1.2 reader takes `<<` as a field of that name, which the
        // schema then called an unknown property, with no word of why.
        if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          report('merge keys (<<) are not part of YAML 1.2, which these files are read as; write the fields out in full', aliasAt ?? keyStart);
          continue;
        }
        if (aliasAt !== undefined) countAliasText(key.length, aliasAt);
        const first = seen.get(key);
        if (first !== undefined) {
          report(`duplicate key "${key}" (first defined at line ${positions.place(first).line})`, aliasAt ?? keyStart);
          continue;
        }
        seen.set(key, keyStart);
        obj[key] = convert(pair.value as Node | null, depth + 1, keyStart, aliasAt);
      }
      return obj;
    }
    if (isSeq(node)) {
      return node.items.map((item) => convert(item as Node | null, depth + 1, at, aliasAt));
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string') checkEscapes(node, node.value, aliasAt);
      if (aliasAt !== undefined && typeof node.value === 'string') countAliasText(node.value.length, aliasAt);
      return node.value;
    }
    return fail('unsupported YAML node', at);
  };

  positions.attach(doc);
  try {
    const data = convert(doc.contents, 0, 0);
    // Text the parser never read is no data, even should nothing read so far be found too deep.
    if (cut.offset !== undefined && !diagnostics.some((d) => d.severity === 'error')) report(TOO_DEEP, cut.offset);
    return result(diagnostics.some((d) => d.severity === 'error') ? undefined : data);
  } catch (error) {
    if (error instanceof Stop) return result(undefined);
    if (error instanceof RangeError) {
      diagnostics.push(errorAt(file, TOO_DEEP));
      return result(undefined);
    }
    throw error;
  }
}
