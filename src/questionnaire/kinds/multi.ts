import type { AnswerValue, Option, Question, Scalar } from '../types.js';
import { choiceKind } from './choice.js';
import { yamlWord } from '../../yaml/yaml-word.js';
import type { QuestionKind } from './kind.js';
import { checkOptions, labelOf, no, scoresOf, ok, optionList, optionsTable, readValueAnswer, refuseForeign, show, statusHint } from './shared.js';

function readMulti(question: Question, value: Scalar | Scalar[]) {
  // SPEC: "a list for multi". One option without brackets was read as a list of it, which a
  // reader of SPEC takes for an answer that does not fit; the way to write it is said instead.
  if (!Array.isArray(value)) {
    const option = question.options.find((o) => o.value === String(value));
    return no(option ? `"${question.id}" takes a list of options, even of one: write [${yamlWord(option.value)}]` : `"${question.id}" takes a list of options, not ${show(value)}; choose from ${optionList(question.options)}${statusHint(value)}`);
  }
  const chosen: string[] = [];
  for (const item of value) {
    const v = String(item);
    if (!question.options.some((o) => o.value === v)) return no(`${show(item)} is not an option of "${question.id}"; choose from ${optionList(question.options)}${statusHint(item)}`);
    if (chosen.includes(v)) return no(`option "${v}" is chosen twice`);
    chosen.push(v);
  }
  const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.value));
  if (exclusive && chosen.length > 1) return no(`option "${exclusive.value}" cannot be combined with other options`);
  return ok<AnswerValue>(chosen);
}

/** The score of the chosen options: their sum, capped at 1. */
function scoreOf(chosen: readonly Option[]): number {
  const sum = chosen.reduce((total, o) => total + (o.score ?? 0), 0);
  // Rounded so that option scores such as 0.35 + 0.35 + 0.15 + 0.15 add up to exactly 1.
  return Math.min(1, Math.round(sum * 1e9) / 1e9);
}

/** Any of a list of options; the score is the sum of the chosen options' scores, capped at 1. */
export const multiKind: QuestionKind = {
  ...choiceKind,
  type: 'multi',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['number', 'indicators']);
    return checkOptions(raw, ctx, undefined, true);
  },
  readAnswer: readValueAnswer(readMulti),
  // share writes a list, even of one option: a lone value is not what it wrote.
  sharedValue: (question, value) => (Array.isArray(value) ? readMulti(question, value) : no(`"${question.id}" is answered with a list of options, not ${value === null ? 'no value' : show(value)}`)),
  conditionVerb: 'includes',
  matches: (value, listed) => Array.isArray(value) && value.includes(String(listed)),
  score: (question, value) => scoreOf(question.options.filter((o) => (value as string[]).includes(o.value))),
  // Every option that may be combined, or an exclusive one alone: scores are never below 0. With
  // fewer than two options that may be combined, no answer adds scores up: one option must score 1.
  best(_raw, options) {
    if (!options || !scoresOf(options)) return undefined;
    const alone = options.filter((o) => o.exclusive).reduce((most, o) => Math.max(most, scoreOf([o])), 0);
    const together = options.filter((o) => !o.exclusive);
    const fix = together.length > 1 ? 'make the scores of its options that may be chosen together add up to 1' : 'give its best option score 1';
    return { score: Math.max(alone, scoreOf(together)), key: 'options', fix };
  },
  describe: (question, value) => ((value as string[]).length ? (value as string[]).map((v) => labelOf(question, v)).join('; ') : 'None chosen'),
  template: (q) => ({ body: [], hints: [
    `A list of any of: ${q.options.map((o) => `${yamlWord(o.value)} (${o.label}${o.exclusive ? ', on its own' : ''})`).join(' | ')}`,
    `For example: [${((o) => (o ? yamlWord(o.value) : ''))(q.options.find((o) => !o.exclusive) ?? q.options[0])}]`,
  ] }),
  markdown: (q) => (q.options.length ? optionsTable(q, true) : []),
  prompt: () => ({ form: 'checkbox' }),
};
