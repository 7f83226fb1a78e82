import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question, Questionnaire } from '../questionnaire/types.js';
import type { ProfileResult, QuestionResult } from './assessment.js';

/** A requirement is met when the score reaches the required option's; not applicable counts as met. */
export function scoreProfile(profile: Questionnaire['profiles'][number], questionnaire: Questionnaire, results: Map<string, QuestionResult>): ProfileResult {
  const requirements = Object.entries(profile.requires).map(([id, required]) => {
    const question = questionnaire.questions.get(id) as Question;
    const result = results.get(id) as QuestionResult;
    const kind = kindOf(question);
    const listed = kind.listedValue(question, question.options, required, 'profile');
    const value = listed.ok ? listed.value : required;
    const { score: requiredScore, label: requiredLabel } = kind.requirement(question, value);
    const met = result.status === 'not-applicable' || (result.status === 'answered' && (result.score ?? 0) >= requiredScore);
    return {
      question: id,
      required: typeof value === 'number' ? value : String(value),
      requiredLabel,
      requiredScore,
      status: result.status,
      answer: result.answer,
      score: result.score,
      met,
    };
  });
  const met = requirements.filter((r) => r.met).length;
  return { id: profile.id, title: profile.title ?? profile.id, passed: met === requirements.length, met, total: requirements.length, requirements };
}

