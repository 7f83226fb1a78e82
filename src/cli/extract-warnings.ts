import type { Diagnostic } from '../errors.js';
import type { Assessment } from '../scoring/assessment.js';
import { incompleteScoring } from './incomplete-words.js';
import { pluralNoun } from '../text/plural-noun.js';

/**
 * What a forum should know about an answers file made into an extract (by `share`, or by
 * `benchmark` reading it): shared all the same, because a forum would rather see an incomplete
 * return than none. `verb` says what happens to it: "shared" or "counted".
 */
export function extractWarnings(assessment: Assessment, file: string, verb: 'shared' | 'counted'): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const n = assessment.unanswered.length;
  if (n > 0) {
    warnings.push({ file, severity: 'warning', message: `${n} scored question${n === 1 ? ' has' : 's have'} no answer; ${verb} as "unanswered", scored ${incompleteScoring(assessment)}, as assess --allow-incomplete scores them` });
  }
  // A council that has named no critical system yet still has objectives A and D to compare: its
  // per-system sections have no score (not applicable, never 0), and its overall score is of the
  // organisation's sections alone. assess asks for the systems; a forum return need not wait for them.
  if (assessment.systemLabel !== null && assessment.systems.length === 0) {
    const label = assessment.systemLabel;
    const sections = assessment.sections.filter((s) => s.scope === 'system').length;
    warnings.push({ file, severity: 'warning', message: `lists no ${assessment.systemLabelPlural ?? pluralNoun(label)}; ${verb} with no score for the ${sections} section${sections === 1 ? '' : 's'} answered per ${label}, and an overall score of the organisation's sections alone` });
  }
  return warnings;
}
