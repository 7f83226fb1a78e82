import { systemsCountNote } from './systems-note.js';
import type { Trend, TrendVersion } from './types.js';
import { olderVersionsNote } from './version-note.js';

export interface TrendInput {
  answersFile: string;
  organisation: string | null;
  today: string;
  since: string | null;
  tool: { name: string; version: string };
  /** Whether the file is at this path in the work tree now (not an old name). */
  current: boolean;
  /** Every version, oldest first, each scored against the questionnaire it names. */
  versions: TrendVersion[];
  /** The questionnaires versions were scored against, by id. */
  questionnaires: Map<string, { version: string; title: string; systemLabel: string | null; systemLabelPlural: string | null }>;
  notes: string[];
}

/**
 * Put the scored versions on one line. Scores are comparable only under one questionnaire: the one
 * the newest scored version answers, since that is the one the council works to now. A version
 * scored against another questionnaire keeps its score in the data but is marked not comparable,
 * so no line is drawn through it.
 */
export function buildTrend(input: TrendInput): Trend {
  const newest = [...input.versions].reverse().find((v) => v.status === 'scored');
  const refId = newest?.named?.id ?? null;
  const ref = refId === null ? undefined : input.questionnaires.get(refId);
  const versions = input.versions.map((v): TrendVersion =>
    v.status === 'scored' && v.named?.id !== refId
      ? { ...v, status: 'not-comparable', reason: `answers questionnaire ${v.named?.id ?? '(none)'}, not ${refId ?? '(none)'}` }
      : v,
  );
  const systemLabel = ref?.systemLabel ?? null;
  const systemLabelPlural = ref?.systemLabelPlural ?? null;
  const line = versions.filter(onLine);
  const questionnaire = ref && refId !== null ? { id: refId, version: ref.version, title: ref.title } : null;
  const added = [systemsCountNote(line, systemLabel, systemLabelPlural), olderVersionsNote(line, questionnaire)].filter((n): n is string => n !== null);
  return {
    kind: 'cyber-ready-trend',
    schemaVersion: 1,
    tool: input.tool,
    answersFile: input.answersFile,
    organisation: input.organisation,
    today: input.today,
    since: input.since,
    questionnaire,
    systemLabel,
    systemLabelPlural,
    current: input.current,
    versions,
    notes: [...input.notes, ...added],
  };
}

/** Whether a version is on the line: comparable, with a score. */
const onLine = (v: TrendVersion): v is TrendVersion & { score: number } => v.status === 'scored' && v.score !== null;

/** The versions on the line. */
export const comparableScores = (trend: Trend): (TrendVersion & { score: number })[] => trend.versions.filter(onLine);

/**
 * The newest version when it is not on the line (invalid, or not comparable): the line's last score
 * is then not where the file stands now, and a summary that called it "now" would hide the newest
 * commit's breakage from a committee. Undefined when the newest version is on the line.
 */
export function newestOffLine(trend: Trend): TrendVersion | undefined {
  const newest = trend.versions.at(-1);
  return newest === undefined || onLine(newest) ? undefined : newest;
}
