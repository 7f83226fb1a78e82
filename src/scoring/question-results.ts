import type { Answer, AnswerSet } from '../answers/types.js';
import { pastReview } from '../answers/past-review.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question, Questionnaire, Scope } from '../questionnaire/types.js';
import type { QuestionResult } from './assessment.js';
import { resolveApplicability } from './conditions.js';
import { outcomeResult } from './outcome-result.js';

/** The answer in words, as reports give it: option labels, the number and its unit, or the status. */
export function describeAnswer(question: Question, answer: Answer | undefined, notApplicable: boolean): string {
  if (notApplicable && !answer) return 'Not applicable';
  if (!answer) return 'Not answered';
  if (answer.status === 'unknown') return "Don't know";
  if (answer.status === 'not-applicable') return 'Not applicable';
  const words = answer.value === undefined ? 'Not answered' : kindOf(question).describe(question, answer.value);
  return answer.outcome && !answer.outcome.complete ? `${words} so far (not every indicator answered)` : words;
}

/** Which scope is being scored: its system (null for the organisation), its questions and what applies. */
export interface ResultScope {
  system: string | null;
  /** Only the questions of this scope; all when the questionnaire has no system sections. */
  only?: Scope;
  applies: Map<string, boolean> | undefined;
}

/**
 * One result per question, in questionnaire order: whether it applies (by condition or by answer),
 * whether it counts in the score, and its score as its kind says. Unknown, unanswered, not applicable
 * and (later) waived stay distinct. An outcome whose indicators are not all answered counts as
 * unanswered, but still carries the status its answers so far derive (SPEC, with --allow-incomplete).
 */
export function questionResults(questionnaire: Questionnaire, answers: AnswerSet, today: string, scope: ResultScope = { system: null, applies: undefined }): QuestionResult[] {
  const applies = scope.applies ?? resolveApplicability(questionnaire.questions, (id) => answers.answers.get(id));
  const only = scope.only;
  const results: QuestionResult[] = [];
  for (const question of questionnaire.questions.values()) {
    if (only && question.scope !== only) continue;
    const answer = answers.answers.get(question.id);
    const byCondition = applies.get(question.id) === false;
    const byAnswer = !byCondition && answer?.status === 'not-applicable';
    const incomplete = answer?.outcome !== undefined && !answer.outcome.complete;
    const status = byCondition || byAnswer ? 'not-applicable' : incomplete ? 'unanswered' : (answer?.status ?? 'unanswered');
    const included = question.scored && !byCondition && !byAnswer;
    const value = answer?.status === 'answered' ? answer.value : undefined;
    results.push({
      id: question.id,
      system: scope.system,
      section: question.sectionId,
      text: question.text,
      help: question.help ?? null,
      type: question.type,
      severity: question.severity,
      weight: question.weight,
      status,
      notApplicableBy: byCondition ? 'condition' : byAnswer ? 'answer' : null,
      included,
      value: value ?? null,
      answer: describeAnswer(question, byCondition ? undefined : answer, byCondition || byAnswer),
      score: included ? (value === undefined ? 0 : kindOf(question).score(question, value)) : null,
      outcome: byCondition || byAnswer ? null : outcomeResult(question, answer?.outcome),
      reason: answer?.reason ?? null,
      note: answer?.note ?? null,
      evidence: answer?.evidence ?? [],
      owner: answer?.owner ?? null,
      reviewBy: answer?.reviewBy ?? null,
      stale: pastReview(answer, today),
      remediation: question.remediation ?? null,
      references: question.references,
      blocking: question.blocking,
      answerLocation: answer?.location ?? answers.emptyEntries?.get(question.id) ?? null,
      questionLocation: question.location ?? null,
    });
  }
  return results;
}
