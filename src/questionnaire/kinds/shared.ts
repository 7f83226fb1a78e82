// Pieces that several kinds share: options and their scales, reading a plain value, numbers in words.
import { escapeCell } from '../../text/markdown.js';
import { quoteId, quoteValue } from '../../text/odd-characters.js';
import { suggest } from '../../text/suggest.js';
import { yamlWord } from '../../yaml/yaml-word.js';
import type { RawQuestion } from '../raw.js';
import type { AnswerValue, Option, Question, Scalar } from '../types.js';
import type { AnswerPointers, AnswerReport, Checked, EntryContext, ReadAnswer, RawLongAnswer, Report, SharedValueInput } from './kind.js';
import { tableRule } from '../../text/markdown-table.js';

export const fmt = (n: number): string => String(Math.round(n * 100) / 100);
export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const no = (message: string): Checked<never> => ({ ok: false, message });
export const show = quoteValue;

// Words people write when they mean a status rather than a value.
const STATUS_WORDS = new Set(['unknown', 'dont-know', "don't know", 'not-known', 'n/a', 'na', 'not-applicable', 'not applicable']);

/** A hint for a value that looks like a status written in the value's place. */
export function statusHint(v: Scalar): string {
  const word = String(v).toLowerCase();
  if (!STATUS_WORDS.has(word)) return '';
  return word.startsWith('n') ? '; to say it does not apply, write { status: not-applicable, reason: ... }' : "; to say you don't know, write { status: unknown }";
}

/** readAnswer for kinds answered by one value (`value:` or the short form). */
export function readValueAnswer(readValue: (question: Question, value: Scalar | Scalar[]) => Checked<AnswerValue>) {
  return (question: Question, entry: RawLongAnswer, at: AnswerPointers, report: AnswerReport): ReadAnswer => {
    for (const key of ['indicators', 'comments', 'confirmed', 'justification'] as const) {
      if (entry[key] !== undefined) {
        report.error(`${at.entry}/${key}`, `"${key}" only applies to outcome questions; "${question.id}" is a ${question.type} question`, true);
        return 'invalid';
      }
    }
    if (entry.value === undefined || entry.value === null) return 'empty';
    const checked = readValue(question, entry.value);
    if (!checked.ok) {
      report.error(at.value, checked.message);
      return 'invalid';
    }
    return { value: checked.value };
  };
}

/** Option values as they are written in an answers file (quoted where YAML needs it), each once, for messages. */
export const optionList = (options: Option[]): string => [...new Set(options.map((o) => o.value))].map(yamlWord).join(', ');

/** The options an entry offers, from `options:` or its scale, checked. */
export function checkOptions(raw: RawQuestion, ctx: EntryContext, own?: Option[], exclusiveAllowed = false): Option[] | undefined {
  const { pointer, scales, error } = ctx;
  const hasOptions = raw.options !== undefined;
  const hasScale = raw.scale !== undefined;
  let options: Option[] | undefined;
  if (hasOptions && hasScale) error(`${pointer}/scale`, `question "${raw.id}" has both "scale" and "options"; give one`, true);
  if (hasScale) {
    options = scales[raw.scale as string];
    if (!options) {
      const known = Object.keys(scales);
      const guess = suggest(raw.scale as string, known);
      error(`${pointer}/scale`, `unknown scale ${quoteId(String(raw.scale))}${guess ? ` (did you mean "${guess}"?)` : ''}; ${known.length ? `scales defined: ${known.join(', ')}` : 'no scales are defined'}`);
    }
  } else if (hasOptions) {
    options = raw.options;
    checkUniqueOptions(options as Option[], `${pointer}/options`, error);
  } else if (own) {
    options = own;
  } else {
    error(pointer, `${raw.type} question "${raw.id}" needs "scale" or "options"`);
  }
  // A named scale's option is at fault where it is written, once however many questions use the
  // scale: the words name the scale, not the question, so the reports of each use are one line
  // (validateQuestionnaire drops a diagnostic repeated at the same place).
  const scale = hasScale ? String(raw.scale) : undefined;
  const optionAt = (i: number): string => (scale !== undefined ? `/scales/${scale}/${i}` : `${pointer}/options/${i}`);
  if (options && (raw.weight ?? 1) > 0) {
    options.forEach((option, i) => {
      if (option.score !== undefined) return;
      if (scale !== undefined) error(optionAt(i), `option "${option.value}" of scale ${quoteId(scale)} needs a score from 0 to 1, because scored questions use the scale`);
      else error(optionAt(i), `option "${option.value}" needs a score from 0 to 1 because question "${raw.id}" is scored`);
    });
  }
  if (options && !exclusiveAllowed && (hasOptions || hasScale)) {
    options.forEach((option, i) => {
      if (!option.exclusive) return;
      if (scale !== undefined) error(`${optionAt(i)}/exclusive`, `"exclusive" only applies to multi questions, and ${raw.type} questions use scale ${quoteId(scale)}`, true);
      else error(`${optionAt(i)}/exclusive`, `"exclusive" only applies to multi questions`, true);
    });
  }
  return options;
}

