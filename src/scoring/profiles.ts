import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question, Questionnaire, Scalar } from '../questionnaire/types.js';
import type { ProfileRequirementResult, ProfileResult, QuestionResult } from './assessment.js';

/**
 * A requirement is met when the score reaches the required option's; not applicable counts as met.
 * A requirement on a system question must be met by every system: it is listed once per system, so
 * the report says which system falls short (SPEC "v2: critical systems").
 */
export function scoreProfile(profile: Questionnaire['profiles'][number], questionnaire: Questionnaire, resultsOf: Map<string, QuestionResult[]>): ProfileResult {
  const requirements: ProfileRequirementResult[] = Object.entries(profile.requires).flatMap(([id, required]) => {
    const question = questionnaire.questions.get(id) as Question;
    const { value, score: requiredScore, label: requiredLabel } = requirementOf(question, required);
    return (resultsOf.get(id) ?? []).map((result) => ({
      question: id,
      system: result.system,
      required: typeof value === 'number' ? value : String(value),
      requiredLabel,
      requiredScore,
      status: result.status,
      answer: result.answer,
      score: result.score,
      met: result.status === 'not-applicable' || (result.status === 'answered' && (result.score ?? 0) >= requiredScore),
    }));
  });
  const met = requirements.filter((r) => r.met).length;
  return { id: profile.id, title: profile.title ?? profile.id, passed: met === requirements.length, met, total: requirements.length, requirements };
}

/** A profile's requirement of a question, as its kind reads it: the value ("yes" for true), the score it needs and its label. */
export function requirementOf(question: Question, required: Scalar): { value: Scalar; score: number; label: string } {
  const kind = kindOf(question);
  const listed = kind.listedValue(question, question.options, required, 'profile');
  const value = listed.ok ? listed.value : required;
  return { value, ...kind.requirement(question, value) };
}
