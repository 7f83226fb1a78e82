import { kindOf } from '../questionnaire/kinds/index.js';
import type { Checked, RawLongAnswer as KindLongAnswer } from '../questionnaire/kinds/kind.js';
import type { AnswerValue, Question, Scalar } from '../questionnaire/types.js';
import { givenText } from '../text/given-text.js';
import type { Answer } from './types.js';
import { besideStatus } from './beside-status.js';

export type RawValue = Scalar | Scalar[] | null;

export interface RawLongAnswer extends KindLongAnswer {
  value?: RawValue;
  status?: 'unknown' | 'not-applicable';
  reason?: string;
  note?: string;
  evidence?: string | string[];
  owner?: string;
  reviewBy?: string;
}

export type Reporter = (severity: 'error' | 'warning', pointer: string, message: string, atKey?: boolean) => void;

const isLong = (v: unknown): v is RawLongAnswer => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry of `answers:`, short or long form; undefined when it is empty (not answered yet) or wrong. */
export function readAnswer(question: Question, entry: RawValue | RawLongAnswer, pointer: string, report: Reporter, hinting: () => boolean = () => true): Answer | undefined {
  const long: RawLongAnswer = isLong(entry) ? entry : { value: entry };
  const evidence = (long.evidence === undefined ? [] : Array.isArray(long.evidence) ? long.evidence : [long.evidence]).filter((item) => givenText(item) !== undefined);
  const note = givenText(long.note);
  const owner = givenText(long.owner);
  const extra = {
    evidence,
    ...(note !== undefined ? { note } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(long.reviewBy !== undefined ? { reviewBy: long.reviewBy } : {}),
  };
  const hasAnswer = (long.value !== undefined && long.value !== null) || (long.indicators !== undefined && long.indicators !== null) || long.confirmed !== undefined;

  if (long.status !== undefined) {
    if (hasAnswer) {
      report('error', pointer, `answer to "${question.id}" has both ${besideStatus(long)} and status "${long.status}"; give one`);
      return undefined;
    }
    if (long.status === 'unknown') return { question: question.id, status: 'unknown', ...extra };
    if (!question.allowNotApplicable) {
      report('error', `${pointer}/status`, `question "${question.id}" cannot be answered not applicable`);
      return undefined;
    }
    if (long.reason === undefined) {
      report('error', pointer, `a not-applicable answer to "${question.id}" needs a "reason"`);
      return undefined;
    }
    return { question: question.id, status: 'not-applicable', reason: long.reason, ...extra };
  }

  const at = { entry: pointer, value: isLong(entry) ? `${pointer}/value` : pointer };
  const read = kindOf(question).readAnswer(question, long, at, {
    error: (p, message, atKey) => report('error', p, message, atKey),
    warn: (p, message, atKey) => report('warning', p, message, atKey),
    hinting,
  });
  if (read === 'empty' || read === 'invalid') return undefined;
  return { question: question.id, status: 'answered', value: read.value, ...(read.outcome ? { outcome: read.outcome } : {}), ...extra };
}

/**
 * A reply typed in the guided walk, read as the kind reads the same value in the file, so the walk
 * never saves what `validate` and `assess` would then refuse (exit 2 after the walk): the value in
 * the kind's normal form, or the kind's own words for what is wrong. The prompters say the message
 * and ask again; the interview checks once more before it records, for a prompter that did not.
 * (Here rather than in a file of its own: this module is loaded on every run already.)
 */
export function checkReply(question: Question, value: AnswerValue): Checked<AnswerValue> {
  let message: string | undefined;
  const report = { error: (_pointer: string, said: string) => void (message ??= said), warn: () => undefined };
  const read = kindOf(question).readAnswer(question, { value }, { entry: '', value: '' }, report);
  if (read === 'invalid' || read === 'empty') return { ok: false, message: message ?? `"${question.id}" takes no such answer` };
  return { ok: true, value: read.value };
}
