// The words of the outcome walk, shared by the full and the plain prompts.
import { COLUMN_LABEL, statusWords, type Indicator, type IndicatorValue } from '../questionnaire/outcome.js';
import type { IndicatorReply, RecordedStatus } from './outcome-walk.js';

/** What is recorded, in words: a status ("achieved"), or an answer ("don't know", "not applicable"). */
export const recordedWords = (recorded: RecordedStatus): { noun: 'status' | 'answer'; words: string } =>
  recorded.status === 'unknown'
    ? { noun: 'answer', words: "don't know" }
    : recorded.status === 'not-applicable'
      ? { noun: 'answer', words: 'not applicable' }
      : { noun: 'status', words: statusWords(recorded.status) };

/** Why it is recorded (a status's justification, a not-applicable reason), trimmed; undefined when nothing is said. */
export function recordedBecause(recorded: RecordedStatus): string | undefined {
  const text = recorded.status === 'not-applicable' ? recorded.reason : recorded.status === 'unknown' ? undefined : recorded.justification;
  return text?.trim() ? text.trim() : undefined;
}

/** The same, labelled as the status screen labels it: "Justification: …", or "Reason: …" for not applicable. */
export function recordedWhy(recorded: RecordedStatus): string | undefined {
  const because = recordedBecause(recorded);
  return because === undefined ? undefined : `${recorded.status === 'not-applicable' ? 'Reason' : 'Justification'}: ${because}`;
}

/**
 * True and false, always in that order (SPEC: "true / false / don't know"), so that 1 is True on
 * every statement: one who answers by number, as with a screen reader, is never given the opposite
 * answer by a statement of another column. What keeps a hurried Enter from flattering (the house
 * rule for every option list) is where the cursor starts: worseTruth.
 */
export function truthChoices(): { value: boolean; name: string }[] {
  return [
    { value: true, name: 'True' },
    { value: false, name: 'False' },
  ];
}

/** The answer that flatters least: true of a "not achieved" statement, false of any other. */
export const worseTruth = (indicator: Indicator): boolean => indicator.column === 'not-achieved';

/** What the column means for the person answering, said once above each statement. */
export const columnHint = (indicator: Indicator): string =>
  indicator.column === 'not-achieved' ? `${COLUMN_LABEL[indicator.column]} if this is true` : `Needed for ${statusWords(indicator.column)}`;

export const indicatorWords = (reply: IndicatorReply | { kind: 'value'; value: IndicatorValue }): string =>
  reply.kind === 'value' ? (reply.value === true ? 'True' : reply.value === false ? 'False' : "Don't know") : reply.kind === 'unknown' ? "Don't know" : reply.kind === 'skip' ? 'Skipped for now, with the rest of this outcome' : '';

/**
 * What a skip at a statement says: an outcome whose whole answer is saved (`answered`) keeps it and is
 * not left to answer later, as a question skipped with its answer saved (reply-text.ts skipWords).
 */
export const outcomeSkipWords = (answered: boolean): string => (answered ? 'Skipped; what is saved of this outcome stays' : indicatorWords({ kind: 'skip' }));

/**
 * The choice that skips at a statement. Where nothing of the outcome is answered yet (`whole`) it
 * skips all of it: "the rest of this outcome" read as if some of it had been answered.
 */
export const skipChoiceWords = (whole: boolean): string => (whole ? 'Skip this outcome for now' : 'Skip the rest of this outcome for now');

/** Said of "Not applicable" at an outcome whose statements (or status) the file holds: the answer takes their place. */
export const notApplicableCleared = 'What is recorded of its statements is then removed.';

/** What "Not applicable" at an outcome's statement means: the whole outcome, and its reason asked after. */
export const notApplicableWhat = (clears: boolean): string => `The whole outcome does not apply; you will be asked why.${clears ? ` ${notApplicableCleared}` : ''}`;

/** Said when a justification is left empty; `back` is how the prompt goes back (`<`, or the word in plain prompts). */
export const justificationNeeded = (back = '<'): string => `Say why the status differs from what the statements show (an assessor will ask), or type ${back} to choose again.`;
