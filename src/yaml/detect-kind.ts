import type { ParsedYaml } from './load-yaml.js';
import { listWords } from '../text/list-words.js';
import { quoteValue } from '../text/odd-characters.js';
import { suggest } from '../text/suggest.js';
import { unrelatedMapping } from './kind-keys.js';

export type Kind = 'questionnaire' | 'answers';

/** A file's kind from its top-level keys: questionnaires have sections, answers name a questionnaire. */
export const detectKind = (parsed: ParsedYaml): Kind | undefined => kindOfData(parsed.data);

/** What validate says of a mapping it cannot tell the kind of (and the walk, of such a file given to --save). */
export const UNTOLD_KIND = 'cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire")';

function kindOfData(data: unknown): Kind | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if ('sections' in data) return 'questionnaire';
  if ('answers' in data || 'questionnaire' in data) return 'answers';
  return undefined;
}

/**
 * What `expected` says when given the other kind of file: one line instead of a page of schema
 * errors. It names no option: -a is assess's alone, and diff, share, trend and benchmark take
 * answers as arguments ("give the answers with -a" sent them to an option they lack).
 */
const WRONG_KIND: Record<'questionnaire' | 'answers' | 'system', { kind: Kind; pointer: string; message: string }> = {
  questionnaire: { kind: 'answers', pointer: '/questionnaire', message: 'this is an answers file, not a questionnaire; name the questionnaire by its id or file instead' },
  answers: { kind: 'questionnaire', pointer: '/sections', message: 'this is a questionnaire, not an answers file; give an answers file instead' },
  system: { kind: 'questionnaire', pointer: '/sections', message: "this is a questionnaire, not a system's answers file" },
};

/**
 * Why a file is not what was `expected` of it, when it is plainly something else a user might pass
 * by mistake: one of our reports (its `questionnaire` is a mapping, and checking it as answers gave
 * dozens of unrelated errors), a SARIF log, the other kind of file, or a mapping with none of the
 * expected kind's keys (a CI pipeline). Undefined otherwise.
 */
export function describeOtherFile(parsed: ParsedYaml, expected?: keyof typeof WRONG_KIND): { message: string; pointer: string } | undefined {
  const other = describeForeignFile(parsed);
  if (other || expected === undefined) return other;
  const wrong = WRONG_KIND[expected];
  return detectKind(parsed) === wrong.kind ? { pointer: wrong.pointer, message: wrong.message } : unrelatedMapping(parsed.data, expected);
}

const MADE_BY: Record<string, [what: string, hint: string]> = {
  'cyber-ready-share': ['a share extract (made by cyber-ready share)', '; benchmark reads it; give the answers file it was made from'],
  'cyber-ready-benchmark': ['a benchmark (made by cyber-ready benchmark -f json)', ''],
  'cyber-ready-trend': ['a trend (made by cyber-ready trend -f json)', ''],
};

/** One of our reports or a SARIF log, which is neither kind. */
const describeForeignFile = (parsed: ParsedYaml): { message: string; pointer: string } | undefined => foreignData(parsed.data);

function foreignData(data: unknown): { message: string; pointer: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  // Our other outputs say what they are in `kind`: name each, rather than call it a report.
  const made = typeof record.kind === 'string' && Object.hasOwn(MADE_BY, record.kind) ? MADE_BY[record.kind] : undefined;
  if (made) return { pointer: '/kind', message: `this is ${made[0]}, not a questionnaire or an answers file${made[1]}` };
  // A `kind` of ours mistyped (`cyber-ready-shar`): said at that line, not called a report at another.
  if (typeof record.kind === 'string' && record.kind.toLowerCase().startsWith('cyber-ready')) {
    const guess = suggest(record.kind, Object.keys(MADE_BY));
    const known = guess ? `did you mean "${guess}"?` : `cyber-ready writes ${listWords(Object.keys(MADE_BY).map((k) => `"${k}"`), 'or')}`;
    return { pointer: '/kind', message: `"kind" is ${quoteValue(record.kind)}, which is no kind of file cyber-ready makes; ${known}` };
  }
  if ('schemaVersion' in record && typeof record.tool === 'object' && typeof record.questionnaire === 'object') {
    return { pointer: '/schemaVersion', message: 'this is a cyber-ready JSON report, not a questionnaire or an answers file; give the answers file the report was made from' };
  }
  if (typeof record.$schema === 'string' && /sarif/i.test(record.$schema) && 'runs' in record) {
    return { pointer: '/$schema', message: 'this is a SARIF log, not a questionnaire or an answers file' };
  }
  return undefined;
}

/** Whether a file in a questionnaire folder is meant as a questionnaire: not answers, nor a report, and with an `id` or `sections`. */
export function meantAsQuestionnaire(parsed: ParsedYaml): boolean {
  const data = parsed.data;
  // Not a mapping (or not YAML at all): reported, since it cannot be told apart from a broken
  // questionnaire. A .json file gets here only when its top level said it is meant as one (json-look.ts).
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return true;
  return meantAsQuestionnaireData(data);
}

/**
 * meantAsQuestionnaire() of plain data: here the top level of a .json file as json-look.ts reads it
 * (nested values stood in for by `{}` and `[]`), so that the same recognisers decide before any
 * positioned parse.
 */
export function meantAsQuestionnaireData(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  // One of our reports or extracts has `sections` or an `id` too, but is plainly not a questionnaire.
  if (kindOfData(data) === 'answers' || foreignData(data)) return false;
  return 'id' in data || 'sections' in data;
}
