import { describe, expect, it } from 'vitest';
import { assessText, miniText, miniWith } from '../helpers/load.js';

// People type "Yes" as often as "yes": yes/no is read in any case in answers, conditions and profiles.
describe('yes/no in any case', () => {
  const answers = (cards: string): string =>
    miniWith(`owner: in-place\nbudget: YES\nnotes: none\ncards: ${cards}\npci: some\nservices: [dns]\npatch-days: 14\nhas-ot: No`);

  it.each(['yes', 'Yes', 'YES', 'yEs'])('reads "%s" as yes, and a condition on it holds', (word) => {
    const assessment = assessText(miniText(), answers(word));
    const pci = assessment.questions.find((q) => q.id === 'pci');
    expect(pci?.status).toBe('answered');
    expect(assessment.unanswered).toEqual([]);
  });

  it('reads a condition and a profile requirement written in capitals', () => {
    const questionnaire = miniText().replace('when: { question: cards, in: [yes] }', 'when: { question: cards, in: [Yes] }').replace('requires: { owner: in-place,', 'requires: { owner: in-place, budget: YES,');
    const assessment = assessText(questionnaire, answers('no'));
    const pci = assessment.questions.find((q) => q.id === 'pci');
    expect(pci?.status).toBe('not-applicable');
    const budget = assessment.profiles[0]?.requirements.find((r) => r.question === 'budget');
    expect(budget?.met).toBe(true);
  });
});
