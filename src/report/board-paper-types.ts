// The board paper's shape (SPEC "v2: reports"): the data buildBoardPaper() works out once, which the
// markdown, HTML and Word renderers draw. Types and the few constants they share; no logic.
import type { GapSeverity } from '../questionnaire/types.js';
import type { Gap, RatingResult } from '../scoring/assessment.js';
import type { OutcomeRow } from './outcome-view.js';
import type { BackingGroup, ConfirmedOutcome } from './board-paper-audit.js';
import type { CurrentWaiver } from './board-paper-waivers.js';
import type { SystemsView } from './system-view.js';
import type { PaperAsk } from './board-paper-asks.js';

/** What a framework table's scores are, for the papers to say once above them. */
export const FRAMEWORK_SCORES = 'Scores out of 100, rounded down, of the questions that refer to each part of a framework.';

/** How many risks the summary page names. */
export const TOP_RISKS = 5;

export const SEVERITY_WORD: Record<GapSeverity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export interface Field {
  label: string;
  value: string;
}

export interface PaperGate {
  title: string;
  passed: boolean;
  summary: string;
}

export interface PaperWaiver {
  state: 'active' | 'expired';
  expires: string;
  approvedBy: string | null;
  reason: string;
  /**
   * Why a waiver that has not expired still does not cover its gap: the gap makes a requested gate
   * fail, or it is an automatic fail (gate-stops.ts, as the CI formats say it); null otherwise.
   */
  stop: string | null;
  /** The waiver in one plain sentence. */
  text: string;
}

/** One gap as the action plan shows it: the gap's own facts, and what the paper says of them. */
export interface ActionItem extends Pick<Gap, 'rank' | 'question' | 'system' | 'systemTitle' | 'text' | 'section' | 'sectionTitle' | 'severity' | 'blocking' | 'priority' | 'score' | 'remediation' | 'owner'> {
  /** The question's references as a reader can follow them ("CAF 4.0 A2.a Risk Management Process"). */
  references: string[];
  /** "High", or "High, automatic fail". */
  severityText: string;
  /** The answer in words (an outcome's status, with how many indicators are still to meet). */
  answer: string;
  note: string | null;
  evidence: string[];
  reviewBy: string | null;
  stale: boolean;
  waiver: PaperWaiver | null;
  /**
   * An accepted risk: under a waiver that has not expired and that nothing overrules (`stop` is
   * null). The papers leave it out of the biggest risks and ask the reader to confirm it.
   */
  accepted: boolean;
  /** An outcome's indicators still to meet, as lines ("B4.a-1 Text (comment: …)"). */
  missing: string[];
  /** The same, as data, for an entry that lists each indicator once over several systems. */
  missingIndicators: Gap['missing'];
}

/**
 * One question in the action plan: its words said once, with its gaps under it, one per place it is
 * open (the organisation, or each critical system), highest priority first.
 */
export interface ActionEntry extends Pick<ActionItem, 'question' | 'text' | 'severity' | 'severityText' | 'blocking' | 'remediation' | 'references'> {
  ranks: number[];
  /** "action 3", "actions 1, 3 and 5", or "actions 1–4, 7 and 9–12" (three or more in a row as a range). */
  actions: string;
  items: ActionItem[];
  /**
   * With more than one gap (a question open on several systems): each indicator still to meet,
   * once, with where it is open ("all three critical systems", "Revenues and Waste") and the
   * comments on it by system. Empty with one gap, whose item lists its own.
   */
  indicators: { id: string; text: string; where: string; comments: { systemTitle: string; comment: string }[] }[];
}

/** A critical system's actions, for its owner to find in a plan grouped by question. */
export interface SystemActions {
  title: string;
  owner: string | null;
  ranks: number[];
  actions: string;
}

/** One of the biggest risks: a question with open gaps, on every critical system where it is open. */
export interface Risk extends Pick<ActionItem, 'question' | 'text' | 'severity' | 'severityText' | 'blocking' | 'sectionTitle' | 'remediation'> {
  /** Its gaps' ranks in the action plan, highest priority first. */
  ranks: number[];
  /** The critical systems it is open on ("Revenues, Social care and Waste"); null for an organisation question. */
  where: string | null;
  /** Where its gaps are in the action plan: "action 3", or "actions 1, 3 and 5". */
  actions: string;
  /** The answer now, in a sentence ("The answer now: No."); one per group of systems, each named, when they differ. */
  answer: string;
  /** Its owner; one per system, each named, when they differ; null when none is named. */
  owner: string | null;
  /**
   * Where its whole lists are, when it is open on more systems than the front of a paper names
   * (paper-lists.ts): "The action plan lists all 33 critical systems, …"; null when none was cut short.
   */
  inFull: string | null;
  /** Whether any of its gaps has no owner named. */
  unowned: boolean;
  /**
   * By when, as the answers give it: "review by 2027-01-31", "first review by …" when its systems'
   * dates differ, with "(overdue)" when past; null when no answer of it has a review date.
   */
  due: string | null;
  /**
   * Its waivers that have not expired but do not cover it, each with why ("Waived until 2027-03-31,
   * but it fails a requested gate (…)."); null when it has none.
   */
  waived: string | null;
}

/** The gaps of one section, by question: a question open on several systems is one entry. */
export interface ActionGroup {
  section: string;
  title: string;
  /** Every gap of the section, highest priority first. */
  items: ActionItem[];
  entries: ActionEntry[];
}

export interface SectionRow {
  id: string;
  title: string;
  applicable: boolean;
  score: number | null;
  /** The whole-number score people see (rounded down), or "n/a". */
  shownScore: string;
  rating: RatingResult | null;
  gaps: number;
  weight: number;
  /** Answered once per system: its score is the mean over systems. */
  perSystem: boolean;
}

