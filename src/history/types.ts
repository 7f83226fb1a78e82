import type { GapSeverity } from '../questionnaire/types.js';

/**
 * The readiness trend of one answers file over its committed history: the pure model every trend
 * renderer reads, and (with `kind` and `schemaVersion`) the JSON output, described by
 * `schemas/trend.schema.json`. A test keeps the two in step.
 */
export interface Trend {
  kind: 'cyber-ready-trend';
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** The answers file as given on the command line. */
  answersFile: string;
  /** The organisation named by the newest version that names one; null when none does. */
  organisation: string | null;
  /** The date the trend was made on (--today, else SOURCE_DATE_EPOCH, else the clock). */
  today: string;
  /** --since, when given: versions committed before it are left out, but for the one in force on it (its `baseline`). */
  since: string | null;
  /**
   * The questionnaire the scores are comparable under: the one the newest scored version was
   * scored against. Null when no version could be scored.
   */
  questionnaire: { id: string; version: string; title: string } | null;
  /** What a system is called, when that questionnaire has system-scoped sections; else null. */
  systemLabel: string | null;
  /** Its plural ("critical systems"); null with systemLabel. */
  systemLabelPlural: string | null;
  /**
   * Whether the answers file is at this path in the work tree now: false when it was moved or
   * deleted after the versions shown (an old name), so the last of them is not where it stands today.
   */
  current: boolean;
  /** Every committed version, oldest first. */
  versions: TrendVersion[];
  /** Things the reader should know, in plain words (uncommitted changes, versions left out). */
  notes: string[];
}

/**
 * `scored`: scored against the trend's questionnaire. `not-comparable`: answers another
 * questionnaire, or another major version of it (its score, when it has one, is not on the line).
 * `invalid`: could not be read, parsed or checked; `reason` says why in one line.
 */
export type VersionStatus = 'scored' | 'not-comparable' | 'invalid';

export interface TrendVersion {
  /** Full commit id and its first seven characters. */
  commit: string;
  shortCommit: string;
  /** The commit date, YYYY-MM-DD: the committer's instant as a date in the zone `today` is read in (UTC under SOURCE_DATE_EPOCH, else the computer's). */
  date: string;
  /** The answers file's path in the repository at that commit (it may have been renamed since). */
  path: string;
  status: VersionStatus;
  /** The questionnaire the version names: id, and the version it says it answers (null when it does not say). */
  named: { id: string; version: string | null } | null;
  /** Unrounded, 0-100; null when not scored (or nothing in it is applicable). */
  score: number | null;
  /** The rating label, after any automatic-fail cap; null when not scored. */
  rating: string | null;
  /** Gaps (waived or not) by severity; null when not scored. */
  gaps: Record<GapSeverity, number> | null;
  /** Questions left unanswered, counted per (question, system): scored as 0, but for those counted in partlyAnswered. */
  unanswered: number;
  /** Of those, outcomes whose indicators are partly answered: scored by the status those give, which may be above 0. */
  partlyAnswered: number;
  /** Systems assessed; null when the questionnaire has no system-scoped sections or the version was not scored. */
  systems: number | null;
  /** Why the version is not comparable or invalid, in one line; null when scored. */
  reason: string | null;
  /**
   * True for the version in force on the --since date: committed before it and still the latest
   * then, shown first as the starting point, so the first change after the date has something to be
   * measured from. False for every other version, and for all when --since is not given.
   */
  baseline: boolean;
}
