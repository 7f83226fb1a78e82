import { describe, expect, it } from 'vitest';
import { largest, pushAll, smallest } from '../../src/text/spread-free.js';

// Past about 120,000 arguments V8 throws "Maximum call stack size exceeded"; these take any number.
const MANY = 200_000;
const many = Array.from({ length: MANY }, (_, i) => i);

describe('helpers that take arrays of any length', () => {
  it('pushAll appends every item in order, as push(...items) did for short arrays', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(pushAll(target, many)).toBe(target);
    expect(target).toHaveLength(MANY + 1);
    expect(target.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(target.at(-1)).toBe(MANY - 1);
  });

  it('largest and smallest agree with Math.max and Math.min, floors and empty lists included', () => {
    expect(largest(many)).toBe(MANY - 1);
    expect(smallest(many)).toBe(0);
    expect(largest([], 0)).toBe(Math.max(0));
    expect(largest([])).toBe(Math.max());
    expect(smallest([])).toBe(Math.min());
    expect(largest([3, 9, 4], 5)).toBe(Math.max(5, 3, 9, 4));
    expect(smallest([3, 9, 4], 2)).toBe(Math.min(2, 3, 9, 4));
    expect(largest([1, Number.NaN, 2])).toBeNaN();
  });
});
