import type { QuestionType } from '../types.js';
import { choiceKind } from './choice.js';
import type { QuestionKind } from './kind.js';
import { multiKind } from './multi.js';
import { numberKind } from './number.js';
import { outcomeKind } from './outcome.js';
import { textKind } from './text.js';
import { yesNoKind } from './yes-no.js';

/** Every kind of question, by its `type` (STYLE "Growing the model"). */
export const kinds = {
  choice: choiceKind,
  multi: multiKind,
  'yes-no': yesNoKind,
  number: numberKind,
  text: textKind,
  outcome: outcomeKind,
} satisfies Record<QuestionType, QuestionKind>;

export const kindOf = (question: { type: QuestionType }): QuestionKind => kinds[question.type];

/** The kind of a type named by a caller that holds it as a string; undefined for a name that is not one. */
export const kindNamed = (type: string): QuestionKind | undefined => (Object.hasOwn(kinds, type) ? kinds[type as QuestionType] : undefined);
