import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/text/calendar-date.js';

describe('calendarProblem', () => {
  it('is undefined for a day on the calendar, leap days included', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29']) expect(calendarProblem(d)).toBeUndefined();
  });
  it('names the month that is not there, or how many days the month has', () => {
    expect(calendarProblem('2026-13-01')).toEqual({ kind: 'month', why: 'there is no month 13' });
    expect(calendarProblem('2026-00-10')).toEqual({ kind: 'month', why: 'there is no month 0' });
    expect(calendarProblem('2026-02-29')).toEqual({ kind: 'day', why: 'February 2026 has 28 days' });
    expect(calendarProblem('1900-02-29')).toEqual({ kind: 'day', why: 'February 1900 has 28 days' });
    // Years 0 to 99 by the calendar's own rule, not read as 1900 to 1999; the year in four digits.
    expect(calendarProblem('0000-02-29')).toBeUndefined();
    expect(calendarProblem('0000-02-30')).toEqual({ kind: 'day', why: 'February 0000 has 29 days' });
    expect(calendarProblem('0100-02-29')).toEqual({ kind: 'day', why: 'February 0100 has 28 days' });
    expect(calendarProblem('0004-04-31')).toEqual({ kind: 'day', why: 'April 0004 has 30 days' });
    expect(calendarProblem('2026-04-31')).toEqual({ kind: 'day', why: 'April 2026 has 30 days' });
    expect(calendarProblem('2026-04-00')).toEqual({ kind: 'day', why: 'April 2026 has 30 days' });
  });
  it('says "shape" for anything not written YYYY-MM-DD', () => {
    for (const d of ['26-1-1', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '']) expect(calendarProblem(d)).toEqual({ kind: 'shape' });
  });
});
