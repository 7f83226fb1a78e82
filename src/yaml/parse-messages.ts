/**
 * The YAML parser's errors in plain words, pointed at the place that is actually wrong (the
 * parser often points at the line after the mistake). Pure: (error, source) → message and offset.
 */

export interface ParseProblem {
  message: string;
  offset: number;
}

/** The longest parser message passed on as the parser wrote it. */
const MAX_MESSAGE = 160;

const lineStart = (source: string, offset: number): number => source.lastIndexOf('\n', offset - 1) + 1;
const lineAt = (source: string, offset: number): string => {
  const start = lineStart(source, offset);
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? source.length : end);
};
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** The last unclosed `{` or `[` before `offset`, skipping quoted text and comments; -1 if none. */
function unclosedBracket(source: string, offset: number, open: '{' | '['): number {
  const close = open === '{' ? '}' : ']';
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < offset && i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\n') quote = undefined;
      continue;
    }
    if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(source[i - 1] ?? ' ')) quote = ch;
    else if (ch === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (ch === open) stack.push(i);
    else if (ch === close) stack.pop();
  }
  return stack.at(-1) ?? -1;
}

/**
 * Where the quoted value still open at `offset` began (the parser blames the end of the file, where
 * it gave up looking for the closing quote); -1 if none is found. A quote opens a value after a
 * space, a bracket, a comma or a colon; `\"` and `''` inside a value do not close it.
 */
function openQuote(source: string, offset: number, kind: '"' | "'"): number {
  let open = -1;
  let quote: string | undefined;
  for (let i = 0; i < offset && i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (quote === '"' && ch === '\\') i++;
      else if (quote === "'" && ch === "'" && source[i + 1] === "'") i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(source[i - 1] ?? ' ')) {
      quote = ch;
      open = i;
    } else if (ch === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    }
  }
  return quote === kind ? open : -1;
}

/** The first line at or after `offset` that has text, for errors placed on a line's start or a blank line. */
function firstTextAt(source: string, offset: number): number {
  let at = offset;
  while (at < source.length && /[\s]/.test(source[at] ?? '')) at++;
  return at;
}

/**
 * Where a tab stands in the indentation of the line at `offset`, or -1. The parser names a tab
 * that indents a key, but not one that indents the lines of a `|` or `>` text, a list item or a
 * continued line: those it reports as some other indentation fault, which a tab shown as spaces
 * on screen makes a puzzle.
 */
function tabInIndent(source: string, offset: number): number {
  const start = lineStart(source, Math.min(offset, source.length));
  const indent = /^[ \t]*/.exec(lineAt(source, start))?.[0] ?? '';
  const tab = indent.indexOf('\t');
  return tab < 0 ? -1 : start + tab;
}

/** Parser errors about indentation, which a tab in the indentation of the line they name may cause. */
const INDENT_CODES = new Set(['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY']);
const INDENT_MESSAGES = ['Block scalars with more-indented leading empty lines', 'Implicit map keys need to be followed by map values', 'Sequence item without - indicator'];