export interface FrameworkTable {
  title: string;
  /** "Objective", "Control", … */
  groupNoun: string;
  rows: { label: string; score: number | null; shownScore: string; questions: number; gaps: number }[];
}

export interface ProfileEntry {
  id: string;
  title: string;
  passed: boolean;
  met: number;
  total: number;
  unmet: { question: string; systemTitle: string | null; text: string; needs: string; answer: string }[];
}

/** A question named by its text, with one more thing said about it. */
export interface QuestionNote {
  question: string;
  /** The system it is about, by title; null for the organisation. */
  systemTitle: string | null;
  text: string;
  detail: string;
  /** Question ids the detail names in brackets after their words, for a paper to set in code. */
  ids?: string[];
}

/** An outcome with indicators to list after it, and the words that lead into them. */
export interface OutcomeNote {
  /** "B5.c"; '' for an outcome no framework names (outcome-view.ts). */
  outcome: string;
  systemTitle: string | null;
  text: string;
  /** "Social care: B5.c Backups: … it holds.", as a table cell names it (board-paper-words.ts outcomeNoteWords). */
  name: string;
  /** "Social care: B5.c Backups: … it holds:", punctuated to run on into the indicators. */
  lead: string;
  indicators: { id: string; text: string }[];
}

export interface Appendix {
  frameworks: FrameworkTable[];
  profiles: ProfileEntry[];
  unknowns: QuestionNote[];
  unknownIndicators: OutcomeNote[];
  contradictions: OutcomeNote[];
  /** Outcomes the assessor confirmed above what their indicators support, with why. */
  confirmedAbove: ConfirmedOutcome[];
  /** Outcomes the assessor confirmed below what their indicators show, with why. */
  confirmedBelow: ConfirmedOutcome[];
  /** Outcomes confirmed with a justification and no indicator answered. */
  confirmedWithout: ConfirmedOutcome[];
  unanswered: QuestionNote[];
  notApplicable: QuestionNote[];
  stale: QuestionNote[];
  /** Waivers that have not expired, in the action plan's order: the register of accepted risks. */
  waivers: CurrentWaiver[];
  expiredWaivers: QuestionNote[];
  /** What stands behind each scored answer that is not a gap, by scope (the organisation, then each system). */
  backing: BackingGroup[];
  /** The systems level with the weakest, with their owners, when there are more than the summary names (paper-lists.ts); else none. */
  weakest: { title: string; owner: string | null }[];
}

/** Nothing for the appendix to show (a questionnaire without profiles or references, all answered): no paper then prints its heading. */
export const appendixIsEmpty = (x: Appendix): boolean => Object.values(x).every((list: unknown[]) => list.length === 0);

export interface BoardPaper {
  /** The organisation, else "Cyber readiness assessment". */
  title: string;
  /** The questionnaire's title. */
  subtitle: string;
  titleBlock: Field[];
  summary: {
    score: number | null;
    shownScore: string;
    /** With no score, why, as a sentence: "No question was scored, so there is no overall score."; null with one. */
    noScore: string | null;
    rating: RatingResult | null;
    /** The cap sentence (automatic fails), before anything else; null when nothing caps the rating. */
    cap: string | null;
    /** Whether the cap made the rating lower than the score alone gives (not when the score is in the lowest band anyway). */
    heldDown: boolean;
    /** Why the rating is below the band the score reaches, when open gaps hold it back (noGapsOf); null otherwise. */
    held: string | null;
    /** The questionnaire's rating scale in one sentence, said straight after the overall rating (rating-scale.ts); null without ratings or without a score. */
    scale: string | null;
    capQuestions: { question: string; systemTitle: string | null; text: string; detail: string }[];
    /** The weakest critical system in one sentence, said straight after the score; null without systems. */
    weakest: string | null;
    /** The position in plain sentences after the score and rating: what was answered, the gaps. */
    paragraphs: string[];
    /** null when no gate was asked for. */
    gatesPassed: boolean | null;
    gates: PaperGate[];
  };
  /** The biggest risks: the highest-priority questions with a gap that is not an accepted risk. */
  risks: Risk[];
  /** Says that accepted risks ranked among the biggest risks are left out of them; null when none is. */
  risksLeftOut: string | null;
  /** Said where the biggest risks are introduced: in what order they come, and why a high one can come before a critical one. */
  risksOrder: string | null;
  /** How many gaps are accepted risks (ActionItem.accepted), for the summary and the asks. */
  acceptedRisks: number;
  /** What is asked of the reader, one decision or request per entry, each with what it is about named under it. */
  asks: PaperAsk[];
  sections: SectionRow[];
  /** Under the section table: the sections open gaps hold below the band their score reaches (noGapsOf); null when none. */
  heldSections: string | null;
  /** Under the systems' table: the same for critical systems; null when none (or no systems). */
  heldSystems: string | null;
  /** What the section table's columns mean, said above it in every paper: the action plan's priority rests on the weights. */
  sectionsExplained: string;
  /** How the action plan is ordered, in words, for the paper to say once. */
  priorityExplained: string;
  actionPlan: ActionGroup[];
  /** Each critical system's actions in the plan; empty without systems. */
  actionsBySystem: SystemActions[];
  /** How the plan treats a question open on several systems, said once before the list of each system's actions; '' without systems. */
  sharedExplained: string;
  /** What the paper says where the action plan would be when there is no gap. */
  noGaps: string;
  /** Critical systems: each one's own score, the weakest, the matrix; null without system sections. */
  systems: SystemsView | null;
  outcomes: { section: string; title: string; rows: OutcomeRow[] }[];
  appendix: Appendix;
}
