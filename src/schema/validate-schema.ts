import type { ErrorObject } from 'ajv';
import { MAX_SHOWN_PROBLEMS, errorAt, type Diagnostic } from '../errors.js';
import { codePoint, describeOddCharacters, escapeOdd, quoteId, quoteValue } from '../text/odd-characters.js';
import { listWords } from '../text/list-words.js';
import { suggest } from '../text/suggest.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import type { Places } from '../yaml/positions.js';
import { childPointer } from '../yaml/pointer.js';
import { getValidator, type SchemaKind } from './validators.js';
import { calendarProblem } from '../text/calendar-date.js';
import { misplacedKeyHint } from './misplaced-key.js';
import { besideStatus } from '../answers/beside-status.js';


/** Validate data against one of our schemas; [] when valid. Used on reports, where there is no source. */
export function schemaErrors(kind: SchemaKind, data: unknown): ErrorObject[] {
  const validate = getValidator(kind);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Check a parsed file against its JSON Schema and say what is wrong in plain words, with places. */
export function validateSchema(kind: SchemaKind, parsed: ParsedYaml): Diagnostic[] {
  const errors = schemaErrors(kind, parsed.data);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // A suggestion is worked out only while the problems found can still be printed (errors.ts
    // prints the first MAX_SHOWN_PROBLEMS): for 100,000 unknown keys it took most of a minute.
    const described = describe(error, kind, out.length < MAX_SHOWN_PROBLEMS, (pointer) => numberAsWritten(parsed.positions, pointer));
    if (!described) continue;
    const place = described.atKey ? parsed.positions.keyOf(described.pointer) : parsed.positions.of(described.pointer);
    const key = `${described.pointer}\0${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(errorAt(parsed.file, described.message, place, described.pointer));
  }
  return out;
}

/** A version of three numbers (the schemas' "semver"). */
const SEMVER = '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$';

/** `1.0` as a version of three numbers, "1.0.0"; "1.2.0" for a number that does not read as one. */
function threePartVersion(written: string): string {
  const parts = /^(\d+)(?:\.(\d+))?$/.exec(written);
  return parts ? [parts[1], parts[2] ?? '0', '0'].map((n) => String(Number(n))).join('.') : '1.2.0';
}

export const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'a lower-case kebab-case id such as "social-care"',
  [SEMVER]: 'a version such as "1.2.0"',
  '^[a-z0-9][a-z0-9.-]*:[A-Za-z0-9][A-Za-z0-9._-]*$': 'a reference written FRAMEWORK:ID, such as "caf-4.0:A1.a"',
  '^[a-z0-9][a-z0-9.-]*$': 'a framework id such as "caf-4.0"',
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a"',
  // A share extract's month and systems (share.schema.json), and a questionnaire's upgradeNotes keys.
  '^[0-9]{4}-(0[1-9]|1[0-2])$': 'a month written YYYY-MM, such as "2026-07"',
  '^system-[1-9][0-9]*$': 'a system written system-N, such as "system-1"',
  '^(0|[1-9][0-9]*)\\.x$': 'a major version written N.x, such as "1.x"',
};

/** Required text: at least one character that is not a space (the schemas' "text"). */
const SOME_TEXT = '\\S';

/**
 * A short name on one line (questionnaire.schema.json's `systemLabel`): some text, and no control
 * character or line break. Such a name is set into sentences, headings and prompts everywhere; an
 * escape sequence or a line break in it would be a bad name, whatever each output then does with it.
 */
const ONE_LINE_NAME = '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$';

/** What keeps a value from being a name on one line, in words: `a line break`, `the control character U+001B`. */
function notOneLine(value: string): string | undefined {
  const ch = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.exec(value)?.[0];
  if (ch === undefined) return undefined;
  const code = codePoint(ch);
  return ch === '\n' || ch === '\r' ? 'a line break' : ch === '\t' ? 'a tab' : ch === '\u2028' || ch === '\u2029' ? `a line or paragraph separator, ${code}` : `the control character ${code}`;
}

/** How an outcome's indicator may be answered: true, false or unknown, and yes or no, in any case (answers.schema.json). */
const INDICATOR_VALUE = '^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|[Uu][Nn][Kk][Nn][Oo][Ww][Nn])$';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return 'a number';
    // YAML reads .nan, .inf and numbers past the largest double (1e400) as these; "not Infinity" alone
    // puzzled whoever wrote 1e400.
    if (Number.isNaN(value)) return '.nan (not a number)';
    return value > 0 ? 'infinity (.inf, or a number too large to use)' : 'minus infinity (-.inf, or a number too large to use)';
  }
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

// A list or mapping is named by its kind: spelt out by String() a list read as text, and a mapping
// from parseYaml (which has no prototype) made String() throw, an internal error for a bad file.
const show = (value: unknown): string => (typeof value === 'string' ? quoteValue(value) : typeof value === 'object' && value !== null ? typeOf(value) : String(value));

function decodeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * `"weight"`, or `item 2 of "references"`, for the value at a pointer. The keys are the user's: one
 * with a no-break space or a byte order mark in it is named as question ids are (quoteId), or it
 * looks like the key it is not (SPEC "v2: writing files safely").
 */
function subject(pointer: string): string {
  const segments = pointer.split('/').slice(1).map(decodeSegment);
  const last = segments.at(-1);
  if (last === undefined) return 'the file';
  if (/^\d+$/.test(last)) {
    const parent = segments.at(-2);
    return parent === undefined ? `item ${Number(last) + 1}` : `item ${Number(last) + 1} of ${quoteId(parent)}`;
  }
  return quoteId(last);
}

/** A date in the right shape that is not on the calendar gets told so, not told its shape. */
function dateMessage(it: string, data: unknown): string {
  const problem = typeof data === 'string' ? calendarProblem(data) : undefined;
  if (problem === undefined || problem.kind === 'shape') return `${it} must be a date written YYYY-MM-DD, not ${show(data)}`;
  if (problem.kind === 'month') return `${it}: ${String(data)} is not a date (${problem.why}); write YYYY-MM-DD`;
  return `${it}: ${String(data)} is not a date that exists (${problem.why})`;
}

const lastSegment = (pointer: string): string => decodeSegment(pointer.split('/').at(-1) ?? '');

/** The `status` of a long-form answer, if it has one. */
const statusOf = (data: unknown): unknown => (typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).status : undefined);

interface Described {
  pointer: string;
  message: string;
  atKey?: boolean;
}

/**
 * A number as the file writes it, where the text is at hand: `1.10` and `1.0`, which YAML reads as
 * 1.1 and 1. Quoting the number read would change the value, or make a version no version at all.
 */
function numberAsWritten(places: Places, pointer: string): string | undefined {
  const place = places.source === undefined ? undefined : places.of(pointer);
  if (place === undefined) return undefined;
  const line = places.source?.split('\n', place.line)[place.line - 1] ?? '';
  return /^[-+]?(?:\.?[0-9][0-9A-Za-z._+-]*|\.(?:inf|Inf|INF|nan|NaN|NAN))/.exec(line.slice(place.column - 1))?.[0];
}

function describe(error: ErrorObject, kind: SchemaKind, hints: boolean, writtenAs: (pointer: string) => string | undefined): Described | undefined {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const parentSchema = error.parentSchema as Record<string, unknown> | undefined;
  const it = subject(pointer);
  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      // `if` failures are explained by their `then`/`else` errors; `propertyNames` by the pattern error on the name.
      return undefined;
    case 'required': {
      const missing = String(params.missingProperty);
      if (kind === 'answers' && missing === 'reason' && statusOf(error.data) === 'not-applicable') return { pointer, message: `a not-applicable answer to ${quoteId(lastSegment(pointer))} needs a "reason"` };
      return { pointer, message: pointer === '' ? `missing required property "${missing}"` : `${it} is missing required property "${missing}"` };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const known = allowed.filter((k) => k !== '$schema');
      const guess = hints ? suggest(extra, known) : undefined;
      // A likely typo first; else a key that is right, but for another place; else what goes here.
      const placed = guess || !hints ? undefined : misplacedKeyHint(kind, allowed, extra);
      const hint = guess ? `did you mean "${guess}"?` : (placed ?? `expected ${listWords(known.map((k) => `"${k}"`))}`);
      // Four spaces where two were meant make the next entry a property of the one above it.
      const parent = pointer.split('/').slice(1).map(decodeSegment).at(-1);
      const indent = !guess && parent !== undefined && !/^\d+$/.test(parent) && /^[a-z0-9][a-z0-9-]*$/.test(extra) ? `; if "${extra}" is not part of "${parent}", it is indented too far: line it up with "${parent}"` : '';
      return { pointer: childPointer(pointer, extra), atKey: true, message: `unknown property ${quoteId(extra)}; ${hint}${indent}` };
    }
    case 'type': {
      const wanted = String(params.type)
        .split(',')
        .filter((t) => t !== 'null')
        .map((t) => TYPE_WORDS[t] ?? t);
      // `version: 1.1` reads as a number; the fix is quotes, so say so.
      if (parentSchema?.format === 'date') return { pointer, message: dateMessage(it, error.data) };
      if (parentSchema?.pattern === INDICATOR_VALUE) return { pointer, message: `indicator ${it} takes true, false or unknown, not ${show(error.data)}` };
      // A mapping of a few fixed keys written as a list (`indicators:` with "- " items under it): the
      // list starts on the line below its key, which is where the fix is, and the keys are what to write.
      const keys = Object.keys((parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      if (Array.isArray(error.data) && wanted.join() === 'a mapping' && parentSchema?.additionalProperties === false && keys.length > 0 && keys.length <= 4) {
        const required = ((parentSchema.required as string[] | undefined) ?? []).map((k) => `"${k}"`);
        const need = required.length ? ` (${listWords(required, 'and')} ${required.length === 1 ? 'is' : 'are'} required)` : '';
        // A list item has no key of its own: it is placed where it starts.
        const keyed = !/\/\d+$/.test(pointer);
        return { pointer, ...(keyed ? { atKey: true } : {}), message: `${it} must be a mapping, not a list: its keys are ${listWords(keys.map((k) => `"${k}"`), 'and')}${need}` };
      }
      // Only a number is shown as written: other data (a mapping with no prototype, say) has no text.
      const written = typeof error.data === 'number' ? (writtenAs(pointer) ?? String(error.data)) : '';
      // Quotes alone would not do for `version: 1.0`: "1.0" is then refused for having two numbers.
      if (typeof error.data === 'number' && parentSchema?.pattern === SEMVER) return { pointer, message: `${it} must be text, not a number: a version of three numbers in quotes, such as "${threePartVersion(written)}"` };
      const quote = typeof error.data === 'number' && wanted.length === 1 && wanted[0] === 'text' ? `; put it in quotes ("${written}") so that YAML reads it as text` : '';
      // `weight: 3` followed by a no-break space reads as the text "3\u00A0": name the character
      // (SPEC "v2: writing files safely"), as the answers' own checks do, or "not text" puzzles.
      if (typeof error.data === 'string' && describeOddCharacters(error.data)) return { pointer, message: `${it} must be ${listWords(wanted)}, not ${quoteValue(error.data)}` };
      return { pointer, message: `${it} must be ${listWords(wanted)}, not ${typeOf(error.data)}${quote}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(show);
      const guess = hints && typeof error.data === 'string' ? suggest(error.data, (params.allowedValues as unknown[]).map(String)) : undefined;
      return { pointer, message: `${it} must be one of ${listWords(allowed)}, not ${show(error.data)}${guess ? `; did you mean "${guess}"?` : ''}` };
    }
    case 'pattern': {
      // An outcome's indicator (SPEC "v2: questions answered by indicators"): worded as the answer check words it.
      if (params.pattern === INDICATOR_VALUE) return { pointer, message: `indicator ${it} takes true, false or unknown, not ${show(error.data)}` };
      // Required text (schemas' "text"): spaces alone say no more than nothing, and a paper showed a blank name or reason.
      if (params.pattern === SOME_TEXT) return { pointer, message: `${it} must not be empty or only spaces` };
      if (params.pattern === ONE_LINE_NAME) {
        const why = typeof error.data === 'string' ? notOneLine(error.data) : undefined;
        return { pointer, message: why ? `${it} must be a few words on one line, such as "critical system", with no control characters; it holds ${why}` : `${it} must not be empty or only spaces` };
      }
      const what = PATTERNS[String(params.pattern)] ?? `text matching ${String(params.pattern)}`;
      if (error.propertyName !== undefined) {
        return { pointer: childPointer(pointer, error.propertyName), atKey: true, message: `key ${quoteId(error.propertyName)} must be ${what}` };
      }
      // "1.0" in quotes, as the message for `version: 1.0` once said to write it: the three numbers it means.
      const short = params.pattern === SEMVER && typeof error.data === 'string' && /^\d+(\.\d+)?$/.test(error.data) ? `; write "${threePartVersion(error.data)}"` : '';
      return { pointer, message: `${it} must be ${what}, not ${typeof error.data === 'string' ? quoteId(error.data) : show(error.data)}${short}` };
    }
    case 'maxLength':
      if (error.propertyName !== undefined) {
        return { pointer: childPointer(pointer, error.propertyName), atKey: true, message: `key "${escapeOdd([...error.propertyName].slice(0, 40).join(''))}…" is longer than ${String(params.limit)} characters` };
      }
      return { pointer, message: `${it} must be at most ${String(params.limit)} characters long` };
    case 'format':
      if (params.format === 'date') return { pointer, message: dateMessage(it, error.data) };
      return { pointer, message: `${it} must be a valid ${String(params.format)}` };
    case 'minimum':
      return { pointer, message: `${it} must be at least ${String(params.limit)}, not ${show(error.data)}` };
    case 'maximum': {
      // The cap on weights is no judgement of how much a question matters: they only count relative to each other.
      const why = error.schemaPath.endsWith('/weight/maximum') ? '; weights only count relative to each other' : '';
      return { pointer, message: `${it} must be at most ${String(params.limit)}, not ${show(error.data)}${why}` };
    }
    case 'minItems':
      return { pointer, message: params.limit === 1 ? `${it} must not be empty` : `${it} must have at least ${String(params.limit)} items` };
    case 'minLength':
      // Text that must hold a word is also refused by its pattern, whose words say more ("or only spaces"): said once.
      if (parentSchema?.pattern === SOME_TEXT || parentSchema?.pattern === ONE_LINE_NAME) return undefined;
      return { pointer, message: `${it} must not be empty` };
    case 'minProperties':
      return { pointer, message: `${it} must not be empty` };
    case 'not':
      // The one "not" of the answers schema: a status stands instead of an answer, not beside one.
      if (kind === 'answers' && statusOf(error.data) !== undefined) return { pointer, message: `answer to ${quoteId(lastSegment(pointer))} has both ${besideStatus(error.data)} and status ${show(statusOf(error.data))}; give one` };
      return { pointer, message: `${it} ${error.message ?? 'is not valid'}` };
    case 'const':
      // ajv's own words ("must be equal to constant") never said which value: an extract from another version of the tool met it.
      return { pointer, message: `${it} must be ${show(params.allowedValue)}, not ${show(error.data)}` };
    case 'uniqueItems':
      return { pointer: childPointer(pointer, Number(params.i)), message: `${it} lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})` };
    case 'false schema':
      // The one property a schema forbids by another's presence: "systems" in a system file (SPEC "v2: critical systems").
      if (pointer === '/systems') return { pointer, atKey: true, message: 'a system file (one that says "system:") holds one system\'s answers and cannot list "systems:"; remove one of them' };
      // The council's details are the council's answers file's to give: one here was never read, and
      // may be from another council's set the file was copied from.
      if (kind === 'answers' && ['/organisation', '/assessor', '/assessedOn'].includes(pointer)) {
        return { pointer, atKey: true, message: `a system file (one that says "system:") holds one system's answers and waivers; "${pointer.slice(1)}" is the council's answers file's to give, and is not read here; remove it` };
      }
      return { pointer, atKey: true, message: `${it} is not allowed here` };
    default:
      return { pointer, message: `${it} ${error.message ?? 'is not valid'}` };
  }
}
