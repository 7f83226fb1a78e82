import { deriveStatus, everyIndicatorAnswered, type IndicatorValue } from '../questionnaire/outcome.js';
import type { Question } from '../questionnaire/types.js';
import type { Answer } from './types.js';

/**
 * An outcome's answer once one more of its statements is answered: what the answers file says after
 * that save, as reading it back would give it. The walk keeps this as the outcome's answer at each
 * statement, so a statement met again after "Back" out of the outcome and forward into it offers
 * the answer just given, not the one the outcome had when the walk last entered it.
 */
export function withIndicator(question: Question, before: Answer | undefined, indicator: string, value: IndicatorValue): Answer {
  const indicators = question.indicators ?? [];
  const saved = before?.outcome;
  const values = new Map(saved?.indicators ?? []);
  values.set(indicator, value);
  const derived = deriveStatus(indicators, values);
  const confirmed = saved?.confirmed;
  // SPEC: complete when every indicator has a value, or when confirmed with a justification.
  const complete = everyIndicatorAnswered(indicators, values) || (confirmed !== undefined && Boolean(saved?.justification?.trim()));
  return {
    ...(before ?? { evidence: [] }),
    question: question.id,
    status: 'answered',
    value: confirmed ?? derived,
    outcome: {
      indicators: values,
      comments: saved?.comments ?? new Map(),
      ...(confirmed !== undefined ? { confirmed } : {}),
      ...(saved?.justification !== undefined ? { justification: saved.justification } : {}),
      derived,
      complete,
    },
  };
}
