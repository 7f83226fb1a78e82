// An answer's `reviewBy` date renewed in a `--review` walk (SPEC "Scoring": an answer is stale when
// its `reviewBy` is before today). Re-confirming a stale answer left it stale, and `--fail-on-stale`
// failing, until someone edited every `reviewBy:` line by hand; the walk now asks for the next date
// as each such answer is given or kept. The words and checks are here, once, for both prompters.
import type { Question } from '../questionnaire/types.js';
import { safeLine } from '../text/safe-text.js';
import type { AnswerUpdate } from './entry-fields.js';
import type { Answer } from './types.js';
import { pastReview } from './past-review.js';
import { calendarProblem } from '../text/calendar-date.js';

/** The last day a date written YYYY-MM-DD can name. */
const LAST_DAY = '9999-12-31';


/** How many of `answers` are past their review date on `today`. */
export const countPastReview = (answers: Iterable<Answer>, today: string): number => [...answers].filter((a) => pastReview(a, today)).length;

/**
 * What a plain resume says first when answers are past their review date: it asks only unanswered
 * questions, so without this line the way to renew them is found only once the CI gate fails.
 */
export function pastReviewLine(count: number): string {
  return count === 1 ? '1 answer is past its review date; --review-stale asks just that one again.' : `${count} answers are past their review date; --review-stale asks just those again.`;
}

/** What a `--review-stale` walk says first: how many answers it will ask again, and what follows each. */
export function staleWalkLine(count: number): string {
  return count === 1 ? '1 answer is past its review date: it is asked again, then its next review date.' : `${count} answers are past their review date: each is asked again, then its next review date.`;
}

/** The prompt for the next review date; Enter keeps the one the file has. */
// Short enough that a date typed after it stays on the line at 80 columns (the old date shows the form).
export const reviewDatePrompt = (due: string): string => `Review again by (was ${safeLine(due)}; Enter keeps it; < back)`;

/** What is typed at the date to go back to the question (an outcome: to its status), as at a reason. */
export const TYPED_BACK = '<';

/** Said when Enter keeps a date already past: the answer is still reported as past review. */
export const keptReviewWords = (due: string): string => `Review date kept: ${safeLine(due)}, so the answer stays past its review date.`;

/**
 * Whether `text` (YYYY-MM-DD) names a day on the calendar: not 2027-02-30 or 2027-13-01. Counted by
 * the shared rule, not asked of Date.UTC, which reads years 0 to 99 as 1900 to 1999 and refused
 * every such date as "not a real date".
 */
const onCalendar = (text: string): boolean => calendarProblem(text) === undefined;

/**
 * A typed review date checked: a day on the calendar written YYYY-MM-DD, today or later (a date
 * before today would leave the answer past review); empty keeps `due`. Else the error to say.
 */
export function parseReviewDate(typed: string, due: string, today: string): { ok: string } | { error: string } {
  const text = typed.trim();
  if (text === '') return { ok: due };
  // Short enough for one line at 80 columns: the full prompts show it as it is, unwrapped.
  const keep = `; Enter keeps ${safeLine(due)}.`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { error: `Type the date as YYYY-MM-DD, such as ${aYearOn(today)}${keep}` };
  if (!onCalendar(text)) return { error: `${text} is not a real date${keep}` };
  if (text < today) return { error: `The date must be today (${today}) or later${keep}` };
  return { ok: text };
}

/**
 * The same day a year after `today` (28 February for 29 February), as an example of the form: four
 * digits of year, and 9999-12-31 at the latest (the last day YYYY-MM-DD can name; "10000-12-31"
 * was offered, and refused when typed).
 */
function aYearOn(today: string): string {
  const year = Number(today.slice(0, 4)) + 1;
  if (year > 9999) return LAST_DAY;
  const next = `${String(year).padStart(4, '0')}${today.slice(4)}`;
  return onCalendar(next) ? next : next.replace(/-29$/, '-28');
}

/** What the walk needs to ask for a date: the prompt, and the day a date typed must not be before. */
export interface ReviewDateAsker {
  /** The date, `due` when kept, or undefined for back; `today` is read as each date is typed. */
  reviewDate(question: Question, due: string, today: () => string): Promise<string | undefined>;
}

/**
 * The walk's step after an answer is given or kept: when it is past its review date, the next date
 * is asked and, when changed, saved at once (as the answer was before it, so a stop here loses
 * neither). Returns the answer with the date it now has, or 'back' when `<` asks for the question
 * again (its answer is saved already; the date is asked again after it). Whether it is past review is
 * judged on the walk's `today`; a date typed is checked against `typedDay` at that moment.
 */
export async function renewReviewDate<A extends Answer | undefined>(prompter: ReviewDateAsker, question: Question, answer: A, today: string, save: (update: AnswerUpdate) => Promise<void>, typedDay: () => string = () => today): Promise<A | 'back'> {
  if (!pastReview(answer, today)) return answer;
  const date = await prompter.reviewDate(question, answer.reviewBy, typedDay);
  if (date === undefined) return 'back';
  if (date === answer.reviewBy) return answer;
  await save({ status: 'review-by', reviewBy: date });
  return { ...answer, reviewBy: date };
}
