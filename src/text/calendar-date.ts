// Whether a date written YYYY-MM-DD is on the calendar, and if not, why, in words a person can act
// on: "there is no month 13", "February 2026 has 28 days". One wording for answers files and options.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in each month of a year that is not a leap year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Gregorian rule, which ISO 8601 carries back before 1582 and to year 0. */
const leapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Why a text is not a day on the calendar: not written YYYY-MM-DD, or no such month, or no such day in its month. */
export type CalendarProblem = { kind: 'shape' } | { kind: 'month' | 'day'; why: string };

/** Undefined for a real date; else what is wrong with it. */
export function calendarProblem(text: string): CalendarProblem | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { kind: 'shape' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { kind: 'month', why: `there is no month ${month}` };
  // Counted, not asked of Date.UTC, which reads years 0 to 99 as 1900 to 1999: year 0 (ISO 8601,
  // 1 BC) is a leap year, and 0000-02-29 was refused as "February 0 has 28 days".
  const days = month === 2 ? (leapYear(year) ? 29 : 28) : (DAYS[month - 1] ?? 31);
  if (day < 1 || day > days) return { kind: 'day', why: `${MONTHS[month - 1]} ${String(year).padStart(4, '0')} has ${days} days` };
  return undefined;
}
