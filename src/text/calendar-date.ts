// Whether a date written YYYY-MM-DD is on the calendar, and if not, why, in words a person can act
// on: "there is no month 13", "February 2026 has 28 days". One wording for answers files and options.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Undefined for a real date; `shape` when it is not written YYYY-MM-DD; else why the day does not exist. */
export function calendarProblem(text: string): 'shape' | string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'shape';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}
