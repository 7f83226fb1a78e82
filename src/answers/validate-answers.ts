import { errorAt, type Diagnostic } from '../errors.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import type { RawLongAnswer as KindLongAnswer } from '../questionnaire/kinds/kind.js';
import type { Location, Question, Questionnaire, Scalar } from '../questionnaire/types.js';
import { conditionQuestions, resolveApplicability } from '../scoring/conditions.js';
import { quoteId } from '../text/odd-characters.js';
import { listWords, suggest } from '../text/suggest.js';
import { childPointer, type Places } from '../yaml/positions.js';
import type { Answer, Answers, Waiver } from './types.js';

type RawValue = Scalar | Scalar[] | null;

interface RawLongAnswer extends KindLongAnswer {
  value?: RawValue;
  status?: 'unknown' | 'not-applicable';
  reason?: string;
  note?: string;
  evidence?: string | string[];
  owner?: string;
  reviewBy?: string;
}

/** The answers file as its schema describes it. */
export interface RawAnswers {
  questionnaire: string;
  questionnaireVersion?: string;
  organisation?: string;
  assessor?: string;
  assessedOn?: string;
  answers?: Record<string, RawValue | RawLongAnswer> | null;
  waivers?: Waiver[] | null;
}

const isLong = (v: unknown): v is RawLongAnswer => typeof v === 'object' && v !== null && !Array.isArray(v);
const major = (version: string): string => version.split('.')[0] ?? version;
const minor = (version: string): string => version.split('.').slice(0, 2).join('.');

/**
 * Check answers against their questionnaire and normalise each value to its question's type.
 * Returns every problem found; `answers` is usable only when there is no error.
 */
