import type { Questionnaire } from '../questionnaire/types.js';
import type { Answers } from '../answers/types.js';
import { resolveApplicability, type AnswerValue, type ApplicabilityScope } from './conditions.js';

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
  scope?: ApplicabilityScope,
): { toAnswer: number; answered: number; ruledOut: number; applies: Map<string, boolean> } {
  const applies = resolveApplicability(questionnaire.questions, answerOf, scope);
  let toAnswer = 0;
  let answered = 0;
  let asked = 0;
  for (const question of questionnaire.questions.values()) {
    if (scope && question.scope !== scope.only) continue;
    asked++;
    if (!applies.get(question.id)) continue;
    toAnswer++;
    // An outcome with indicators still open is not answered yet, as scoring counts it.
    const answer = answerOf(question.id);
    if (answer && answer.outcome?.complete !== false) answered++;
  }
  return { toAnswer, answered, ruledOut: asked - toAnswer, applies };
}

/**
 * The same count over every scope of an answers file: the organisation's questions once, and the
 * system questions once for each system (each seeing the organisation's answers).
 */
export function countAnswers(questionnaire: Questionnaire, answers: Answers, options: { systemsOnly?: boolean } = {}): { toAnswer: number; answered: number; ruledOut: number } {
  if (!questionnaire.systemScoped) return countToAnswer(questionnaire, (id) => answers.answers.get(id));
  const org = countToAnswer(questionnaire, (id) => answers.answers.get(id), { only: 'organisation' });
  // A system's own file holds only that system's answers: the organisation's are not its to give.
  const total = options.systemsOnly ? { toAnswer: 0, answered: 0, ruledOut: 0 } : { toAnswer: org.toAnswer, answered: org.answered, ruledOut: org.ruledOut };
  for (const system of answers.systems) {
    const own = countToAnswer(questionnaire, (id) => system.answers.get(id) ?? answers.answers.get(id), { only: 'system', outer: org.applies });
    total.toAnswer += own.toAnswer;
    total.answered += own.answered;
    total.ruledOut += own.ruledOut;
  }
  return total;
}
