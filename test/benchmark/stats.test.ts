import { describe, expect, it } from 'vitest';
import { distribution, percentileRank, quantileSorted } from '../../src/benchmark/stats.js';

describe('quantiles by linear interpolation (R type 7, numpy default)', () => {
  // Expected values worked out with R: quantile(x, c(.25, .5, .75), type = 7).
  it.each([
    [[1, 2, 3, 4], { q1: 1.75, median: 2.5, q3: 3.25 }],
    [[1, 2, 3, 4, 5], { q1: 2, median: 3, q3: 4 }],
    [[7, 15, 36, 39, 40, 41], { q1: 20.25, median: 37.5, q3: 39.75 }],
    [[10, 20], { q1: 12.5, median: 15, q3: 17.5 }],
    [[42], { q1: 42, median: 42, q3: 42 }],
    [[5, 5, 5, 5, 5], { q1: 5, median: 5, q3: 5 }],
    [[0, 0, 0, 100, 100], { q1: 0, median: 0, q3: 100 }],
  ])('%j', (values, expected) => {
    const d = distribution(values);
    expect(d).toMatchObject({ n: values.length, min: Math.min(...values), max: Math.max(...values) });
    expect(d?.q1).toBeCloseTo(expected.q1, 8);
    expect(d?.median).toBeCloseTo(expected.median, 8);
    expect(d?.q3).toBeCloseTo(expected.q3, 8);
  });

  it('does not depend on the order the values come in, and leaves them as they were', () => {
    const values = [40, 7, 41, 15, 39, 36];
    expect(distribution(values)).toEqual(distribution([...values].sort((a, b) => a - b)));
    expect(values).toEqual([40, 7, 41, 15, 39, 36]);
  });

  it('sorts numerically, not as text', () => {
    expect(distribution([100, 9, 80])?.median).toBe(80);
  });

  it('has nothing to say about no values', () => {
    expect(distribution([])).toBeNull();
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('gives the ends at p = 0 and p = 1', () => {
    expect(quantileSorted([1, 2, 3], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3], 1)).toBe(3);
  });
});

describe('percentile rank: 100 × (below + equal / 2) / n', () => {
  const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  it.each([
    [10, ten, 5],
    [100, ten, 95],
    [50, ten, 45],
    [3, [3, 3, 3, 3], 50],
    [7, [7], 50],
    [2, [1, 2, 2, 3], 50],
    [3, [1, 2, 2, 3], 87.5],
  ])('%d among %j is %d', (value, values, expected) => {
    expect(percentileRank(value, values)).toBeCloseTo(expected, 8);
  });

  it('has nothing to say about no values', () => {
    expect(percentileRank(1, [])).toBeNaN();
  });
});