export function explainParseError(code: string, parserMessage: string, offset: number, source: string): ParseProblem {
  const message = (parserMessage.split('\n')[0] ?? parserMessage).replace(/\.$/, '').replace(/ at line \d+, column \d+$/, '');
  const plain = (text: string, at = offset): ParseProblem => ({ message: text, offset: at });

  if (code === 'MISSING_CHAR' && (message.startsWith('Missing closing "') || message.startsWith("Missing closing '"))) {
    const kind = message.startsWith('Missing closing "') ? '"' : "'";
    const at = openQuote(source, Math.max(offset, source.length), kind);
    return plain(`a value in ${kind === '"' ? 'double' : 'single'} quotes has no closing ${kind}`, at >= 0 ? at : offset);
  }
  if (code === 'MULTIPLE_DOCS') return plain('a file must hold a single YAML document, but another one starts here');
  if (code === 'TAB_AS_INDENT') return plain('tabs cannot indent YAML; use spaces');
  if (INDENT_CODES.has(code) || INDENT_MESSAGES.some((m) => message.startsWith(m))) {
    const tab = tabInIndent(source, offset);
    if (tab >= 0) return plain('tabs cannot indent YAML; use spaces', tab);
  }

  // `{ a: 1, b: 2` never closed, or continued on a line no further in than its key: the parser
  // blames the next line; the mistake is the bracket.
  const flow = /^flow (map|sequence) in block collection must be sufficiently indented and end with a ([}\]])/i.exec(message);
  if (flow) {
    const open = flow[1] === 'map' ? '{' : '[';
    const at = unclosedBracket(source, offset, open);
    return plain(
      `this "${open}" is not closed: end it with "${flow[2]}" on the same line, or indent the lines that continue it further than its key`,
      at >= 0 ? at : offset,
    );
  }
  if (message.startsWith('Nested mappings are not allowed in compact mappings')) {
    return plain('this value has ": " in it, which YAML reads as another key; put the value in quotes, or move the inner "key: value" to its own line, indented');
  }
  if (message.startsWith('Block collections are not allowed within flow collections')) {
    return plain('inside { } or [ ], text with ": " or "- " in it must be in quotes');
  }
  if (message.startsWith('Implicit keys need to be on a single line') || message.startsWith('Implicit map keys need to be followed by map values')) {
    const at = firstTextAt(source, offset);
    const line = lineAt(source, at);
    if (/^\s*[^\s:#]+:[^\s]/.test(line)) return plain('put a space after the colon ("key: value")', at);
    return plain('expected "key: value" on this line; if it continues the text above, indent it further than that text\'s key', at);
  }
  if (message.startsWith('All mapping items must start at the same column') || message.startsWith('All collection items must start at the same column')) {
    const at = firstTextAt(source, offset);
    const line = lineAt(source, at);
    // The entry it should line up with: the nearest line above that is not deeper content.
    const mine = indentOf(line);
    const before = source.slice(0, lineStart(source, at)).split('\n').reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('#') && indentOf(l) <= mine + 1);
    const theirs = before !== undefined ? indentOf(before) : undefined;
    const place = theirs !== undefined && theirs !== mine ? ` (this line is indented by ${mine} space${mine === 1 ? '' : 's'}, the entry above it by ${theirs})` : '';
    return plain(`the entries of one mapping or list must start in the same column${place}`, at);
  }
  if (message.startsWith('A block sequence may not be used as an implicit map key')) {
    const at = firstTextAt(source, offset);
    const mine = indentOf(lineAt(source, at));
    // Most often the next item of a list above, indented too far.
    const item = source.slice(0, lineStart(source, at)).split('\n').reverse().find((l) => /^ *- /.test(l) && indentOf(l) < mine);
    if (item !== undefined) return plain(`this list item is indented by ${mine} space${mine === 1 ? '' : 's'}; if it is the next item of the list above, indent it by ${indentOf(item)} like the others`, at);
    return plain('a list item ("- ") cannot sit among "key: value" lines at the same indent; remove the "- ", or put the list under a key of its own', at);
  }
  if (message.startsWith('Unexpected block-seq-ind on same line with key') || message.startsWith('Sequence items are not allowed on the same line with map keys')) {
    return plain('a list cannot start on the same line as its key; put each "- item" on a line of its own below the key, indented');
  }
  if (message.startsWith('Unexpected scalar at node end')) {
    const previous = source.slice(0, offset).trimEnd().at(-1);
    if (previous === '"' || previous === "'") return plain(`text follows the closing ${previous} of a quoted value; to put ${previous} inside the value, quote it with the other kind of quote`);
    return plain('unexpected text after the end of a value');
  }
  if (message.startsWith('Map keys must be unique')) return plain('this key appears twice in the same mapping');
  if (message.startsWith('Unexpected flow-map-end') || message.startsWith('Unexpected flow-seq-end')) {
    return plain(`a closing "${message.includes('map') ? '}' : ']'}" here has no opening bracket before it`);
  }
  // The parser says this only inside { } or [ ] (elsewhere a comma is text): a comma first in the
  // brackets, or a second one in a row, as in a JSON file's `"gov-siro": "yes",,`.
  if (message.startsWith('Unexpected , in')) return plain(`an extra comma in ${message.includes('sequence') ? '[ ]' : '{ }'}: nothing comes before it; remove it`);
  // At the key, where the parser places it: the start of its line was the indentation before an indented key.
  if (code === 'KEY_OVER_1024_CHARS') return plain('a key can be at most 1024 characters long; if this long line is a value, put it after its key ("key: value")');
  if (message.startsWith('Block scalar header includes extra characters')) {
    return plain('after "|" or ">" only an indent number, "+" or "-" may follow on the same line; start the text on the next line, indented');
  }
  if (message.startsWith('Block scalars with more-indented leading empty lines')) {
    return plain('the text under "|" or ">" starts, after blank lines, further in than the lines that follow it; indent its lines alike');
  }
  if (message.startsWith('Sequence item without - indicator')) return plain('this line sits in a list but does not start with "- "; start it with "- ", or indent it like the text it continues');
  if (message.startsWith('Unexpected scalar token in YAML stream')) return plain('this text is outside the file\'s mapping; check how this line and the lines above it are indented');
  // Anything else in the parser's words, which may quote a whole line of the file: its start will do.
  const words = message.charAt(0).toLowerCase() + message.slice(1);
  return plain(words.length > MAX_MESSAGE ? `${words.slice(0, MAX_MESSAGE - 1)}…` : words);
}