/**
 * The options' scores, where there are options and each has a score: a scored question's option
 * without one is refused on its own (checkOptions), and an unknown scale has no options.
 */
export function scoresOf(options: readonly Option[] | undefined): number[] | undefined {
  if (!options?.length || options.some((o) => o.score === undefined)) return undefined;
  return options.map((o) => o.score as number);
}

export function checkUniqueOptions(options: Option[], pointer: string, error: Report): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.value)) error(`${pointer}/${i}/value`, `option value "${option.value}" is used twice in this list`);
    seen.add(option.value);
  });
}

/** Properties that belong to other kinds of question, reported at their keys. */
export function refuseForeign(raw: RawQuestion, ctx: EntryContext, groups: readonly ('options' | 'number' | 'indicators')[]): void {
  const at = (key: string): string => `${ctx.pointer}/${key}`;
  for (const group of groups) {
    if (group === 'options') {
      if (raw.options !== undefined) ctx.error(at('options'), `${raw.type} questions take no options`, true);
      if (raw.scale !== undefined) ctx.error(at('scale'), `${raw.type} questions take no scale`, true);
    } else if (group === 'number') {
      for (const key of ['bands', 'unit', 'min', 'max'] as const) {
        if (raw[key] !== undefined) ctx.error(at(key), `"${key}" only applies to number questions`, true);
      }
    } else if (raw.indicators !== undefined) {
      ctx.error(at('indicators'), `"indicators" only applies to outcome questions`, true);
    }
  }
}

export const labelOf = (question: Question, v: string): string => question.options.find((o) => o.value === v)?.label ?? v;

/**
 * A shared value that must be one of the question's options (its statuses, for an outcome), exactly
 * as `share` writes it: no other spelling, as the benchmark counts values as they are written.
 */
export function sharedOption(question: Question, value: SharedValueInput, what: 'option' | 'status'): Checked<AnswerValue> {
  if (typeof value === 'string' && question.options.some((o) => o.value === value)) return ok(value);
  const given = value === null ? 'no value' : show(value);
  return no(`${given} is not ${what === 'option' ? 'an option' : 'a status'} of "${question.id}"; its ${what === 'option' ? 'options' : 'statuses'} are ${optionList(question.options)}`);
}

/** shareValue for kinds whose answers are the questionnaire's own values (options, numbers, statuses): shared as they are. */
export const shareAsIs = (value: AnswerValue): AnswerValue => (Array.isArray(value) ? [...value] : value);

/** An option value listed in a condition or profile, with the kind's own normalising. */
export function listedOption(options: Option[] | undefined, target: string, value: string, shown: Scalar): Checked<Scalar> {
  if (!options) return ok(value);
  return options.some((o) => o.value === value) ? ok(value) : no(`${show(shown)} is not an option of "${target}"; its options are ${optionList(options)}`);
}

/** The options table of `show`. */
export function optionsTable(question: Question, multi: boolean): string[] {
  const out = [multi ? '| Choose any of | Score |' : '| Answer | Score |', tableRule(['wide', 'narrow'])];
  for (const o of question.options) {
    const label = `${escapeCell(o.label)}${o.exclusive ? ' (on its own)' : ''}${o.description ? ` — ${escapeCell(o.description)}` : ''}`;
    out.push(`| ${label} | ${o.score === undefined ? '–' : fmt(o.score)} |`);
  }
  return [...out, ''];
}

/** A key as one segment of a JSON pointer. */
export const childKey = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');
