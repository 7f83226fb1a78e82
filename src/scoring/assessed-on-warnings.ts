import type { Answers, AnswerSet } from '../answers/types.js';
import { errorAt, type Diagnostic } from '../errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The waivers' expiry dates and the answers' review dates of one set of answers. */
function lapseDates(set: AnswerSet): string[] {
  const dates = set.waivers.map((w) => w.expires);
  for (const answer of set.answers.values()) if (answer.reviewBy !== undefined) dates.push(answer.reviewBy);
  return dates;
}

/**
 * What the answers file's `assessedOn` says about the day it is judged on (`today`: --today, else
 * SOURCE_DATE_EPOCH, else the clock), as a warning at its line. Said by every command that judges
 * an answers file (scoreAssessment); `validate` judges nothing by date, and says nothing of it.
 *
 * Judged before it was assessed, a waiver or review date that had lapsed by `assessedOn` counts as
 * current: a paper dated 2026-11-20 showed a waiver that expired in September as an accepted risk,
 * and the committee was not asked to renew it. Said only when such a date lies between the two days,
 * so that the judgement differs; a file dated a little ahead (for a meeting to come) with nothing
 * lapsing in between is judged the same either way, and says nothing. A warning, not an error: a
 * council may judge a file on a chosen day.
 */
export function assessedOnWarnings(answers: Answers, today: string): Diagnostic[] {
  const on = answers.assessedOn;
  if (on === undefined || !DATE.test(on) || !DATE.test(today) || today >= on) return [];
  const between = [answers, ...answers.systems].flatMap(lapseDates).filter((d) => DATE.test(d) && today <= d && d < on).sort();
  if (between.length === 0) return [];
  const place = answers.assessedOnLocation;
  const dates = between.length === 1 ? `a waiver or review date (${between[0]}) that had lapsed` : `${between.length} waiver or review dates (${between[0]} to ${between.at(-1)}) that had lapsed`;
  const message = `assessedOn ${on} is later than ${today}, the day waivers and review dates are judged on, so ${dates} by ${on} ${between.length === 1 ? 'counts' : 'count'} as current; check the date, or judge on ${on} or later with --today`;
  return [{ ...errorAt(place?.file ?? answers.file, message, place), severity: 'warning' }];
}
