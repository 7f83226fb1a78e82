// The prompts the guided walk needs, and what a person can say to them. Two prompters implement them:
// prompter.ts (inquirer, for a terminal that redraws) and plain-prompter.ts (line by line).
import type { Question } from '../questionnaire/types.js';
import type { Answer } from './types.js';
import type { OutcomePrompter } from './outcome-walk.js';

/** What a person can say to a question besides an answer. */
export type Reply =
  | { kind: 'value'; value: string | number | string[] }
  | { kind: 'unknown' }
  | { kind: 'not-applicable' }
  | { kind: 'skip' }
  | { kind: 'back' };

export interface AskContext {
  /** The saved answer, offered as the default (when reviewing or going back). */
  previous?: Answer;
  canGoBack: boolean;
  /** Where the walk is ("Question 12 of 88 · 11 answered"), shown as part of the prompt so it goes with it. */
  progress?: string;
  /** For an automatic fail: which answers pass and what any other does to the rating, shown with the guidance. */
  automaticFail?: string;
  /**
   * The note saved with the answer offered again (reviewing, going back), shown with the guidance:
   * it was written for that answer, and one who changes the answer may want to change it too.
   */
  note?: string;
}

/** The prompts the interview needs; the implementations are prompter.ts (inquirer) and plain-prompter.ts. */
export interface Prompter extends OutcomePrompter {
  ask(question: Question, context: AskContext): Promise<Reply>;
  /** Why a question does not apply; undefined means "back to the question". */
  reason(question: Question, previous?: string): Promise<string | undefined>;
  note(question: Question, previous?: string): Promise<string>;
  /**
   * `--review`: the next review date of an answer given or kept while past its date `due` (see
   * review-date.ts): a day on the calendar, `today()` (read as the date is typed) or later; `due`
   * itself when Enter keeps it; undefined for `<`, back to the question.
   */
  reviewDate(question: Question, due: string, today: () => string): Promise<string | undefined>;
  /**
   * The last reply is saved: a prompter that confirms replies in words ("Recorded: Yes.") says so
   * now, not when the reply is given, since the save that follows may fail.
   */
  recorded?(): void;
}

/** What the guided assessment asks besides the questions. */
export interface SessionPrompter extends Prompter {
  /** `questions` is the count in words ("139 questions", or the organisation's and each system's). */
  selectQuestionnaire(choices: { id: string; title: string; questions: string }[], defaultId: string): Promise<string>;
  /** `isBack`: what the caller takes as going back, which is not said back as the answer given. */
  input(message: string, defaultValue?: string, required?: boolean, isBack?: (typed: string) => boolean): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/**
 * The last case of a prompter's switch on a kind's prompt form (PromptSpec): `form` is `never` once
 * every form has its case, so a form added to PromptSpec fails to compile in each prompter until
 * it is drawn there, instead of falling through to a list of no options ("a number from 1 to 0").
 */
export function unknownForm(form: never): never {
  throw new Error(`no prompt for the form ${JSON.stringify(form)}`);
}
