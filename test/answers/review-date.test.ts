import { describe, expect, it } from 'vitest';
import { parseReviewDate, pastReviewLine } from '../../src/answers/review-date.js';

// The next review date a `--review` walk asks for (review-date.ts): checked the same in both prompters.
describe('parseReviewDate', () => {
  const today = '2026-12-05';
  const due = '2026-10-31';
  it.each([
    ['', { ok: due }],
    ['  ', { ok: due }],
    ['2027-10-31', { ok: '2027-10-31' }],
    [' 2027-10-31 ', { ok: '2027-10-31' }],
    ['2026-12-05', { ok: '2026-12-05' }],
    ['2028-02-29', { ok: '2028-02-29' }],
    ['2026-12-04', { error: 'The date must be today (2026-12-05) or later; Enter keeps 2026-10-31.' }],
    ['2027-02-29', { error: '2027-02-29 is not a real date; Enter keeps 2026-10-31.' }],
    ['2027-13-01', { error: '2027-13-01 is not a real date; Enter keeps 2026-10-31.' }],
    ['31/10/2027', { error: 'Type the date as YYYY-MM-DD, such as 2027-12-05; Enter keeps 2026-10-31.' }],
    ['2027-1-31', { error: 'Type the date as YYYY-MM-DD, such as 2027-12-05; Enter keeps 2026-10-31.' }],
    ['<', { error: 'Type the date as YYYY-MM-DD, such as 2027-12-05; Enter keeps 2026-10-31.' }],
  ])('%j', (typed, expected) => {
    expect(parseReviewDate(typed, due, today)).toEqual(expected);
  });

  it('gives a real date as its example on 29 February', () => {
    expect(parseReviewDate('soon', due, '2028-02-29')).toEqual({ error: 'Type the date as YYYY-MM-DD, such as 2029-02-28; Enter keeps 2026-10-31.' });
  });

  it('takes dates in the years 0 to 99, and gives no example after 9999-12-31', () => {
    expect(parseReviewDate('0050-06-02', due, '0050-06-01')).toEqual({ ok: '0050-06-02' });
    expect(parseReviewDate('0000-02-29', due, '0000-01-01')).toEqual({ ok: '0000-02-29' });
    expect(parseReviewDate('soon', due, '0050-06-01')).toEqual({ error: 'Type the date as YYYY-MM-DD, such as 0051-06-01; Enter keeps 2026-10-31.' });
    expect(parseReviewDate('soon', due, '9999-12-31')).toEqual({ error: 'Type the date as YYYY-MM-DD, such as 9999-12-31; Enter keeps 2026-10-31.' });
  });

  it('says a resume\'s count on one line at 80 columns', () => {
    expect(pastReviewLine(1)).toBe('1 answer is past its review date; --review-stale asks just that one again.');
    expect(pastReviewLine(2)).toBe('2 answers are past their review date; --review-stale asks just those again.');
    expect(pastReviewLine(1234).length).toBeLessThan(80);
  });
});
