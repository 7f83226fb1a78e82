import type { Answers } from '../answers/types.js';
import type { Diagnostic } from '../errors.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { WaiverResult } from './assessment.js';
import { waiverResults } from './gaps.js';
import { scopeKey } from './scope-key.js';
import { scopeResults } from './scope-results.js';

/** The warning for a waiver that covers no gap (SPEC "Scoring"), as `assess` and `validate` say it. */
export function idleWaiverMessage(w: Pick<WaiverResult, 'question' | 'system'>, systemLabel: string): string {
  return `waiver for "${w.question}"${w.system === null ? '' : ` (${systemLabel} "${w.system}")`} covers no gap: the question is met or does not count`;
}

/**
 * Waivers that cover no gap, as warnings at each waiver, for `validate`: whether a waiver covers a
 * gap does not depend on the date, so no date is asked for. An unanswered question counts as a
 * gap, as it does under --allow-incomplete.
 */
export function idleWaivers(questionnaire: Questionnaire, answers: Answers): Diagnostic[] {
  // Staleness and expiry are left out of the answer; any date does.
  const anyDay = '1970-01-01';
  const questions = scopeResults(questionnaire, answers, anyDay);
  const byKey = new Map(questions.map((q) => [scopeKey(q.id, q.system), q]));
  const waivers = waiverResults([...answers.waivers, ...answers.systems.flatMap((s) => s.waivers)], byKey, anyDay);
  return [...waivers.values()]
    .filter((w) => !w.coversGap)
    .map((w) => ({
      file: w.location?.file ?? answers.file,
      ...(w.location ? { line: w.location.line, column: w.location.column } : {}),
      severity: 'warning' as const,
      message: idleWaiverMessage(w, questionnaire.systemLabel),
    }));
}
