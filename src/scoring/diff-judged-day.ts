const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day `diff` judges the earlier file's waivers and review dates on: the day it was assessed (its
 * `assessedOn`), when it names one before the later file's day; else the later file's day, as before.
 * Judged on one day, a waiver unchanged in both files was accepted in both or expired in both, and an
 * answer whose review date fell between the two assessments was stale in both or neither: a year-on
 * paper never said which risks accepted last year had lapsed, or which answers had fallen due. Scores
 * and ratings do not depend on the day (a waived gap is still a gap), so only those lists move.
 */
export const earlierFileDay = (assessedOn: unknown, laterDay: string): string =>
  typeof assessedOn === 'string' && DATE.test(assessedOn) && assessedOn < laterDay ? assessedOn : laterDay;
