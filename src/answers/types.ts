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
  reason: string;
  approvedBy?: string;
  expires: string;
  location?: Location;
}

export interface Answers {
  file: string;
  questionnaire: string;
  questionnaireVersion?: string;
  organisation?: string;
  assessor?: string;
  assessedOn?: string;
  answers: Map<string, Answer>;
  waivers: Waiver[];
  /** Entries left empty (`question-id:` with no value), by question: where its answer will go. */
  emptyEntries?: Map<string, Location>;
  /** Where the `answers:` key is, for messages about the file as a whole. */
  location?: Location;
}
