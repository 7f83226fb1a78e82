import type { AnswerValue, Question, Scalar } from '../types.js';
import { yamlWord } from '../../yaml/yaml-word.js';
import type { QuestionKind } from './kind.js';
import { checkOptions, labelOf, scoresOf, listedOption, no, ok, optionList, optionsTable, readValueAnswer, refuseForeign, shareAsIs, sharedOption, show, statusHint } from './shared.js';

function readChoice(question: Question, value: Scalar | Scalar[]) {
  if (Array.isArray(value)) return no(`"${question.id}" takes one answer, not a list`);
  const v = String(value);
  return question.options.some((o) => o.value === v) ? ok<AnswerValue>(v) : no(`${show(value)} is not an option of "${question.id}"; choose one of ${optionList(question.options)}${statusHint(value)}`);
}

/** One option from a list (a scale or its own options). */
export const choiceKind: QuestionKind = {
  type: 'choice',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['number', 'indicators']);
    return checkOptions(raw, ctx);
  },
  options: (raw, scales) => raw.options ?? (raw.scale !== undefined ? scales?.[raw.scale] : undefined) ?? [],
  scores: () => true,
  readAnswer: readValueAnswer(readChoice),
  listedValue: (question, options, value) => listedOption(options, question.id, String(value), value),
  sharedValue: (question, value) => sharedOption(question, value, 'option'),
  shareValue: shareAsIs,
  tallied: true,
  conditionVerb: 'is',
  matches: (value, listed) => value === String(listed),
  best(_raw, options) {
    const scores = scoresOf(options);
    return scores && { score: scores.reduce((most, score) => Math.max(most, score), 0), key: 'options', fix: 'give its best option score 1' };
  },
  score: (question, value) => question.options.find((o) => o.value === value)?.score ?? 0,
  describe: (question, value) => labelOf(question, String(value)),
  requirement(question, required) {
    const option = question.options.find((o) => o.value === String(required));
    return { score: option?.score ?? 0, label: option?.label ?? String(required) };
  },
  template: (q) => ({ body: [], hints: [`One of: ${q.options.map((o) => `${yamlWord(o.value)} (${o.label}${q.scored && o.score !== undefined ? `, scores ${String(Math.round(o.score * 100) / 100)}` : ''})`).join(' | ')}`] }),
  markdown: (q) => (q.options.length ? optionsTable(q, false) : []),
  prompt: () => ({ form: 'select' }),
};
