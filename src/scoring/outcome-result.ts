import type { OutcomeAnswer } from '../questionnaire/kinds/kind.js';
import { contradictionsOf, statusRank, unmetIndicators } from '../questionnaire/outcome.js';
import type { Question } from '../questionnaire/types.js';
import type { OutcomeResult } from './assessment.js';

/**
 * What a report shows of an outcome answer: every indicator with its answer and comment, the derived
 * and confirmed statuses, contradictions, and the indicators still to meet (the concrete to-do list).
 */
export function outcomeResult(question: Question, answer: OutcomeAnswer | undefined): OutcomeResult | null {
  const indicators = question.indicators;
  if (!indicators) return null;
  const values = answer?.indicators ?? new Map();
  const comments = answer?.comments ?? new Map<string, string>();
  const derived = answer?.derived ?? 'not-achieved';
  const confirmed = answer?.confirmed ?? null;
  return {
    derived,
    confirmed,
    justification: answer?.justification ?? null,
    confirmedAbove: confirmed !== null && statusRank(confirmed) > statusRank(derived),
    withoutIndicators: answer !== undefined && values.size === 0,
    complete: answer?.complete ?? false,
    indicators: indicators.map((i) => ({ id: i.id, column: i.column, text: i.text, value: values.get(i.id) ?? null, comment: comments.get(i.id) ?? null })),
    contradictions: contradictionsOf(indicators, values, derived).map((i) => i.id),
    // "Below partial" (SPEC) of the higher of the statuses: an outcome confirmed partially achieved
    // above its statements has only its achieved ones left to meet, and one confirmed below what its
    // statements show lists what they lack, as if it were not confirmed (not the partially-achieved
    // ones, whose meeting would change nothing: the assessor's view is what holds it).
    unmet: unmetIndicators(indicators, values, confirmed !== null && statusRank(confirmed) > statusRank(derived) ? confirmed : derived).map((i) => i.id),
  };
}
