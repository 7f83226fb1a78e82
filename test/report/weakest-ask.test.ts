import { describe, expect, it } from 'vitest';
import { weakestAsk } from '../../src/report/board-paper-words.js';
import type { SystemRow, SystemsView } from '../../src/report/system-view.js';

const row = (id: string, title: string, owner: string | null): SystemRow => ({
  id, title, owner, score: 40, shownScore: '40', rating: null, capped: false, gaps: 3, unknown: 0, unanswered: 0,
});
const view = (weakest: SystemRow[]): SystemsView => ({ label: 'critical system', plural: 'critical systems', weakest } as unknown as SystemsView);

describe('the ask about the weakest system', () => {
  it('puts an owner that is a post in brackets, so its comma does not run into the sentence', () => {
    expect(weakestAsk(view([row('care', 'Social care case management', 'Assistant Director, Adult Social Care')]))).toBe(
      'Ask the owner of the weakest critical system, Social care case management (Assistant Director, Adult Social Care), to bring it up to the others, starting with its gaps in the action plan.',
    );
  });

  it('asks for an owner to be named when there is none', () => {
    expect(weakestAsk(view([row('care', 'Housing repairs', null)]))).toBe(
      'Name an owner for the weakest critical system, Housing repairs, and ask them to bring it up to the others, starting with its gaps in the action plan.',
    );
  });

  it('names each of systems level at the bottom with its own owner', () => {
    expect(weakestAsk(view([row('a', 'Revenues', 'Head of Revenues'), row('b', 'Waste', 'Head of Waste')]))).toBe(
      'Ask the owners of the weakest critical systems, Revenues (Head of Revenues) and Waste (Head of Waste), to bring them up to the others, starting with their gaps in the action plan.',
    );
  });

  it('asks nothing when the weakest system has no gaps', () => {
    expect(weakestAsk(view([{ ...row('a', 'Revenues', 'Head of Revenues'), gaps: 0 }]))).toBeNull();
  });
});
