import type { IndicatorValue, OutcomeStatus } from '../outcome.js';
import type { RawQuestion } from '../raw.js';
import type { AnswerValue, Option, Question, Scalar } from '../types.js';

/** Reports a problem at a JSON pointer of the questionnaire (or answers) file. */
export type Report = (pointer: string, message: string, atKey?: boolean) => void;

/** Errors stop an answers file from being used; warnings are carried into the report. */
export interface AnswerReport {
  error: Report;
  warn: Report;
  /** Whether a "did you mean" is still worth working out: false once more problems are found than are shown. */
  hinting?: () => boolean;
}

export interface EntryContext {
  /** The question's own pointer, e.g. /sections/0/questions/3. */
  pointer: string;
  scales: Record<string, Option[]>;
  error: Report;
  /** What SPEC allows but an author most likely did not mean (a band no number reaches). */
  warn: Report;
  /** The line a pointer's value starts on, for a message that names another place. */
  lineOf: (pointer: string) => number;
}

/** The most an answer can score, the key its scores are written under, and what would make it 1. */
export interface Best {
  score: number;
  key: 'options' | 'bands';
  fix: string;
}

/** A value that fits, in its normal form, or why it does not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** What an outcome answer says beyond its status (SPEC "v2: questions answered by indicators"). */
export interface OutcomeAnswer {
  indicators: Map<string, IndicatorValue>;
  comments: Map<string, string>;
  confirmed?: OutcomeStatus;
  justification?: string;
  derived: OutcomeStatus;
  /** Every indicator answered, or confirmed with a justification. */
  complete: boolean;
}

/** The long form of an answer as the schema lets it through; kinds read the parts they own. */
export interface RawLongAnswer {
  value?: Scalar | Scalar[] | null;
  indicators?: Record<string, Scalar | null> | null;
  comments?: Record<string, string> | null;
  confirmed?: string;
  justification?: string;
}

/** Where an answer is: its entry, and its value (the entry itself in the short form). */
export interface AnswerPointers {
  entry: string;
  value: string;
}

/** What a kind read from an answer: a value (and for outcomes, the indicators), or nothing yet. */
export type ReadAnswer = { value: AnswerValue; outcome?: OutcomeAnswer } | 'empty' | 'invalid';

/** A value as a share extract carries it (schemas/share.schema.json allows these types). */
export type SharedValueInput = string | number | string[] | null;

/** How a question is asked, as data the prompters render; the core never imports the prompt library. */
export type PromptSpec = { form: 'select' } | { form: 'checkbox' } | { form: 'number' } | { form: 'text' } | { form: 'indicators' };

/**
 * One kind of question (STYLE "Growing the model"): everything that differs between choice, multi,
 * yes-no, number, text and outcome questions lives in the kind's file; scoring, validation, the
 * template, `show` and the prompter ask the kind and never switch on `type`.
 */
export interface QuestionKind {
  readonly type: Question['type'];
  /** The entry's own rules beyond the schema; returns the options it offers (for conditions and profiles). */
  checkEntry(raw: RawQuestion, ctx: EntryContext): Option[] | undefined;
  /** The options of the model: from the entry, its scale, or the kind's own. */
  options(raw: RawQuestion, scales: Record<string, Option[]> | undefined): Option[];
  /** Whether its answers can carry a score at all (weight aside). */
  scores(raw: RawQuestion): boolean;
  /** Why an entry of this kind is not scored, when `scores` says it is not. */
  readonly unscored?: string;
  /** An entry under `answers:`: the value or, for outcomes, the indicators. */
  readAnswer(question: Question, entry: RawLongAnswer, at: AnswerPointers, report: AnswerReport): ReadAnswer;
  /** A value listed in a condition or a profile (`in: [yes]`, `requires: { q: partly }`), normalised. */
  listedValue(question: Question | RawQuestion, options: Option[] | undefined, value: Scalar, what: 'condition' | 'profile'): Checked<Scalar>;
  /**
   * An answered value in a share extract, which must be exactly what `share` writes for this kind:
   * an option value, a list of them, a number in bounds, an outcome's status, or null for text
   * (its words never leave). An extract edited by hand must not carry words into a forum's report.
   */
  sharedValue(question: Question, value: SharedValueInput): Checked<AnswerValue | null>;
  /**
   * What `share` writes for an answered value (SPEC "v2: sharing"), which `sharedValue` must accept
   * back. Closed by default: a kind without it shares null, so that no kind's answers leave the
   * council unless its file says they may (text, the council's own words, never does).
   */
  shareValue?(value: AnswerValue): AnswerValue;
  /**
   * Whether an unfinished answer (an outcome with indicators still to answer, shared as
   * "unanswered") keeps the score of what it has so far; otherwise an unfinished answer scores 0.
   */
  readonly scoresUnfinished?: boolean;
  /**
   * Whether `benchmark` tallies its shared answers as categories (how many councils gave each
   * option or status), rather than leaving them out of the spread (numbers, text).
   */
  readonly tallied: boolean;
  /**
   * How a condition on it is worded (the template, `show`): `includes` where the answer is a list of
   * options, so that the condition asks what it includes; else `is`.
   */
  readonly conditionVerb: 'is' | 'includes';
  /**
   * Its answer is the user's own text, not a word of the questionnaire's: saved so that it reads
   * back as that text (edit-answers-text.ts), where an option's value is saved as the word it is.
   */
  readonly freeText?: true;
  /**
   * The most any answer can score, where the author writes the scores (options, bands), and how to
   * raise it to 1; none where the kind's own scores reach 1. An answer short of 1 is a gap, so a
   * best below 1 leaves a gap however the question is answered (validateQuestionnaire warns).
   */
  best?(raw: RawQuestion, options: Option[] | undefined): Best | undefined;
  /** Whether an answer's value matches one listed value (already normalised). */
  matches(value: AnswerValue, listed: Scalar): boolean;
  /** Score in [0, 1] of an answered value. */
  score(question: Question, value: AnswerValue): number;
  /** The answer in words. */
  describe(question: Question, value: AnswerValue): string;
  /** A profile's required value as a score to reach and in words. */
  requirement(question: Question, required: Scalar): { score: number; label: string };
  /** The `init` template's entry: comment lines saying what may be written, and the lines under the id (none: an empty entry). */
  template(question: Question): { hints: string[]; body: string[] };
  /** Lines of `show` markdown after the question's help. */
  markdown(question: Question): string[];
  /** How the guided walk asks it. */
  prompt(question: Question): PromptSpec;
}
