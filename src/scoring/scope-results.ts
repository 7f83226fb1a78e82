import type { Answers } from '../answers/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { QuestionResult } from './assessment.js';
import { answerScopes } from './answer-scopes.js';
import { resolveApplicability } from './conditions.js';
import { questionResults } from './question-results.js';

/**
 * Every question's result in every scope it is answered in (SPEC "v2: critical systems"): the
 * organisation's questions once, each system question once per system, seeing the organisation's
 * answers through its conditions. Listed in questionnaire order, a system question's results side by
 * side in the order the systems are listed, so that ties between gaps keep questionnaire order.
 */
export function scopeResults(questionnaire: Questionnaire, answers: Answers, today: string): QuestionResult[] {
  if (!questionnaire.systemScoped) return questionResults(questionnaire, answers, today);
  const orgApplies = resolveApplicability(questionnaire.questions, (id) => answers.answers.get(id), { only: 'organisation' });
  const organisation = new Map(questionResults(questionnaire, answers, today, { system: null, only: 'organisation', applies: orgApplies }).map((r) => [r.id, r]));
  const systems = new Map(
    answers.systems.map((system) => {
      const applies = resolveApplicability(questionnaire.questions, (id) => system.answers.get(id) ?? answers.answers.get(id), { only: 'system', outer: orgApplies });
      return [system.id, new Map(questionResults(questionnaire, system, today, { system: system.id, only: 'system', applies }).map((r) => [r.id, r]))];
    }),
  );
  return answerScopes(
    questionnaire,
    answers.systems.map((s) => s.id),
  ).map(({ question, system }) => (system === null ? organisation : systems.get(system))?.get(question.id) as QuestionResult);
}
