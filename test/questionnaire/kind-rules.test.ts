// Rules of SPEC "The questionnaire format" per question kind that no other test pinned: each case
// below was found by changing one check in src/questionnaire (a mutation) and seeing every test
// still pass. Each is one small questionnaire and the exact FILE:LINE:COL errors it gives.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { questionnaireFromText } from '../helpers/load.js';

/** A questionnaire with one section of the given questions (YAML lines, indented by the caller as list items). */
const questionnaire = (questions: string, top = ''): string =>
  `id: rules\nversion: 1.0.0\ntitle: Rules\n${top}sections:\n  - id: s\n    title: S\n    questions:\n${questions.replace(/^/gm, '      ')}\n`;

const errorsOf = (text: string): string[] => questionnaireFromText(text, 'q.yaml').diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

describe('number questions', () => {
  it('take "min" equal to "max" (one allowed answer), and refuse "min" above "max" at "min"', () => {
    expect(errorsOf(questionnaire('- { id: n, text: N, type: number, min: 5, max: 5 }'))).toEqual([]);
    expect(errorsOf(questionnaire('- { id: n, text: N, type: number, min: 6, max: 5 }'))).toEqual(['q.yaml:8:46: "min" (6) is greater than "max" (5)']);
  });

  it('with "min" above "max", are refused there alone: a value named by a condition is not also "outside" a range no answer has', () => {
    const text = questionnaire('- { id: n, text: N, type: number, min: 400, max: 365, bands: [{ score: 1 }] }\n- { id: t, text: T, type: text, when: { question: n, in: [7] } }');
    expect(errorsOf(text)).toEqual(['q.yaml:8:46: "min" (400) is greater than "max" (365)']);
  });
});

describe('options', () => {
  it('of a question with weight 0 need no scores; of a scored one they do', () => {
    expect(errorsOf(questionnaire('- { id: c, text: C, type: choice, weight: 0, options: [{ value: a, label: A }] }'))).toEqual([]);
    expect(errorsOf(questionnaire('- { id: c, text: C, type: choice, options: [{ value: a, label: A }] }'))).toEqual([
      'q.yaml:8:51: option "a" needs a score from 0 to 1 because question "c" is scored',
    ]);
  });

  it('may be "exclusive" only in a multi question', () => {
    expect(errorsOf(questionnaire('- { id: c, text: C, type: choice, options: [{ value: a, label: A, score: 1, exclusive: true }] }'))).toEqual([
      'q.yaml:8:83: "exclusive" only applies to multi questions',
    ]);
  });

  it('of a yes-no question from a scale must still be exactly yes and no', () => {
    const text = questionnaire('- { id: y, text: Y, type: yes-no, scale: ab }', 'scales:\n  ab: [{ value: a, label: A, score: 1 }, { value: b, label: B, score: 0 }]\n');
    expect(errorsOf(text)).toEqual(['q.yaml:10:48: the options of yes-no question "y" must be exactly "yes" and "no"']);
  });
});

describe('outcome questions', () => {
  it('need at least one achieved indicator', () => {
    const text = questionnaire('- id: o\n  text: O\n  type: outcome\n  indicators:\n    not-achieved: [{ id: X.1, text: x }]\n    achieved: []');
    expect(errorsOf(text)).toEqual(['q.yaml:12:11: outcome question "o" needs at least one "achieved" indicator']);
  });
});

describe('"blocking" and profiles on questions that are not scored', () => {
  it('refuse "blocking" on a question with weight 0', () => {
    expect(errorsOf(questionnaire('- { id: c, text: C, type: yes-no, weight: 0, blocking: true }'))).toEqual([
      'q.yaml:8:52: "blocking" only applies to scored questions, and "c" is not: it has weight 0, so it is not scored',
    ]);
  });

  it('refuse a profile that requires a question with weight 0', () => {
    const text = questionnaire('- { id: c, text: C, type: yes-no, weight: 0 }', 'profiles:\n  - { id: p, title: P, requires: { c: yes } }\n');
    expect(errorsOf(text)).toEqual(['q.yaml:5:36: profile "p" requires "c", which is not scored']);
  });
});

describe('conditions', () => {
  it('need "in" or "notIn"', () => {
    const text = questionnaire('- { id: a, text: A, type: yes-no }\n- { id: b, text: B, type: yes-no, when: { question: a } }');
    expect(errorsOf(text)).toEqual(['q.yaml:9:47: the condition on "a" needs "in" or "notIn"']);
  });
});
