import type { Questionnaire } from '../questionnaire/types.js';
import { answerScopes } from '../scoring/answer-scopes.js';
import { sectionResults } from '../scoring/section-results.js';

/** One answer's place in an extract: its question, for the organisation (null) or a system. */
export interface AnswerEntry {
  question: string;
  system: string | null;
}

/** The entries share writes: the ids of `sections`, of each system's `sections`, and each answer's place. */
export interface ExtractEntries {
  sections: string[];
  systemSections: Map<string, string[]>;
  answers: AnswerEntry[];
}

/**
 * The entries `share` writes for an assessment of this questionnaire with these systems, from the
 * code that scores it (toExtract writes one entry per result): a score for every section
 * (sectionResults' `sections`, null where none of its questions apply), each system's score for
 * every section answered per system (its `bySystem`), and an answer for every question in every
 * scope it is answered in (answerScopes, as scopeResults lists them, "unanswered" or not applicable
 * where there is none). Scores play no part: only which entries there are.
 */
export function extractEntries(questionnaire: Questionnaire, systems: readonly string[]): ExtractEntries {
  const { sections, bySystem } = sectionResults(questionnaire, [], systems);
  return {
    sections: sections.map((s) => s.id),
    systemSections: new Map([...bySystem].map(([id, own]) => [id, own.map((s) => s.id)])),
    answers: answerScopes(questionnaire, systems).map(({ question, system }) => ({ question: question.id, system })),
  };
}
