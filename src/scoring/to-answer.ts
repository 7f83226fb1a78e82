import type { Questionnaire } from '../questionnaire/types.js';
import { resolveApplicability, type AnswerValue } from './conditions.js';

/**
 * The one meaning of "to answer" that validate, init, assess and the guided walk share: the
 * questions that apply given the answers so far. A condition on a question not yet answered
 * holds, so a blank file has every question to answer and the count can only fall as answers
 * rule follow-up questions out. Answering "not applicable" is an answer; an outcome is answered
 * when all its indicators are (or it is confirmed with a justification).
 */
export function countToAnswer(
  questionnaire: Questionnaire,
  answerOf: (id: string) => { status: string; value?: AnswerValue; outcome?: { complete: boolean } } | undefined,
): { toAnswer: number; answered: number; ruledOut: number } {
  const applies = resolveApplicability(questionnaire.questions, answerOf);
  let toAnswer = 0;
  let answered = 0;
  for (const question of questionnaire.questions.values()) {
    if (!applies.get(question.id)) continue;
    toAnswer++;
    // An outcome with indicators still open is not answered yet, as scoring counts it.
    const answer = answerOf(question.id);
    if (answer && answer.outcome?.complete !== false) answered++;
  }
  return { toAnswer, answered, ruledOut: questionnaire.questions.size - toAnswer };
}
