// A reply typed in the guided walk is read as the answers file reads the same value: the kind's own
// readAnswer decides, so the walk never saves what `validate` and `assess` would then refuse (exit 2
// after the walk). The prompters say the message and ask again; the interview checks once more
// before it records, for a prompter that did not.
import { kindOf } from '../questionnaire/kinds/index.js';
import type { Checked } from '../questionnaire/kinds/kind.js';
import type { AnswerValue, Question } from '../questionnaire/types.js';

/** The typed value in the kind's normal form, or the kind's own words for what is wrong with it. */
export function checkReply(question: Question, value: AnswerValue): Checked<AnswerValue> {
  let message: string | undefined;
  const report = { error: (_pointer: string, said: string) => void (message ??= said), warn: () => undefined };
  const read = kindOf(question).readAnswer(question, { value }, { entry: '', value: '' }, report);
  if (read === 'invalid' || read === 'empty') return { ok: false, message: message ?? `"${question.id}" takes no such answer` };
  return { ok: true, value: read.value };
}
