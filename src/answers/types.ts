import type { Location } from '../questionnaire/types.js';
import type { OutcomeAnswer } from '../questionnaire/kinds/kind.js';
import type { AnswerValue } from '../questionnaire/types.js';

export type AnswerStatus = 'answered' | 'unknown' | 'not-applicable';

export interface Answer {
  question: string;
  status: AnswerStatus;
  /** The value normalised to its question's type: an option value, a list of them, a number or text. */
  value?: AnswerValue;
  /** An outcome's indicators, comments and confirmed status; its value is the confirmed or derived status. */
  outcome?: OutcomeAnswer;
  reason?: string;
  note?: string;
  evidence: string[];
  owner?: string;
  reviewBy?: string;
  location?: Location;
  /** Where `reviewBy` is written, for stale-answer annotations. */
  reviewByLocation?: Location;
}

export interface Waiver {
  question: string;
  /** The system whose gap it covers; absent for an organisation question. */
  system?: string;
  reason: string;
  approvedBy?: string;
  expires: string;
  location?: Location;
}

/** The answers of one scope (the organisation, or one system) and the file they live in. */
export interface AnswerSet {
  file: string;
  answers: Map<string, Answer>;
  waivers: Waiver[];
  /** Entries left empty (`question-id:` with no value), by question: where its answer will go. */
  emptyEntries?: Map<string, Location>;
  /**
   * The text the answers were read from, where the reader kept it: a key written in quotes is wider
   * than its id, and CI outputs whose region covers the key find its end there (answerKeyEnds). Not
   * in the assessment, whose shape is a published contract.
   */
  source?: string;
  /** Where the `answers:` key is, for messages about the answers as a whole. */
  location?: Location;
  /**
   * Answers set aside because a `when` made their question not apply (a warning says so), by
   * question, with the questions whose answers ruled it out: the papers put both before the reader.
   */
  ignored?: Map<string, { answer: Answer; because: string[] }>;
}

/** A critical system (SPEC "v2: critical systems"): its system-scoped answers, inline or in a file of its own. */
export interface SystemAnswers extends AnswerSet {
  id: string;
  title: string;
  owner?: string;
  /** `file:` as written in the answers file, when the system's answers are in a file of their own. */
  ref?: string;
  /** Where the system's entry is in the main answers file. */
  entryLocation?: Location;
}

export interface Answers extends AnswerSet {
  questionnaire: string;
  questionnaireVersion?: string;
  organisation?: string;
  assessor?: string;
  assessedOn?: string;
  /** Where `assessedOn` is written, for the warnings about the day it is judged on. */
  assessedOnLocation?: Location;
  /** The systems listed under `systems:`, in order; empty when there are none. */
  systems: SystemAnswers[];
}
