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

/**
 * The counts in words: "139 questions", "14 questions for the organisation, 27 for each critical
 * system", or, with none for the organisation, "6 questions for each depot site" (not "0 questions
 * for the organisation, 6 for each depot site").
 */
export function countWords(organisation: number, perSystem: number, label: string, joiner = ', '): string {
  if (perSystem === 0) return countNoun(organisation, 'question');
  if (organisation === 0) return `${countNoun(perSystem, 'question')} for each ${label}`;
  return `${countNoun(organisation, 'question')} for the organisation${joiner}${perSystem} for each ${label}`;
}

/** The count in words, wherever questionnaires are listed or offered (countWords). */
export function questionCountWords(questionnaire: Questionnaire): string {
  const { organisation, perSystem } = questionCounts(questionnaire);
  return countWords(organisation, perSystem, questionnaire.systemLabel);
}
