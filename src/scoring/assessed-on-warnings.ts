import type { Answers } from '../answers/types.js';
import type { Diagnostic } from '../errors.js';

const DATE = /^(\d{4})-(\d{2}-\d{2})$/;

/**
 * How many years an assessment may go unchanged before a run says so. Staleness is per answer
 * (`reviewBy`, --fail-on-stale), and councils re-assess once a year, often a few weeks late, which
 * is no news; an answers file that has gone a whole yearly cycle without a change (its answers may
 * no longer hold, and an answer with no `reviewBy` never goes stale) is.
 */
const OLD_AFTER_YEARS = 2;

/**
 * What the answers file's `assessedOn` says about the day it is judged on (`today`: --today, else
 * SOURCE_DATE_EPOCH, else the clock), as warnings at its line. Said by every command that judges an
 * answers file (scoreAssessment) and by `validate`, which judges on today as `assess` would.
 *
 * - Judged before it was assessed: waivers and review dates count as they stood on the earlier day,
 *   so a paper dated `assessedOn` showed a waiver that had expired by then as a current accepted
 *   risk, and the committee was not asked to renew it. A warning, not an error: a council may judge
 *   a file on a chosen day, and a file may be dated ahead for a meeting to come.
 * - Judged more than OLD_AFTER_YEARS after it: see OLD_AFTER_YEARS.
 */
export function assessedOnWarnings(answers: Pick<Answers, 'file' | 'assessedOn' | 'assessedOnLocation'>, today: string): Diagnostic[] {
  const on = answers.assessedOn;
  const match = on === undefined ? null : DATE.exec(on);
  if (on === undefined || !match || !DATE.test(today)) return [];
  const at = { file: answers.assessedOnLocation?.file ?? answers.file, ...(answers.assessedOnLocation ? { line: answers.assessedOnLocation.line, column: answers.assessedOnLocation.column } : {}), severity: 'warning' as const };
  if (today < on) {
    return [{ ...at, message: `assessedOn ${on} is later than ${today}, the day waivers and review dates are judged on, so a waiver or review date that lapsed by ${on} still counts as current; check the date, or judge on ${on} or later with --today` }];
  }
  // A year on is the same day of the month; 29 February's anniversary is read as 1 March.
  const anniversary = `${String(Number(match[1]) + OLD_AFTER_YEARS).padStart(4, '0')}-${match[2]}`;
  if (anniversary < today) {
    return [{ ...at, message: `assessedOn ${on} is more than ${OLD_AFTER_YEARS} years before ${today}, the day waivers and review dates are judged on: its answers may no longer hold, and an answer without a reviewBy date never goes stale; re-assess it (assess --review asks every answer again)` }];
  }
  return [];
}
