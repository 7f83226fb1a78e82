import { describe, expect, it } from 'vitest';
import { followUpLine, systemsFollowUpLine } from '../../src/answers/follow-up-words.js';

describe('the line that says follow-up questions changed', () => {
  it('within the scope walked', () => {
    expect(followUpLine(9, 7)).toBe('(2 follow-up questions no longer apply: 7 questions in all now)');
    expect(followUpLine(7, 8)).toBe('(1 follow-up question now applies: 8 questions in all now)');
    expect(followUpLine(7, 7)).toBeUndefined();
  });

  it('in the systems: one line when all changed alike, else each system that changed', () => {
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', before: 4, after: 2 }])).toBe('(2 follow-up questions no longer apply for LAN: 2 questions in all now)');
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', before: 4, after: 2 }, { title: 'Depot', before: 3, after: 2 }, { title: 'Rail', before: 2, after: 2 }])).toBe(
      '(Follow-up questions for each network segment changed: LAN 2 questions in all now, was 4; Depot 2 questions in all now, was 3)',
    );
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', before: 2, after: 2 }])).toBeUndefined();
  });
});
