import type { IndicatorColumn, IndicatorValue, OutcomeStatus } from '../questionnaire/outcome.js';
import type { GapSeverity, Location, QuestionType } from '../questionnaire/types.js';
import type { AnswerValue } from './conditions.js';

/**
 * The assessment: the one contract every report renders from (like Lighthouse's result JSON).
 * Its shape is documented by schemas/report.schema.json; bump SCHEMA_VERSION when it changes.
 */
export const SCHEMA_VERSION = 2;

/**
 * Where an answer lives (SPEC "v2: critical systems"): null for the organisation, else the id of the
 * system it was given for. Every result, gap, waiver and stale answer carries it, so consumers never
 * need to know which sections are system-scoped.
 */
export type ScopeId = string | null;

/** A question in one scope: the organisation (system null) or one system. */
export interface ScopedQuestion {
  question: string;
  system: ScopeId;
}

export interface RatingResult {
  label: string;
  colour: string | null;
}

export type QuestionStatus = 'answered' | 'unknown' | 'not-applicable' | 'unanswered';

export interface WaiverResult {
  question: string;
  system: ScopeId;
  reason: string;
  approvedBy: string | null;
  expires: string;
  /** active: expires on or after today; expired: gives no cover. */
  state: 'active' | 'expired';
  /** Whether the question it names has a gap. */
  coversGap: boolean;
  location: Location | null;
}

export interface IndicatorResult {
  id: string;
  column: IndicatorColumn;
  text: string;
  /** true, false or unknown; null when not answered. */
  value: IndicatorValue | null;
  comment: string | null;
}

/** An outcome question's indicators and statuses (SPEC "v2: questions answered by indicators"). */
export interface OutcomeResult {
  /** The status the CAF's rule derives from the indicators. */
  derived: OutcomeStatus;
  /** The status the assessor confirmed or recorded instead, if any. */
  confirmed: OutcomeStatus | null;
  justification: string | null;
  /** Confirmed above what the indicators support. */
  confirmedAbove: boolean;
  /** Confirmed with a justification and no indicator answered. */
  withoutIndicators: boolean;
  /** Every indicator answered, or confirmed with a justification. */
  complete: boolean;
  indicators: IndicatorResult[];
  /** Not-achieved indicators answered true while the derived status is higher. */
  contradictions: string[];
  /** Indicators still to meet for the next status up, in order. */
  unmet: string[];
}

export interface QuestionResult {
  id: string;
  system: ScopeId;
  section: string;
  text: string;
  help: string | null;
  type: QuestionType;
  severity: GapSeverity;
  weight: number;
  status: QuestionStatus;
  /** Why it is not applicable: its condition is false, or the answer says so. */
  notApplicableBy: 'condition' | 'answer' | null;
  /** Counted in the score: applicable, answered or not, and scored by type and weight. */
  included: boolean;
  value: AnswerValue | null;
  /** The answer in words: option labels, the number and its unit, or the status. */
  answer: string;
  score: number | null;
  /** For an outcome question that applies: indicators and statuses; null for any other question, and for an outcome its condition or its answer makes not applicable. */
  outcome: OutcomeResult | null;
  reason: string | null;
  note: string | null;
  evidence: string[];
  owner: string | null;
  reviewBy: string | null;
  stale: boolean;
  remediation: string | null;
  references: string[];
  /** An automatic fail: a gap on it caps the overall rating. */
  blocking: boolean;
  /** Where the answer is in the answers file (or its empty entry, when unanswered), else null. */
  answerLocation: Location | null;
  /** Where the question is in the questionnaire. */
  questionLocation: Location | null;
}

export interface SectionResult {
  id: string;
  /** The system this result is for; null for the organisation, and for a system-scoped section's mean over systems. */
  system: ScopeId;
  scope: 'organisation' | 'system';
  title: string;
  weight: number;
  applicable: boolean;
  /** 0-100, unrounded; null when no question of the section is included. */
  score: number | null;
  rating: RatingResult | null;
  counts: { questions: number; included: number; gaps: number; unknown: number; unanswered: number; notApplicable: number };
}

export interface Gap {
  rank: number;
  question: string;
  system: ScopeId;
  /** The system's title, for readers; null for the organisation. */
  systemTitle: string | null;
  text: string;
  section: string;
  sectionTitle: string;
  severity: GapSeverity;
  priority: number;
  score: number;
  status: QuestionStatus;
  answer: string;
  /** For an outcome: the indicators still to meet, with any comments; else empty. */
  missing: { id: string; text: string; comment: string | null }[];
  remediation: string | null;
  references: string[];
  /** An automatic fail: this gap caps the overall rating, waived or not. */
  blocking: boolean;
  owner: string | null;
  /** Covered by a waiver that has not expired: still scored, left out of the --fail-on gate. */
  accepted: boolean;
  waiver: WaiverResult | null;
  location: Location | null;
}

/** Why the overall rating is held at the lowest band: the automatic fails that have a gap. */
export interface RatingCap {
  /** The rating the score alone earns. */
  uncappedRating: RatingResult | null;
  /** The blocking questions with a gap, highest priority first. */
  questions: { question: string; system: ScopeId; text: string; answer: string; accepted: boolean }[];
}

