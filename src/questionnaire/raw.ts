import type { Band, Condition, GapSeverity, Option, Profile, QuestionType, Rating, Scope } from './types.js';
import type { IndicatorColumn } from './outcome.js';

/** One indicator as written in a questionnaire. */
export interface RawIndicator {
  id: string;
  text: string;
}

/** A question as its schema describes it; only used between schema check and model. */
export interface RawQuestion {
  id: string;
  text: string;
  help?: string;
  evidence?: string;
  type: QuestionType;
  scale?: string;
  options?: Option[];
  bands?: Band[];
  unit?: string;
  min?: number;
  max?: number;
  indicators?: Partial<Record<IndicatorColumn, RawIndicator[] | null>>;
  weight?: number;
  severity?: GapSeverity;
  blocking?: boolean;
  allowNotApplicable?: boolean;
  when?: Condition;
  remediation?: string;
  references?: string[];
}

export interface RawSection {
  id: string;
  title: string;
  description?: string;
  weight?: number;
  /** organisation (default): answered once; system: once for every system in the answers file. */
  scope?: Scope;
  questions: RawQuestion[];
}

/** The questionnaire as its schema describes it. */
export interface RawQuestionnaire {
  id: string;
  version: string;
  title: string;
  description?: string;
  frameworks?: string[];
  ratings?: Rating[];
  scales?: Record<string, Option[]>;
  profiles?: Profile[];
  /** What changed since an earlier major version and how to move answers, keyed "1.x" for version 1. */
  upgradeNotes?: Record<string, string>;
  /** What a system is called in prompts and reports; default "system". */
  systemLabel?: string;
  /** Its plural, where English rules on its last word do not make it ("systemau hanfodol"). */
  systemLabelPlural?: string;
  sections: RawSection[];
}
