import { describe, expect, it } from 'vitest';
import { dataOf, keepsTheRest, sameData, without } from '../../src/answers/edit-check.js';
import { parseAnswersText } from '../../src/answers/map-at-path.js';
import { loneCarriageReturn, placeOfOffset } from '../../src/answers/line-endings.js';

describe('what an edit must leave as it was', () => {
  it('is everything but the place edited, with an empty holder the same as none', () => {
    expect(without({ a: 1, answers: { q1: 'yes' } }, ['answers', 'q1'])).toEqual({ a: 1 });
    expect(without({ a: 1, answers: null }, ['answers', 'q1'])).toEqual({ a: 1 });
    expect(without({ a: 1 }, ['answers', 'q1'])).toEqual({ a: 1 });
    expect(without({ answers: { q1: 'yes', q2: 'no' } }, ['answers', 'q1'])).toEqual({ answers: { q2: 'no' } });
    expect(without({ systems: [{ id: 'a', answers: { q: 1 } }, { id: 'b' }] }, ['systems', 0, 'answers', 'q'])).toEqual({ systems: [{ id: 'a' }, { id: 'b' }] });
    expect(without({ systems: [{ id: 'a' }, { id: 'b' }] }, ['systems', 1])).toEqual({ systems: [{ id: 'a' }] });
    expect(without({ systems: [{ id: 'a' }] }, ['systems', 1])).toEqual({ systems: [{ id: 'a' }] });
  });

  it('is compared value for value, order of keys aside', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 'yes' }, { a: 'yes# ask' })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });

  it('counts an alias whose anchor the edit took away as changed, as it does one with `&n null`', () => {
    const check = (before: string, after: string): boolean => {
      const doc = parseAnswersText(after);
      return keepsTheRest(dataOf(parseAnswersText(before)), doc, dataOf(doc), { path: ['answers', 'q1'], says: () => true });
    };
    expect(check('answers:\n  q1: &x\n  q2: *x\n', 'answers:\n  q1: planned\n  q2: *x\n')).toBe(false);
    expect(check('answers:\n  q1: &n null\n  q2: *n\n', 'answers:\n  q1: planned\n  q2: *n\n')).toBe(false);
    expect(check('answers:\n  q1: &x\n  q2: *x\n', 'answers:\n  q1: &x planned\n  q2: *x\n')).toBe(false);
  });
});

describe('a carriage return alone', () => {
  it('is found at its line and column, lines counted as YAML counts them', () => {
    expect(loneCarriageReturn('a: 1\r\nb: 2\n')).toBeUndefined();
    expect(loneCarriageReturn('a: 1\rb: 2\r')).toEqual({ line: 1, column: 5 });
    expect(loneCarriageReturn('a: 1\r\nb: 2\nc:\r  d: 3\n')).toEqual({ line: 3, column: 3 });
    expect(placeOfOffset('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
  });
});