export interface GateFailure {
  question: string | null;
  system: ScopeId;
  message: string;
  location: Location | null;
}

export interface GateResult {
  id: 'min-score' | 'fail-on' | 'profile' | 'stale';
  /** What was asked for, in words: "score >= 70", "no unwaived gap of severity high or worse". */
  title: string;
  passed: boolean;
  summary: string;
  failures: GateFailure[];
}

export interface ProfileRequirementResult {
  question: string;
  system: ScopeId;
  required: string | number;
  requiredLabel: string;
  requiredScore: number;
  status: QuestionStatus;
  answer: string;
  score: number | null;
  met: boolean;
}

export interface ProfileResult {
  id: string;
  title: string;
  passed: boolean;
  met: number;
  total: number;
  requirements: ProfileRequirementResult[];
}

export interface FrameworkGroupResult {
  id: string;
  title: string;
  score: number | null;
  questions: number;
  gaps: number;
}

export interface FrameworkResult {
  id: string;
  title: string;
  groupNoun: string;
  groups: FrameworkGroupResult[];
}

/** What a reference (`caf-4.0:A2.a`) names, for readers who do not know the catalogue's ids. */
export interface ReferenceEntry {
  /** The framework's short name ("CAF 4.0"). */
  framework: string;
  /** The id within the framework ("A2.a"). */
  id: string;
  /** The entry's short title in the catalogue ("Risk Management Process"). */
  title: string;
}

/** An answer the file gives to a question that does not apply given earlier answers: set aside, not scored. */
export interface IgnoredAnswer {
  answer: string;
  because: string[];
}

export interface StaleAnswer {
  question: string;
  system: ScopeId;
  reviewBy: string;
  owner: string | null;
  location: Location | null;
}

/** One system's own results: the organisation's sections with its own (SPEC "v2: critical systems"). */
export interface SystemResult {
  id: string;
  title: string;
  owner: string | null;
  /** The file its answers are kept in (as locations name it); null when they are in the answers file. */
  file: string | null;
  /** Where the system's entry is under \`systems:\` in the answers file: where its answers belong when it has no file of its own. */
  location: Location | null;
  /** 0-100 over the organisation's sections and this system's own; null when nothing is scored. */
  score: number | null;
  /** After the cap, as the overall rating: an automatic fail of the organisation or of this system caps it. */
  rating: RatingResult | null;
  cap: RatingCap | null;
  /** Its system-scoped sections, each with `system` set to its id. */
  sections: SectionResult[];
  summary: { included: number; gaps: number; unknown: number; unanswered: number; bySeverity: Record<GapSeverity, number> };
}

export interface Assessment {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** `file` as named in messages; `bundled` when it is one that comes with cyber-ready (not one of the council's own, even of the same id). */
  questionnaire: { id: string; version: string; title: string; file: string; bundled: boolean };
  answersFile: string;
  organisation: string | null;
  assessor: string | null;
  assessedOn: string | null;
  /** What a system is called ("critical system"); null when the questionnaire has no system-scoped section. */
  systemLabel: string | null;
  /** Its plural ("critical systems"), as the questionnaire gives it or by English rules; null with systemLabel. */
  systemLabelPlural: string | null;
  /** The systems assessed, in the order listed; empty when there are none. */
  systems: SystemResult[];
  /** The date waivers and staleness were judged on. */
  today: string;
  /** rating is after the cap; cap is null when no automatic fail has a gap. */
  overall: { score: number | null; rating: RatingResult | null; cap: RatingCap | null };
  /** noGapsOf only on a band that has one: given only while no gap of those severities is open in the scope rated. */
  ratings: { min: number; label: string; colour: string | null; noGapsOf?: GapSeverity[] }[];
  passed: boolean;
  gates: GateResult[];
  summary: {
    questions: number;
    included: number;
    answered: number;
    unknown: number;
    unanswered: number;
    notApplicable: number;
    gaps: number;
    acceptedRisks: number;
    bySeverity: Record<GapSeverity, number>;
  };
  sections: SectionResult[];
  gaps: Gap[];
  questions: QuestionResult[];
  unknowns: ScopedQuestion[];
  unanswered: ScopedQuestion[];
  /**
   * `ignored`, only where the file answers a question that a `when` rules out (a warning says so):
   * the answer it gave, in words, and the questions whose answers ruled it out.
   */
  notApplicable: { question: string; system: ScopeId; by: 'condition' | 'answer'; reason: string | null; ignored?: IgnoredAnswer }[];
  stale: StaleAnswer[];
  waivers: WaiverResult[];
  expiredWaivers: WaiverResult[];
  profiles: ProfileResult[];
  frameworks: FrameworkResult[];
  /** Every reference the questionnaire's questions make, by reference, in the order they first appear. */
  references: Record<string, ReferenceEntry>;
  warnings: { file: string; line: number | null; column: number | null; message: string }[];
}
