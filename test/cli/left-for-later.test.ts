import { describe, expect, it } from 'vitest';
import { leftForLater } from '../../src/cli/left-for-later.js';

// The end of a walk names the questions left with "Skip for now" (README: "Questions left with
// 'Skip for now' are named, with the command that asks them again"), by system.
const systems = [
  { id: 'revenues', title: 'Revenues and benefits' },
  { id: 'social-care', title: 'Social care case management' },
];

describe('the questions left for later, as the walk ends', () => {
  it.each([
    [['ir-out-of-hours-lead'], '1 skipped, to answer later: ir-out-of-hours-lead. Ask it again with:'],
    [['social-care/caf-b1-a', 'social-care/caf-b2-c'], '2 skipped, to answer later: Social care case management: caf-b1-a, caf-b2-c. Ask them again with:'],
    // The council's first, then the systems in their order, whatever order they were skipped in.
    [['social-care/caf-b1-a', 'caf-a2-b', 'revenues/caf-c1-a'], '3 skipped, to answer later: the council: caf-a2-b; Revenues and benefits: caf-c1-a; Social care case management: caf-b1-a. Ask them again with:'],
  ])('%j', (skipped, said) => {
    expect(leftForLater(skipped, systems)).toBe(said);
  });

  // A whole system skipped is dozens of outcomes: twenty ids are named, in order, and the rest counted.
  it('names twenty ids at most, then counts', () => {
    const many = [...Array.from({ length: 3 }, (_, i) => `caf-a${i + 1}-a`), ...Array.from({ length: 18 }, (_, i) => `revenues/caf-b${i + 1}-a`), 'social-care/caf-b1-a', 'social-care/caf-b1-b'];
    const b = Array.from({ length: 17 }, (_, i) => `caf-b${i + 1}-a`).join(', ');
    expect(leftForLater(many, systems)).toBe(`23 skipped, to answer later: the council: caf-a1-a, caf-a2-a, caf-a3-a; Revenues and benefits: ${b} and 1 more; Social care case management: 2 questions. Ask them again with:`);
  });
});
