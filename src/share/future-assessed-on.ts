import type { Answers } from '../answers/types.js';
import { errorAt, type Diagnostic } from '../errors.js';
import { assessedOnWarnings } from '../scoring/assessed-on-warnings.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An answers file shared with an `assessedOn` after the day it is shared on (`today`), as a warning at
 * its line: most likely a mistyped year (2062 for 2026), which the extract carries as its month and a
 * forum's benchmark then reads as the newest assessment. Not an error: a file may be dated for a
 * meeting to come. Nothing more is said when the assessment already warns of the date (waivers or
 * review dates lapsing between the two days), so the line is warned of once. `assess` and
 * `validate` say nothing of a date still to come, by choice; the extract is what travels.
 */
export function futureAssessedOn(answers: Answers, today: string): Diagnostic[] {
  const on = answers.assessedOn;
  if (on === undefined || !DATE.test(on) || on <= today || assessedOnWarnings(answers, today).length > 0) return [];
  const place = answers.assessedOnLocation;
  const message = `assessedOn ${on} is after today (${today}), so probably mistyped; the extract says it was assessed in ${on.slice(0, 7)}: check the date before sending it`;
  return [{ ...errorAt(place?.file ?? answers.file, message, place), severity: 'warning' }];
}
