import { describe, expect, it } from 'vitest';
import { heldAnswers } from '../../src/answers/held-answers.js';
import type { Answer } from '../../src/answers/types.js';

const given = { status: 'answered', value: 'yes' } as Answer;
const partly = { status: 'answered', value: 'achieved', outcome: { complete: false } } as unknown as Answer;
const whole = { status: 'answered', value: 'achieved', outcome: { complete: true } } as unknown as Answer;

describe('heldAnswers', () => {
  it('counts an outcome with statements still open apart, across the council and its systems', () => {
    const council = new Map([['a', given], ['b', partly]]);
    const system = new Map([['c', whole], ['d', partly], ['e', given]]);
    expect(heldAnswers([council, system])).toEqual({ given: 3, partly: 2 });
  });

  it('is nothing for a file with no answers', () => {
    expect(heldAnswers([new Map()])).toEqual({ given: 0, partly: 0 });
  });
});
