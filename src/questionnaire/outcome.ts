// The NCSC CAF's model of an outcome: indicators of good practice in up to three columns, and the
// rule that derives the outcome's status from the answers to them (SPEC "v2: questions answered by
// indicators"). Pure: no IO, no knowledge of files.

export type IndicatorColumn = 'not-achieved' | 'partially-achieved' | 'achieved';
export type OutcomeStatus = IndicatorColumn;

/** Columns in the order the CAF prints them and the walk asks them. */
export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = ['not-achieved', 'partially-achieved', 'achieved'];

export const COLUMN_LABEL: Record<IndicatorColumn, string> = {
  'not-achieved': 'Not achieved',
  'partially-achieved': 'Partially achieved',
  achieved: 'Achieved',
};

/** A status as words inside a sentence: "partially achieved". */
export const statusWords = (status: OutcomeStatus): string => COLUMN_LABEL[status].toLowerCase();

export const STATUS_SCORE: Record<OutcomeStatus, number> = { 'not-achieved': 0, 'partially-achieved': 0.5, achieved: 1 };

export interface Indicator {
  id: string;
  text: string;
  column: IndicatorColumn;
}

/** true | false | don't know. */
export type IndicatorValue = boolean | 'unknown';

/**
 * The CAF's own rule, in its order: achieved when every achieved indicator is true; else partially
 * achieved when the outcome has that column and every one of its indicators is true; else not
 * achieved. Don't know and unanswered count as not true.
 */
export function deriveStatus(indicators: readonly Indicator[], values: ReadonlyMap<string, IndicatorValue>): OutcomeStatus {
  // One pass, as plain loops: an assessment with many critical systems derives thousands of outcomes
  // in code not yet optimised, where closures and filtered copies cost more than the rule itself.
  let achieved = 0;
  let achievedTrue = 0;
  let partial = 0;
  let partialTrue = 0;
  for (const i of indicators) {
    if (i.column === 'achieved') {
      achieved++;
      if (values.get(i.id) === true) achievedTrue++;
    } else if (i.column === 'partially-achieved') {
      partial++;
      if (values.get(i.id) === true) partialTrue++;
    }
  }
  if (achieved > 0 && achievedTrue === achieved) return 'achieved';
  if (partial > 0 && partialTrue === partial) return 'partially-achieved';
  return 'not-achieved';
}

/** Statuses an outcome can have: partially achieved only where that column has indicators. */
export function statusesOf(indicators: readonly Indicator[]): OutcomeStatus[] {
  const hasPartial = indicators.some((i) => i.column === 'partially-achieved');
  return hasPartial ? ['not-achieved', 'partially-achieved', 'achieved'] : ['not-achieved', 'achieved'];
}

/** Every indicator has a value (true, false or don't know). */
export function everyIndicatorAnswered(indicators: readonly Indicator[], values: ReadonlyMap<string, IndicatorValue>): boolean {
  if (values.size < indicators.length) return false;
  for (const i of indicators) if (!values.has(i.id)) return false;
  return true;
}

/**
 * Not-achieved indicators answered true while the derived status is above not achieved: the answers
 * say two things at once, which an assessor will ask about.
 */
export function contradictionsOf(indicators: readonly Indicator[], values: ReadonlyMap<string, IndicatorValue>, derived: OutcomeStatus): Indicator[] {
  const found: Indicator[] = [];
  if (derived === 'not-achieved') return found;
  for (const i of indicators) if (i.column === 'not-achieved' && values.get(i.id) === true) found.push(i);
  return found;
}

/**
 * What stands between the outcome and achieved: the achieved indicators not true and, below
 * partially achieved, the partially-achieved ones not true, in questionnaire order.
 */
export function unmetIndicators(indicators: readonly Indicator[], values: ReadonlyMap<string, IndicatorValue>, status: OutcomeStatus): Indicator[] {
  const withPartial = status === 'not-achieved';
  const found: Indicator[] = [];
  for (const i of indicators) {
    if ((i.column === 'achieved' || (withPartial && i.column === 'partially-achieved')) && values.get(i.id) !== true) found.push(i);
  }
  return found;
}

export const statusRank = (status: OutcomeStatus): number => STATUS_SCORE[status];
