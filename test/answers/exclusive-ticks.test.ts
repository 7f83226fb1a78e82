import { describe, expect, it } from 'vitest';
import { invertTicks, tickAll, tickOne } from '../../src/answers/exclusive-ticks.js';

// Options written as a row of ticks: "x" ticked, "." not; the last option is exclusive ("None of these").
const row = (ticks: string) => ticks.split('').map((t, i) => ({ id: i, exclusive: i === ticks.length - 1, checked: t === 'x' }));
const ticks = (items: { checked: boolean }[]) => items.map((i) => (i.checked ? 'x' : '.')).join('');
const cleared = (items: { id: number }[]) => items.map((i) => i.id);

describe('ticks on a question with an exclusive option', () => {
  it.each([
    // before, index, after, unticked to keep the exclusive option alone
    ['....', 0, 'x...', []],
    ['x...', 0, '....', []],
    ['xx..', 3, '...x', [0, 1]],
    ['...x', 1, '.x..', [3]],
    ['...x', 3, '....', []],
  ])('space on %s at %i gives %s', (before, index, after, gone) => {
    const result = tickOne(row(before), index);
    expect(ticks(result.items)).toBe(after);
    expect(cleared(result.cleared)).toEqual(gone);
  });

  it.each([
    ['....', 'xxx.', []],
    ['...x', 'xxx.', [3]],
    ['x...', 'xxx.', []],
    ['xxx.', '....', []],
  ])('"a" on %s gives %s', (before, after, gone) => {
    const result = tickAll(row(before));
    expect(ticks(result.items)).toBe(after);
    expect(cleared(result.cleared)).toEqual(gone);
  });

  it.each([
    ['....', 'xxx.', []],
    ['...x', 'xxx.', [3]],
    ['x...', '.xx.', []],
    ['xxx.', '....', []],
  ])('"i" on %s gives %s', (before, after, gone) => {
    const result = invertTicks(row(before));
    expect(ticks(result.items)).toBe(after);
    expect(cleared(result.cleared)).toEqual(gone);
  });

  it('no key, from any start, leaves an exclusive option ticked with another', () => {
    const starts = ['....', 'x...', 'xx..', 'xxx.', '...x', '.x..'];
    for (const start of starts) {
      const outcomes = [tickAll(row(start)), invertTicks(row(start)), ...[0, 1, 2, 3].map((i) => tickOne(row(start), i))];
      for (const { items } of outcomes) expect(items[3]?.checked && items.slice(0, 3).some((i) => i.checked), `${start} -> ${ticks(items)}`).toBe(false);
    }
  });
});
