import type { GapSeverity } from '../questionnaire/types.js';
import type { CommonOptions } from './context.js';

/** The options of `assess`, shared by the command, the guided walk and the option helpers. */
export interface AssessOptions extends CommonOptions {
  questionnaire?: string;
  answers?: string;
  format: string;
  output?: string;
  report?: string[];
  minScore?: number;
  failOn?: GapSeverity;
  profile?: string;
  failOnStale?: boolean;
  allowIncomplete?: boolean;
  today?: string;
  interactive?: boolean;
  save?: string;
  review?: boolean;
  /** Interactive: walk the answers past their review date (and any unanswered), asking each a new date. */
  reviewStale?: boolean;
  /** Interactive: add critical systems to an answers file (even a complete one) and walk their questions. */
  addSystem?: boolean;
  notes?: boolean;
  plain?: boolean;
  detail?: boolean;
}
