import { YES_NO_OPTIONS, yesNoValue, type Question, type Scalar , type AnswerValue } from '../types.js';
import { choiceKind } from './choice.js';
import type { QuestionKind } from './kind.js';
import { checkOptions, listedOption, no, ok, optionList, readValueAnswer, refuseForeign, show, statusHint } from './shared.js';

function readYesNo(question: Question, value: Scalar | Scalar[]) {
  if (Array.isArray(value)) return no(`"${question.id}" takes one answer, not a list`);
  const v = String(yesNoValue(value));
  return question.options.some((o) => o.value === v) ? ok<AnswerValue>(v) : no(`${show(value)} is not an option of "${question.id}"; choose one of ${optionList(question.options)}${statusHint(value)}`);
}

/** Yes or no (true and false too); `options:` may change their scores or labels, not their values. */
export const yesNoKind: QuestionKind = {
  ...choiceKind,
  type: 'yes-no',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['number', 'indicators']);
    const options = checkOptions(raw, ctx, YES_NO_OPTIONS);
    if (options && (raw.options !== undefined || raw.scale !== undefined)) {
      const values = options.map((o) => o.value).sort().join(',');
      if (values !== 'no,yes') ctx.error(raw.scale !== undefined ? `${ctx.pointer}/scale` : `${ctx.pointer}/options`, `the options of yes-no question "${raw.id}" must be exactly "yes" and "no"`);
    }
    return options;
  },
  options: (raw, scales) => raw.options ?? (raw.scale !== undefined ? scales?.[raw.scale] : undefined) ?? YES_NO_OPTIONS,
  // Yes scores 1 unless `options:` overrides its score, which is then written on purpose.
  best: undefined,
  readAnswer: readValueAnswer(readYesNo),
  listedValue: (question, options, value) => listedOption(options, question.id, String(yesNoValue(value)), value),
  requirement: (question, required) => choiceKind.requirement(question, yesNoValue(required)),
};
