import { describe, expect, it } from 'vitest';
import { followUpLine, systemsFollowUpLine } from '../../src/answers/follow-up-words.js';

describe('the line that says follow-up questions changed', () => {
  it('within the scope walked', () => {
    expect(followUpLine({ dropped: 2, added: 0, total: 7 })).toBe('(2 follow-up questions no longer apply: 7 questions in all now)');
    expect(followUpLine({ dropped: 0, added: 1, total: 8 })).toBe('(1 follow-up question now applies: 8 questions in all now)');
    expect(followUpLine({ dropped: 0, added: 0, total: 7 })).toBeUndefined();
  });

  it('says a swap of one follow-up for another, which leaves the total as it was', () => {
    expect(followUpLine({ dropped: 1, added: 1, total: 7 })).toBe('(1 follow-up question no longer applies and 1 now applies: 7 questions in all now)');
    expect(followUpLine({ dropped: 2, added: 3, total: 8 })).toBe('(2 follow-up questions no longer apply and 3 now apply: 8 questions in all now)');
  });

  it('in the systems: one line when all changed alike, else each system that changed', () => {
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', dropped: 2, added: 0, total: 2 }])).toBe('(2 follow-up questions no longer apply for LAN: 2 questions in all now)');
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', dropped: 2, added: 0, total: 2 }, { title: 'Depot', dropped: 1, added: 0, total: 2 }, { title: 'Rail', dropped: 0, added: 0, total: 2 }])).toBe(
      '(Follow-up questions for each network segment changed: LAN 2 questions in all now, was 4; Depot 2 questions in all now, was 3)',
    );
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', dropped: 0, added: 0, total: 2 }])).toBeUndefined();
  });

  it('in the systems, a swap in one of them', () => {
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', dropped: 1, added: 1, total: 2 }])).toBe('(1 follow-up question no longer applies and 1 now applies for LAN: 2 questions in all now)');
    expect(systemsFollowUpLine('network segment', [{ title: 'LAN', dropped: 1, added: 1, total: 2 }, { title: 'Depot', dropped: 1, added: 0, total: 2 }])).toBe(
      '(Follow-up questions for each network segment changed: LAN: 1 follow-up question no longer applies and 1 now applies, 2 questions in all now; Depot 2 questions in all now, was 3)',
    );
  });
});
