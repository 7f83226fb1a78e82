import type { Question, Questionnaire } from '../questionnaire/types.js';
import type { ScopeId } from './assessment.js';

/** One question in one scope: the organisation (null) or a system. */
export interface AnswerScope {
  question: Question;
  system: ScopeId;
}

/**
 * Every scope each question is answered in, in the order results are listed (SPEC "v2: critical
 * systems"): the organisation's questions once, each system question once per system, side by side
 * in the order the systems are listed; every question once for the organisation when the
 * questionnaire has no system sections. scopeResults scores these and share writes an answer for
 * each, so an extract is checked for every one of them (share/extract-entries.ts).
 */
export function answerScopes(questionnaire: Questionnaire, systems: readonly string[]): AnswerScope[] {
  const scopes: AnswerScope[] = [];
  for (const question of questionnaire.questions.values()) {
    if (!questionnaire.systemScoped || question.scope === 'organisation') scopes.push({ question, system: null });
    else for (const system of systems) scopes.push({ question, system });
  }
  return scopes;
}
