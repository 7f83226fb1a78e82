import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { answersFromText, assessText, loadQuestionnaireText, miniText, miniWith } from '../helpers/load.js';

describe('answers that are accepted with a warning', () => {
  const mini = loadQuestionnaireText(miniText(), 'mini.yaml');
  const warningsOf = (text: string): string[] => {
    const { answers, diagnostics } = answersFromText(text, mini, 'a.yaml');
    expect(answers).toBeDefined();
    return diagnostics.map(formatDiagnostic);
  };

  it('ignores, with a warning, an answer to a question whose condition is false', () => {
    const text = miniWith('cards: no\npci: all');
    expect(warningsOf(text)).toEqual(['a.yaml:4:3: warning: answer to "pci" is ignored: the question does not apply given the answer to "cards"']);
    expect(answersFromText(text, mini).answers?.answers.has('pci')).toBe(false);
  });

  it('warns when the answers are for another minor version, but not another patch', () => {
    expect(warningsOf('questionnaire: mini\nquestionnaireVersion: 1.1.0\n')).toEqual([
      'a.yaml:2:23: warning: these answers are for version 1.1.0, but the questionnaire is version 1.2.0; check for new or changed questions',
    ]);
    expect(warningsOf('questionnaire: mini\nquestionnaireVersion: 1.2.7\n')).toEqual([]);
  });

  it('warns about a waiver for a question without a gap', () => {
    const r = assessText(miniText(), miniWith('budget: yes', 'waivers:\n  - { question: budget, reason: r, expires: 2027-01-01 }\n'));
    expect(r.warnings).toEqual([{ file: 'a.yaml', line: 5, column: 5, message: 'waiver for "budget" covers no gap: the question is met or does not count' }]);
  });

  it('accepts extension keys starting with x- and a $schema key', () => {
    expect(warningsOf('$schema: ./answers.schema.json\nx-team: digital\nquestionnaire: mini\nanswers:\n  budget: { value: yes, x-ticket: ABC-1 }\n')).toEqual([]);
  });
});
