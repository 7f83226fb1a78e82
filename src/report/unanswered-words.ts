import type { UnansweredCount } from '../scoring/unanswered-count.js';

/**
 * What a report says of unanswered questions that count in a score ("27 unanswered, scored as 0"),
 * or null when there are none: `trend`'s footnote to a version, and `diff`'s line under each side's
 * score. With no answer a question scores 0, but an outcome whose indicators are only partly
 * answered scores the status they give so far (SPEC "v2: questions answered by indicators"), which
 * "as 0" would misstate.
 */
export function unansweredWords(v: UnansweredCount): string | null {
  const n = v.unanswered;
  const p = v.partlyAnswered;
  if (n === 0) return null;
  const byIndicators = (k: number): string => `scored by the status ${k === 1 ? 'its' : 'their'} answered indicators give`;
  if (p === 0) return `${n} unanswered, scored as 0`;
  if (p === n) return `${n} unanswered, ${byIndicators(n)}`;
  return `${n} unanswered, scored as 0 but for ${p} partly answered outcome${p === 1 ? '' : 's'}, ${byIndicators(p)}`;
}
