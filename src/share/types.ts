import type { QuestionStatus } from '../scoring/assessment.js';

/**
 * The anonymised extract `share` writes and `benchmark` reads: the TypeScript twin of
 * schemas/share.schema.json (a test keeps the two in step). It carries option values, statuses and
 * scores, never free text.
 */
export const SHARE_KIND = 'cyber-ready-share';
export const SHARE_SCHEMA_VERSION = 1;

export interface SectionScore {
  id: string;
  /** 0-100, unrounded; null when the section does not apply. */
  score: number | null;
}

export interface SharedSystem {
  /** system-1, system-2, … in the order the answers file lists them: their own ids can be telling. */
  id: string;
  score: number | null;
  sections: SectionScore[];
}

/** An option value, a list of them, a number, or an outcome's status; null for text and when not answered. */
export type SharedValue = string | number | string[] | null;

export interface SharedAnswer {
  question: string;
  system: string | null;
  status: QuestionStatus;
  value: SharedValue;
  /** 0-1; null when not scored (text, weight 0, not applicable). */
  score: number | null;
  /**
   * Only in extracts made by earlier builds: whether a waiver covered the answer's gap. No
   * longer written (benchmark never used it, and SPEC's list of what an extract holds does not
   * include it); still read, and checked, so older extracts stay valid.
   */
  waived?: boolean;
}

export interface ShareExtract {
  kind: typeof SHARE_KIND;
  schemaVersion: typeof SHARE_SCHEMA_VERSION;
  tool: { name: 'cyber-ready'; version: string };
  questionnaire: { id: string; version: string };
  label: string;
  /** Only with --named. */
  organisation?: string;
  /** YYYY-MM. */
  assessedOn: string;
  /**
   * rating is after the cap; automaticFails counts the automatic-fail (blocking) questions, per
   * system, that have a gap: any one holds the rating at the lowest band, whatever the score.
   */
  overall: { score: number | null; rating: string | null; automaticFails: number };
  sections: SectionScore[];
  systems: SharedSystem[];
  answers: SharedAnswer[];
}
