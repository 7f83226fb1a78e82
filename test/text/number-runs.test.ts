import { describe, expect, it } from 'vitest';
import { numberRuns } from '../../src/text/number-runs.js';
import { paperNumbers } from '../../src/report/paper-lists.js';

describe('numberRuns', () => {
  it('says three or more in a row as a range and the rest one by one', () => {
    expect(numberRuns([1, 2, 3, 4, 7, 9, 10, 11, 12])).toEqual(['1–4', '7', '9–12']);
    expect(numberRuns(Array.from({ length: 26 }, (_, k) => k + 1))).toEqual(['1–26']);
  });
  it('keeps two in a row apart, and a lone number as it is', () => {
    expect(numberRuns([4, 5, 9])).toEqual(['4', '5', '9']);
    expect(numberRuns([3])).toEqual(['3']);
    expect(numberRuns([])).toEqual([]);
  });
});

describe('paperNumbers', () => {
  it('lists the runs whole when there are few', () => {
    expect(paperNumbers([1, 2, 3, 4, 7, 9, 10, 11, 12])).toBe('1–4, 7 and 9–12');
  });
  it('names the first five runs of a long list and counts the actions left, not the runs', () => {
    // Nine runs: 1–3, 5, 7, 9, 11, 13, 15, 17–19, 21.
    expect(paperNumbers([1, 2, 3, 5, 7, 9, 11, 13, 15, 17, 18, 19, 21])).toBe('1–3, 5, 7, 9, 11 and six more');
  });
});
