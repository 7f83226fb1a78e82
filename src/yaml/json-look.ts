import { meantAsQuestionnaireData } from './detect-kind.js';

/**
 * What a .json file in a questionnaire folder is, told from its top level without the positioned
 * YAML parse: that parse of a 1 MB report took most of a second and 80 MB, of a 28 MB data file
 * seven seconds and 1.3 GB, only to find it was not a questionnaire. Pure: the text is given.
 */
export interface JsonLook {
  /** Whether it is meant as a questionnaire (see meantAsQuestionnaireData): only then is it parsed, and its mistakes reported. */
  meant: boolean;
  /** Its top-level id, when it is meant as one and says a kebab-case id. */
  id?: string;
}

const KEBAB_ID = /^[a-z0-9-]+$/;
// A YAML questionnaire saved with a .json ending: `-q` reads it, as JSON is YAML, so a folder does too.
const YAML_TOP_KEY = /^(?:id|sections):/m;
const YAML_TOP_ID = /^id:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * Look at the text of a .json file: its top level, read by a tokenizer that steps over nested
 * values by counting brackets (as fast as JSON.parse, with a third of its memory, as nothing nested
 * is built), then told by the recognisers `list` uses for parsed files. The same whether the rest
 * is well formed or not: text cut short that says an `"id"` or `"sections"` at its top, and nothing
 * that makes it a report or answers, is a broken questionnaire, reported at its syntax error and
 * found by its id; a tsconfig.json with comments, or a report cut short, is passed over.
 */
export function lookAtJson(text: string): JsonLook {
  // Windows PowerShell 5 saves UTF-8 with a byte order mark, which JSON.parse refused.
  const plain = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const top = topLevelMembers(plain);
  if (top === undefined) {
    const id = YAML_TOP_ID.exec(plain)?.[1];
    return YAML_TOP_KEY.test(plain) ? { meant: true, ...(id ? { id } : {}) } : { meant: false };
  }
  if (!meantAsQuestionnaireData(top)) return { meant: false };
  return typeof top.id === 'string' && KEBAB_ID.test(top.id) ? { meant: true, id: top.id } : { meant: true };
}

// One token after any white space and YAML comments: a JSON string (its escapes kept), a YAML
// single-quoted one, a punctuation mark, or a plain word. A plain word is read as YAML reads an
// unquoted scalar in flow style (`{title: Systems questionnaire, url: https://x.org/a:b}`): up to a
// `,`, a bracket, a `:` followed by a space, or a ` #` comment; a JSON number, true, false or null,
// or whatever broken text holds, is one too. A comment runs to the end of its line, and the string
// patterns are unrolled, so that nothing is matched again on backtracking.
const PLAIN_END = String.raw`[\s{}[\],]`;
const PLAIN = String.raw`[^\s"'{}[\]:,#](?:[^\s{}[\]:,]+|:(?!${PLAIN_END}|$)|\s+(?=[^\s{}[\]:,#]|:(?!${PLAIN_END}|$)))*`;
const TOKEN = new RegExp(String.raw`\s*(?:#[^\r\n]*(?![^\r\n])\s*)*("[^"\\]*(?:\\.[^"\\]*)*"|'[^']*(?:''[^']*)*'|[{}[\]:,]|${PLAIN})`, 'y');

/**
 * The members of a JSON object's top level that can be read before its text breaks off, or
 * undefined when it does not start as an object: strings, numbers and words as their values,
 * nested objects and arrays stood in for by `{}` and `[]` (the recognisers only ask what they are).
 */
export function topLevelMembers(text: string): Record<string, unknown> | undefined {
  const tokens = new RegExp(TOKEN.source, 'y');
  const next = (): string | undefined => tokens.exec(text)?.[1];
  if (next() !== '{') return undefined;
  const members: Record<string, unknown> = {};
  for (;;) {
    const key = next();
    // A bare key is YAML's flow style (`{id: x}`), which `-q` reads too; `}`, or anything that is not a key, ends the reading.
    if (key === undefined || /^[{}[\]:,]$/.test(key) || next() !== ':') return members;
    const value = next();
    if (value === undefined) return members;
    members[String(word(key))] = value === '{' ? {} : value === '[' ? [] : word(value);
    // A nested value is passed over by counting brackets; one cut short ends the reading.
    if ((value === '{' || value === '[') && !skipNested(next)) return members;
    if (next() !== ',') return members;
  }
}

function skipNested(next: () => string | undefined): boolean {
  for (let depth = 1; depth > 0; ) {
    const token = next();
    if (token === undefined) return false;
    if (token === '{' || token === '[') depth++;
    else if (token === '}' || token === ']') depth--;
  }
  return true;
}

/**
 * A token's value: a JSON string or number as JSON reads it, a single-quoted string unquoted,
 * anything else as written, its line breaks folded to spaces as YAML folds a plain scalar's.
 */
function word(token: string): unknown {
  if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
  try {
    return JSON.parse(token) as unknown;
  } catch {
    return token.startsWith('"') ? token : token.replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ');
  }
}
