import type { Location } from '../questionnaire/types.js';
import { answerPlaces } from './answer-place.js';
import type { Assessment, QuestionResult, RatingResult, ScopeId } from './assessment.js';
import { diffSystems, scoreChange as change, type ScoreChange, type SectionChange, type SystemChange } from './diff-systems.js';
import { diffAutomaticFails, type AutomaticFailChange } from './diff-automatic-fails.js';
import { regressionGate, type DiffGateResult } from './diff-gate.js';
import { diffAcceptedRisks, type AcceptedRiskChange } from './diff-waivers.js';
import { diffStale, type StaleChange } from './diff-stale.js';
import { exactScore } from './rate.js';
import { scopeKey } from './scope-key.js';
import { countUnanswered } from './unanswered-count.js';

export type { ScoreChange, SectionChange, SystemChange } from './diff-systems.js';
export type { AcceptedRiskChange } from './diff-waivers.js';
export type { DiffGateResult, RegressionFailure } from './diff-gate.js';
export type { AutomaticFailChange } from './diff-automatic-fails.js';
export type { StaleChange } from './diff-stale.js';

/** 2: changes are per (question, system), and systems are compared (SPEC "v2: critical systems"). */
export const DIFF_SCHEMA_VERSION = 2;

export interface QuestionChange {
  question: string;
  /** The system the answer is for; null for the organisation. */
  system: ScopeId;
  /** The system's title, for readers; null for the organisation. */
  systemTitle: string | null;
  text: string;
  section: string;
  severity: QuestionResult['severity'];
  old: { answer: string; score: number | null } | null;
  new: { answer: string; score: number | null } | null;
  /** Why `old` is null: the question did not apply then, or had no answer (null when `old` is given). */
  oldAbsent: Absent | null;
  /** Why `new` is null, as for `oldAbsent`. */
  newAbsent: Absent | null;
  /** New score minus old, when both are scored. */
  delta: number | null;
}

export interface AssessmentDiff {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  tool: Assessment['tool'];
  /** The questionnaire both files were scored against: the one the later file names (or -q), as found. */
  questionnaire: Assessment['questionnaire'];
  /**
   * The date the later file's waivers and review dates were judged on (`--today`, else
   * SOURCE_DATE_EPOCH, else the clock). The earlier file's is `old.judgedOn`: the day it was assessed
   * where that is earlier, so that a waiver or a review date that ran out in between is listed.
   */
  today: string;
  old: DiffSide;
  new: DiffSide;
  /** What a system is called ("critical system"); null when the questionnaire has no system-scoped section. */
  systemLabel: string | null;
  /** Its plural ("critical systems"); null with systemLabel. */
  systemLabelPlural: string | null;
  overall: ScoreChange;
  /** Each section's score, and its rating before and after (null where it had none or did not apply). */
  sections: SectionChange[];
  /** Every system of either file: kept, added or removed, each with its own overall before and after. */
  systems: SystemChange[];
  /** The answer lists below hold the organisation's answers and those of systems in both files; an added or removed system is in `systems` only (its waivers, stale answers and automatic fails apart: an added system's are newly accepted, newly stale and new automatic fails). */
  improved: QuestionChange[];
  regressed: QuestionChange[];
  /** Answered now, not answered (or not applicable) before. */
  added: QuestionChange[];
  /** Answered before, not answered (or not applicable) now. */
  removed: QuestionChange[];
  /** Gaps now accepted as risks under a waiver that did not cover them before (an added system's too); scores do not show it. */
  newlyAccepted: AcceptedRiskChange[];
  /** Gaps accepted before that are still gaps, now without a waiver's cover (removed or expired). */
  noLongerAccepted: AcceptedRiskChange[];
  /**
   * Answers past their review date in the later file (`reviewBy` before `today`) and not in the
   * earlier (before `old.judgedOn`), an added system's too. Not a regression for `--fail-on-regression`: no score moved,
   * and `assess --fail-on-stale` is the gate for it.
   */
  newlyStale: StaleChange[];
  /** Answers past their review date in the earlier file and not in the later. */
  noLongerStale: StaleChange[];
  /** Automatic fails (blocking questions with a gap) the later file has and the earlier did not: each holds the rating at the lowest band. */
  newAutomaticFails: AutomaticFailChange[];
  /** Automatic fails the earlier file had and the later does not. */
  clearedAutomaticFails: AutomaticFailChange[];
  /** The gates asked for (`--fail-on-regression`), each passed or failed with why; empty when none was. */
  gates: DiffGateResult[];
}