export function validateAnswers(raw: RawAnswers, file: string, positions: Places, questionnaire: Questionnaire): { answers: Answers; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const locate = (pointer: string, atKey = false): Location | undefined => {
    const place = atKey ? positions.keyOf(pointer) : positions.of(pointer);
    return place ? { file, ...place } : undefined;
  };
  const report = (severity: 'error' | 'warning', pointer: string, message: string, atKey = false): void => {
    out.push({ ...errorAt(file, message, atKey ? positions.keyOf(pointer) : positions.of(pointer), pointer), severity });
  };

  if (raw.questionnaire !== questionnaire.id) {
    report('error', '/questionnaire', `these answers are for questionnaire "${raw.questionnaire}", but "${questionnaire.id}" was given; pass -q with the questionnaire they answer`);
  }
  if (raw.questionnaireVersion !== undefined && raw.questionnaireVersion !== questionnaire.version) {
    const theirs = raw.questionnaireVersion;
    if (major(theirs) !== major(questionnaire.version)) {
      const note = questionnaire.upgradeNotes[`${major(theirs)}.x`];
      const how = note ? `: ${note.trim().replace(/\s+/g, ' ')}` : '; review the answers against the new version';
      report('error', '/questionnaireVersion', `these answers are for version ${theirs}, but the questionnaire is version ${questionnaire.version} (a different major version)${how}`);
    } else if (minor(theirs) !== minor(questionnaire.version)) {
      report('warning', '/questionnaireVersion', `these answers are for version ${theirs}, but the questionnaire is version ${questionnaire.version}; check for new or changed questions`);
    }
  }

  const answers = new Map<string, Answer>();
  const emptyEntries = new Map<string, Location>();
  // Answers to another questionnaire, or another major version, would each fail in their own way; one
  // error says why, not a hundred.
  const otherMajor = out.some((d) => d.severity === 'error');
  for (const [id, entry] of otherMajor ? [] : Object.entries(raw.answers ?? {})) {
    const pointer = childPointer('/answers', id);
    const question = questionnaire.questions.get(id);
    if (!question) {
      const guess = suggest(id, questionnaire.questions.keys());
      report('error', pointer, `unknown question ${quoteId(id)}${guess ? `; did you mean "${guess}"?` : ` in questionnaire "${questionnaire.id}"`}`, true);
      continue;
    }
    const answer = readAnswer(question, entry, pointer, report);
    if (!answer) {
      // An empty entry (`id:`, as `init` writes them) is where the answer will go: reports place the gap there.
      const empty = locate(pointer, true);
      if ((entry === null || entry === undefined) && empty) emptyEntries.set(id, empty);
      continue;
    }
    const location = locate(pointer, true);
    const reviewByLocation = answer.reviewBy !== undefined ? locate(`${pointer}/reviewBy`) : undefined;
    // Added to the answer rather than spread into a copy: on Node 20 each `{ ...answer, location }`
    // got a hidden class of its own, and every later read of an answer (scoring) was a slow lookup.
    if (location) answer.location = location;
    if (reviewByLocation) answer.reviewByLocation = reviewByLocation;
    answers.set(id, answer);
  }

  // An answer to a question whose condition is false is kept out of scoring; say so, in case it is a mistake.
  const applies = resolveApplicability(questionnaire.questions, (id) => answers.get(id));
  for (const id of [...answers.keys()]) {
    const question = questionnaire.questions.get(id) as Question;
    if (applies.get(id) === false && question.when) {
      const on = conditionQuestions(question.when).map((q) => `"${q}"`);
      report('warning', childPointer('/answers', id), `answer to "${id}" is ignored: the question does not apply given the answer to ${listWords(on, 'and')}`, true);
      answers.delete(id);
    }
  }

  const waivers: Waiver[] = [];
  const waived = new Map<string, number>();
  (raw.waivers ?? []).forEach((waiver, i) => {
    const pointer = `/waivers/${i}`;
    if (!questionnaire.questions.has(waiver.question)) {
      const guess = suggest(waiver.question, questionnaire.questions.keys());
      report('error', `${pointer}/question`, `waiver for unknown question ${quoteId(waiver.question)}${guess ? `; did you mean "${guess}"?` : ''}`);
      return;
    }
    const first = waived.get(waiver.question);
    if (first !== undefined) {
      report('error', `${pointer}/question`, `question "${waiver.question}" already has a waiver (at line ${positions.of(`/waivers/${first}`)?.line ?? '?'}); keep one`);
      return;
    }
    waived.set(waiver.question, i);
    const location = locate(pointer);
    waivers.push({ ...waiver, ...(location ? { location } : {}) });
  });

  const location = locate('/answers', true);
  return {
    answers: {
      file,
      questionnaire: raw.questionnaire,
      ...(raw.questionnaireVersion !== undefined ? { questionnaireVersion: raw.questionnaireVersion } : {}),
      ...(raw.organisation !== undefined ? { organisation: raw.organisation } : {}),
      ...(raw.assessor !== undefined ? { assessor: raw.assessor } : {}),
      ...(raw.assessedOn !== undefined ? { assessedOn: raw.assessedOn } : {}),
      answers,
      waivers,
      ...(emptyEntries.size ? { emptyEntries } : {}),
      ...(location ? { location } : {}),
    },
    diagnostics: out,
  };
}

type Reporter = (severity: 'error' | 'warning', pointer: string, message: string, atKey?: boolean) => void;

/** One entry of `answers:`, short or long form; undefined when it is empty (not answered yet) or wrong. */
function readAnswer(question: Question, entry: RawValue | RawLongAnswer, pointer: string, report: Reporter): Answer | undefined {
  const long: RawLongAnswer = isLong(entry) ? entry : { value: entry };
  const evidence = long.evidence === undefined ? [] : Array.isArray(long.evidence) ? long.evidence : [long.evidence];
  const extra = {
    evidence,
    ...(long.note !== undefined ? { note: long.note } : {}),
    ...(long.owner !== undefined ? { owner: long.owner } : {}),
    ...(long.reviewBy !== undefined ? { reviewBy: long.reviewBy } : {}),
  };
  const hasAnswer = (long.value !== undefined && long.value !== null) || (long.indicators !== undefined && long.indicators !== null) || long.confirmed !== undefined;

  if (long.status !== undefined) {
    if (hasAnswer) {
      report('error', pointer, `answer to "${question.id}" has both ${long.value !== undefined ? 'a value' : 'indicators'} and status "${long.status}"; give one`);
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
  });
  if (read === 'empty' || read === 'invalid') return undefined;
  return { question: question.id, status: 'answered', value: read.value, ...(read.outcome ? { outcome: read.outcome } : {}), ...extra };
}
