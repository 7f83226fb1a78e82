import type { Framework } from '../frameworks/catalog.js';
import type { Indicator } from './outcome.js';

/**
 * The registry's keys (kinds/index.ts), named here because the kinds import this file: the registry's
 * `satisfies Record<QuestionType, QuestionKind>` refuses a key missing on either side, and
 * test/questionnaire/kind-registry.test.ts keeps the schemas' `type` enums equal to the registry.
 */
export type QuestionType = 'choice' | 'multi' | 'yes-no' | 'number' | 'text' | 'outcome';
export type GapSeverity = 'critical' | 'high' | 'medium' | 'low';
export type Scalar = string | number | boolean;

/** An answer's value normalised to its question's kind: an option value, a list of them, a number or text. */
export type AnswerValue = string | number | string[];

/** The questionnaire used when none is named. */
export const DEFAULT_QUESTIONNAIRE = 'council-cyber-resilience';

export const SEVERITIES: readonly GapSeverity[] = ['critical', 'high', 'medium', 'low'];

/** critical 4, high 3, medium 2, low 1 (SPEC "Scoring"). */
export const SEVERITY_FACTOR: Record<GapSeverity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface Option {
  value: string;
  label: string;
  score?: number;
  description?: string;
  exclusive?: boolean;
}

export interface Band {
  min?: number;
  max?: number;
  score: number;
}

export type Condition =
  | { question: string; in?: Scalar[]; notIn?: Scalar[] }
  | { all: Condition[] }
  | { any: Condition[] };

export interface Rating {
  min: number;
  label: string;
  colour?: string;
  /** Given only while no included question in the scope rated has a gap of one of these severities, waived or not. */
  noGapsOf?: GapSeverity[];
}

export interface Question {
  id: string;
  sectionId: string;
  /** Where its answers live: once for the organisation, or once per system (its section's scope). */
  scope: Scope;
  text: string;
  help?: string;
  type: QuestionType;
  scale?: string;
  /** The options to choose from, resolved from `scale`, `options` or the yes/no default. */
  options: Option[];
  bands?: Band[];
  unit?: string;
  min?: number;
  max?: number;
  /** An outcome's indicators of good practice, in column order. */
  indicators?: Indicator[];
  weight: number;
  severity: GapSeverity;
  allowNotApplicable: boolean;
  when?: Condition;
  remediation?: string;
  /** What evidence an auditor would accept for a good answer: a short hint, shown when asking. */
  evidence?: string;
  references: string[];
  /** An automatic fail: any gap on it caps the overall rating at the lowest band (SPEC v2). */
  blocking: boolean;
  /** Whether answers to it count towards scores: not text, not weight 0, numbers only with bands. */
  scored: boolean;
  location?: Location;
}

export interface Section {
  id: string;
  title: string;
  description?: string;
  weight: number;
  scope: Scope;
  questions: Question[];
}

/** Where a section's answers live (SPEC "v2: critical systems"). */
export type Scope = 'organisation' | 'system';

export interface Profile {
  id: string;
  title?: string;
  description?: string;
  requires: Record<string, Scalar>;
}

export interface Questionnaire {
  id: string;
  version: string;
  title: string;
  description?: string;
  /** The catalogue's record of each framework it references, in the order it lists them. */
  frameworks: Framework[];
  ratings: Rating[];
  profiles: Profile[];
  /** What changed since an earlier major version and how to move answers, keyed "1.x" for version 1. */
  upgradeNotes: Record<string, string>;
  sections: Section[];
  /** What a system is called in prompts and reports ("critical system"); "system" by default. */
  systemLabel: string;
  /** Its plural: the questionnaire's `systemLabelPlural`, else `systemLabel` by English rules ("critical systems"). */
  systemLabelPlural: string;
  /** Whether any section is answered once per system. */
  systemScoped: boolean;
  /** Questions by id, in questionnaire order. */
  questions: Map<string, Question>;
  /** The file it was read from, as shown in messages and reports. */
  file: string;
}

/** A questionnaire that passed every check, from YAML or from its compiled form. */
export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
}

export const DEFAULT_RATINGS: Rating[] = [
  { min: 80, label: 'Ready', colour: 'green' },
  { min: 50, label: 'Partly ready', colour: 'amber' },
  { min: 0, label: 'Not ready', colour: 'red' },
];

/** yes-no answers, conditions and profiles accept true/false and any case (Yes, YES) for yes/no. */
export const yesNoValue = (value: Scalar): Scalar =>
  value === true ? 'yes' : value === false ? 'no' : typeof value === 'string' && /^(yes|no)$/i.test(value) ? value.toLowerCase() : value;

// Worst first, like every option list: a hurried Enter on a yes/no question answers "No".
export const YES_NO_OPTIONS: Option[] = [
  { value: 'no', label: 'No', score: 0 },
  { value: 'yes', label: 'Yes', score: 1 },
];