export interface DiffOptions {
  failOnRegression?: boolean;
  /**
   * The earlier file scored on the later file's day, where `before` is scored on an earlier one (the
   * day it was assessed): what came back (a waiver renewed, an answer reviewed) is judged against it,
   * what lapsed against `before` (diff-judged-day.ts). Else `before` for both.
   */
  beforeOnLaterDay?: Assessment;
  /** Where the later file lists its systems (its `systems:` key), for a system removed; else the top of that file. */
  systemsPlace?: Location | null;
  /** The questionnaire version each file names (`questionnaireVersion`), null where it names none. */
  answersVersions?: { old: string | null; new: string | null };
}

/** One side of a diff: the file, the organisation it names, when it was assessed, its rating. */
export interface DiffSide {
  file: string;
  /**
   * The questionnaire version the file answers (its `questionnaireVersion`), null where it names
   * none. Both files are scored against `questionnaire.version` whatever they answer, so a file of
   * an older minor version is rescored: its overall may differ from what `assess` gave it then.
   */
  questionnaireVersion: string | null;
  organisation: string | null;
  assessedOn: string | null;
  /**
   * The day its waivers and review dates were judged on. The later file's is `today`; the earlier
   * file's is its `assessedOn` where that is before `today`, else `today` too (diff-judged-day.ts).
   */
  judgedOn: string;
  rating: RatingResult | null;
  /**
   * Questions left unanswered that count in its overall score, per (question, system) as `trend`
   * counts them: the organisation's and every system's. Each scores 0, but for those in
   * `partlyAnswered`. `assess` stops on them without --allow-incomplete; `diff` scores them, so
   * every format says how many there are.
   */
  unanswered: number;
  /** Of those, outcomes whose indicators are partly answered: scored by the status those give, which may be above 0. */
  partlyAnswered: number;
}

/** Why one side of a change has no answer that counts. */
/**
 * Why one side of a change has no answer that counts. `partly-answered`: an outcome with some of its
 * indicators answered and not all, which counts as unanswered; said apart from `unanswered` so that
 * a reviewer does not look for an entry that was taken out when one indicator was.
 */
export type Absent = 'not-applicable' | 'unanswered' | 'partly-answered';

/** An answer that counts: included in the score and not merely unanswered. */
const present = (q: QuestionResult | undefined): q is QuestionResult => q !== undefined && q.included && q.status !== 'unanswered';

// A question that stopped (or started) applying is not one that lost (or gained) its answer.
/** Answered "not applicable" (with its reason), as opposed to left out by a condition. */
const saidNotApplicable = (q: QuestionResult | undefined): boolean => q?.status === 'not-applicable' && q.notApplicableBy === 'answer';

// An outcome with some indicators answered keeps a value though it counts as unanswered.
const absence = (q: QuestionResult | undefined): Absent | null => {
  if (q === undefined) return 'unanswered';
  if (present(q)) return null;
  const { status, value, outcome } = q as QuestionResult;
  if (status === 'not-applicable') return 'not-applicable';
  return value !== null && outcome !== null ? 'partly-answered' : 'unanswered';
};

/**
 * Where a failure of the gate is in the later files: the answer's entry when it is in a file the team
 * keeps, else where that scope's answers are kept, by the rule every CI output uses (answer-place.ts).
 */
function laterPlaces(after: Assessment): (question: string | null, system: ScopeId) => Location {
  const placeOf = answerPlaces(after);
  const at = new Map(after.questions.map((q) => [scopeKey(q.id, q.system), q.answerLocation]));
  return (question, system) => placeOf(question === null ? null : (at.get(scopeKey(question, system)) ?? null), system);
}

/**
 * What changed between two assessments of the same questionnaire, answer by answer in each scope
 * (the organisation and every system). A system in only one of them is listed as added or removed
 * with its overall, not as every one of its answers appearing or going.
 */
