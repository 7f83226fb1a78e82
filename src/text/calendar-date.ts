// Whether a date written YYYY-MM-DD is on the calendar, and if not, why, in words a person can act
// on: "there is no month 13", "February 2026 has 28 days". One wording for answers files and options.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a text is not a day on the calendar: not written YYYY-MM-DD, or no such month, or no such day in its month. */
export type CalendarProblem = { kind: 'shape' } | { kind: 'month' | 'day'; why: string };

/** Undefined for a real date; else what is wrong with it. */
export function calendarProblem(text: string): CalendarProblem | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { kind: 'shape' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { kind: 'month', why: `there is no month ${month}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { kind: 'day', why: `${MONTHS[month - 1]} ${year} has ${days} days` };
  return undefined;
}
