import { countNoun } from '../text/plural-noun.js';
import type { Questionnaire } from './types.js';

/**
 * How many questions a questionnaire asks: the organisation's once, and those of system-scoped
 * sections once for each system. The CAF's 41 questions are 14 for the council and 27 for each
 * critical system, so a council with three systems answers 95: "41 questions" promised too few.
 */
export function questionCounts(questionnaire: Questionnaire): { organisation: number; perSystem: number } {
  let organisation = 0;
  let perSystem = 0;
  for (const question of questionnaire.questions.values()) {
    if (question.scope === 'system') perSystem++;
    else organisation++;
  }
  return { organisation, perSystem };
}

/** The count in words, wherever questionnaires are listed or offered: "139 questions", or "14 questions for the organisation, 27 for each critical system". */
export function questionCountWords(questionnaire: Questionnaire): string {
  const { organisation, perSystem } = questionCounts(questionnaire);
  if (perSystem === 0) return countNoun(organisation, 'question');
  return `${countNoun(organisation, 'question')} for the organisation, ${perSystem} for each ${questionnaire.systemLabel}`;
}