export function diffAssessments(before: Assessment, after: Assessment, options: DiffOptions = {}): AssessmentDiff {
  const systems = diffSystems(before, after);
  const inBoth = new Set(systems.filter((s) => s.status === 'kept').map((s) => s.id));
  const kept = (system: ScopeId): boolean => system === null || inBoth.has(system);
  const compared = (q: QuestionResult): boolean => kept(q.system);
  const title = new Map([...before.systems, ...after.systems].map((s) => [s.id, s.title]));
  const oldQuestions = new Map(before.questions.filter(compared).map((q) => [scopeKey(q.id, q.system), q]));
  const newQuestions = new Map(after.questions.filter(compared).map((q) => [scopeKey(q.id, q.system), q]));
  const oldSections = new Map(before.sections.map((s) => [s.id, s]));
  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  const added: QuestionChange[] = [];
  const removed: QuestionChange[] = [];
  // The later file's order (questionnaire order, systems as listed), then what only the earlier had.
  const keys = new Set([...newQuestions.keys(), ...oldQuestions.keys()]);
  for (const key of keys) {
    const o = oldQuestions.get(key);
    const n = newQuestions.get(key);
    const base = (n ?? o)!;
    const entry: QuestionChange = {
      question: base.id,
      system: base.system,
      systemTitle: base.system === null ? null : (title.get(base.system) ?? base.system),
      text: base.text,
      section: base.section,
      severity: base.severity,
      old: present(o) ? { answer: o.answer, score: o.score } : null,
      new: present(n) ? { answer: n.answer, score: n.score } : null,
      oldAbsent: absence(o),
      newAbsent: absence(n),
      delta: present(o) && present(n) ? exactScore((n.score ?? 0) - (o.score ?? 0)) : null,
    };
    if (present(o) && present(n)) {
      if ((entry.delta ?? 0) > 0) improved.push(entry);
      else if ((entry.delta ?? 0) < 0) regressed.push(entry);
    } else if (present(n)) added.push(entry);
    else if (present(o)) removed.push(entry);
    // "Not applicable" given as an answer, with a reason, is an answer too: deleting it leaves the
    // question unanswered and scored 0 (a section fell 10 points with "No answer changed its score").
    else if (saidNotApplicable(o) && entry.newAbsent !== 'not-applicable') removed.push(entry);
    else if (saidNotApplicable(n) && entry.oldAbsent !== 'not-applicable') added.push(entry);
  }
  // Biggest movements first; ties keep questionnaire order (the sort is stable).
  improved.sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
  regressed.sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0));
  const [systemLabel, systemLabelPlural] = after.systemLabel !== null ? [after.systemLabel, after.systemLabelPlural] : [before.systemLabel, before.systemLabelPlural];
  const titleOf = (system: ScopeId): string | null => (system === null ? null : (title.get(system) ?? system));
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    tool: after.tool,
    questionnaire: after.questionnaire,
    // Which risks are newly accepted or lapsed, and which answers fell due, depends on the days each
    // file was judged on (cli/diff.ts gives the earlier file its own), so the reports say them.
    today: after.today,
    systemLabel,
    systemLabelPlural,
    old: { file: before.answersFile, questionnaireVersion: options.answersVersions?.old ?? null, organisation: before.organisation, assessedOn: before.assessedOn, judgedOn: before.today, rating: before.overall.rating, ...countUnanswered(before.questions) },
    new: { file: after.answersFile, questionnaireVersion: options.answersVersions?.new ?? null, organisation: after.organisation, assessedOn: after.assessedOn, judgedOn: after.today, rating: after.overall.rating, ...countUnanswered(after.questions) },
    overall: change(before.overall.score, after.overall.score),
    // With a band's noGapsOf, a section's rating can change while its score does not: both are given.
    sections: after.sections.map((s) => ({ id: s.id, title: s.title, ...change(oldSections.get(s.id)?.score ?? null, s.score), oldRating: oldSections.get(s.id)?.rating ?? null, newRating: s.rating })),
    systems,
    improved,
    regressed,
    added,
    removed,
    ...diffAcceptedRisks({ then: before, now: options.beforeOnLaterDay ?? before }, after, kept, titleOf),
    ...diffStale({ then: before, now: options.beforeOnLaterDay ?? before }, after, kept, titleOf),
    ...diffAutomaticFails(before, after, kept, titleOf),
    gates: options.failOnRegression ? [regressionGate({ regressed, removed, systems, systemLabel, systemLabelPlural, placeOf: laterPlaces(after), systemsPlace: options.systemsPlace ?? null })] : [],
  };
}
