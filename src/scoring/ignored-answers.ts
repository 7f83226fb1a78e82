// Answers the file gives to questions that a `when` rules out: set aside while loading (with a
// warning), and said in the assessment beside the not-applicable entry, so that a file that
// contradicts itself is in front of whoever reads the report, not only on standard error.
import type { Answers } from '../answers/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { IgnoredAnswer, ScopeId } from './assessment.js';
import { describeAnswer } from './question-results.js';

/** The answer set aside for a question in a scope, in words; undefined when the file gives none. */
export function ignoredAnswerOf(questionnaire: Questionnaire, answers: Answers): (question: string, system: ScopeId) => IgnoredAnswer | undefined {
  const sets = new Map(answers.systems.map((s) => [s.id, s]));
  return (question, system) => {
    const set = system === null ? answers : sets.get(system);
    const found = set?.ignored?.get(question);
    const q = questionnaire.questions.get(question);
    if (!found || !q) return undefined;
    return { answer: describeAnswer(q, found.answer, false), because: found.because };
  };
}
