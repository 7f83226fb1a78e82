const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day `diff` judges what has lapsed in the earlier file against: the day it was assessed (its
 * `assessedOn`), when it names one before the later file's (or, with none there, before the later
 * file's day); else the later file's day, as for the later file. Judged on one day only, a waiver
 * unchanged in both files was accepted in both or expired in both, and an answer whose review date
 * fell between the two assessments was stale in both or neither: a year-on paper never said which
 * risks accepted last year had lapsed, or which answers had fallen due. Two files assessed on one
 * day (a pull request and its base, or one file twice) are judged on the later file's day alone:
 * nothing lapsed between them. Scores and ratings do not depend on the day (a waived gap is still a
 * gap), so only the lists of risks and review dates move; what has come back (a waiver renewed, an
 * answer reviewed) is judged with the earlier file on the later day (diff-waivers, diff-stale).
 */
export function earlierFileDay(assessedOn: unknown, laterAssessedOn: unknown, laterDay: string): string {
  if (typeof assessedOn !== 'string' || !DATE.test(assessedOn) || !(assessedOn < laterDay)) return laterDay;
  const later = typeof laterAssessedOn === 'string' && DATE.test(laterAssessedOn) ? laterAssessedOn : laterDay;
  return assessedOn < later ? assessedOn : laterDay;
}
