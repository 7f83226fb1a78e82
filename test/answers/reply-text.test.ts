import { describe, expect, it } from 'vitest';
import { parseNumberReply } from '../../src/answers/reply-text.js';

describe('a typed number', () => {
  it.each([
    ['14', 'days', 14],
    ['14 days', 'days', 14],
    ['14 Days', 'days', 14],
    ['1 day', 'days', 1],
    ['14days', 'days', 14],
    [' 7 ', undefined, 7],
    ['-1', undefined, -1],
    ['2.5', 'hours', 2.5],
    ['1,000', 'staff', 1000],
    ['95 %', '%', 95],
    ['95 per cent', '%', 95],
    ['6 months', 'months', 6],
    ['1 month', 'months', 1],
    ['1 hour', 'hour', 1],
    ['2 hours', 'hour', 2],
  ])('%j with unit %j is %d', (text, unit, value) => expect(parseNumberReply(text, unit)).toEqual({ value }));

  it.each([
    ['0x10', 'days'],
    ['1e3', undefined],
    ['Infinity', undefined],
    ['14 weeks', 'days'],
    ['days', 'days'],
    ['', undefined],
    ['fourteen', 'days'],
    // An "s" on a unit already plural, or on one that takes none, is a slip, not the unit: it was read as 6 months.
    ['6 monthss', 'months'],
    ['14 dayss', 'days'],
    ['95 %s', '%'],
    ['95 per cents', 'per cent'],
  ])('%j with unit %j is refused', (text, unit) => expect(parseNumberReply(text, unit)).toEqual({ error: `Type a number${unit ? ` of ${unit}` : ''}` }));
});
