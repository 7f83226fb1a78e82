import { kindOf } from '../questionnaire/kinds/index.js';
import type { Condition, Question, Scalar, Scope } from '../questionnaire/types.js';

export type { AnswerValue } from '../questionnaire/types.js';
import type { AnswerValue } from '../questionnaire/types.js';

/** What a condition can see of an earlier question. */
export type ConditionInput =
  | { state: 'value'; value: AnswerValue }
  | { state: 'unknown' }
  | { state: 'unanswered' }
  | { state: 'not-applicable' };

function matches(value: AnswerValue, list: Scalar[], question: Question | undefined): boolean {
  if (!question) return false;
  const kind = kindOf(question);
  return list.some((listed) => {
    const normal = kind.listedValue(question, question.options, listed, 'condition');
    return normal.ok && kind.matches(value, normal.value);
  });
}

/**
 * Whether a `when` holds. A condition on a question that is itself not applicable is false, so
 * follow-up questions drop out with it. "Don't know" is an answer that is none of the values
 * listed (SPEC: `in: [yes]` is "asked only then; else not applicable"), so `in` does not hold on it
 * and `notIn` does: a questionnaire that wants a follow-up asked while a risk cannot be ruled out
 * writes `notIn: [no]`. A question not answered yet leaves the condition holding, as undecided:
 * its follow-ups still count among the questions to answer.
 */
export function conditionHolds(condition: Condition, input: (id: string) => ConditionInput, questions: Map<string, Question>): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, input, questions));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, input, questions));
  const seen = input(condition.question);
  if (seen.state === 'not-applicable') return false;
  if (seen.state === 'unknown') return condition.in === undefined;
  if (seen.state !== 'value') return true;
  const question = questions.get(condition.question);
  if (condition.in !== undefined) return matches(seen.value, condition.in, question);
  return !matches(seen.value, condition.notIn ?? [], question);
}

/** What a condition sees of one answer: its value, or its state when it has none. */
export function conditionInputOf(answer: { status: string; value?: AnswerValue } | undefined): ConditionInput {
  if (!answer) return { state: 'unanswered' };
  if (answer.status === 'unknown') return { state: 'unknown' };
  if (answer.status === 'not-applicable') return { state: 'not-applicable' };
  return answer.value === undefined ? { state: 'unanswered' } : { state: 'value', value: answer.value };
}

/**
 * Resolving one scope of a questionnaire with systems: only its own questions, and for a system, the
 * organisation's applicability (an organisation question that does not apply hides its answer from
 * the system questions that depend on it, as within one scope).
 */
export interface ApplicabilityScope {
  only: Scope;
  outer?: Map<string, boolean>;
}

/**
 * Which questions apply, in one pass in questionnaire order: conditions only look backwards, so each
 * question's inputs are settled before it is reached. A question that does not apply hides its own
 * answer from the questions that depend on it.
 */
export function resolveApplicability(
  questions: Map<string, Question>,
  answerOf: (id: string) => { status: string; value?: AnswerValue } | undefined,
  scope?: ApplicabilityScope,
): Map<string, boolean> {
  const applies = new Map<string, boolean>();
  const input = applicabilityInput(applies, answerOf, scope?.outer);
  for (const question of questions.values()) {
    if (scope && question.scope !== scope.only) continue;
    applies.set(question.id, question.when === undefined || conditionHolds(question.when, input, questions));
  }
  return applies;
}

/** What conditions see of each question: its answer, or not applicable where the question does not apply. */
export function applicabilityInput(
  applies: Map<string, boolean>,
  answerOf: (id: string) => { status: string; value?: AnswerValue } | undefined,
  outer?: Map<string, boolean>,
): (id: string) => ConditionInput {
  return (id) => (applies.get(id) === false || outer?.get(id) === false ? { state: 'not-applicable' } : conditionInputOf(answerOf(id)));
}

/**
 * The questions whose answers make a condition false, each once, for messages: of `all`, only the
 * parts that fail (an `in: [yes]` answered yes is no reason); of `any`, every part, as all failed.
 */
export function unmetConditionQuestions(condition: Condition, input: (id: string) => ConditionInput, questions: Map<string, Question>): string[] {
  return [...new Set(unmetLeaves(condition, input, questions))];
}

function unmetLeaves(condition: Condition, input: (id: string) => ConditionInput, questions: Map<string, Question>): string[] {
  if (conditionHolds(condition, input, questions)) return [];
  if ('all' in condition) return condition.all.flatMap((c) => unmetLeaves(c, input, questions));
  if ('any' in condition) return condition.any.flatMap((c) => unmetLeaves(c, input, questions));
  return [condition.question];
}
