import type { AnswerValue, Question, Scalar } from '../types.js';
import type { QuestionKind } from './kind.js';
import { no, ok, readValueAnswer, refuseForeign } from './shared.js';

const readText = (question: Question, value: Scalar | Scalar[]) => (Array.isArray(value) ? no(`"${question.id}" takes text, not a list`) : ok<AnswerValue>(String(value)));

/** Free text: recorded and shown, never scored. */
export const textKind: QuestionKind = {
  type: 'text',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['options', 'number', 'indicators']);
    return undefined;
  },
  options: () => [],
  scores: () => false,
  unscored: 'text questions are never scored',
  readAnswer: readValueAnswer(readText),
  // Its answer is the council's own words, which never leave it (SPEC "v2: sharing"): no shareValue,
  // so share writes null.
  sharedValue: (question, value) => (value === null ? ok(null) : no(`"${question.id}" is a text question, whose answer is never shared: its value must be null`)),
  tallied: false,
  conditionVerb: 'is',
  freeText: true,
  listedValue: (question, _options, value) => (typeof value === 'string' ? ok(value) : no(`"${question.id}" is a text question, so the condition needs text`)),
  matches: (value, listed) => value === listed,
  score: () => 0,
  describe: (_question, value) => String(value),
  requirement: () => ({ score: 1, label: '' }),
  template: () => ({ hints: ['Free text (not scored)'], body: [] }),
  markdown: () => [],
  prompt: () => ({ form: 'text' }),
};
