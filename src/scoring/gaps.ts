import type { Waiver } from '../answers/types.js';
import { SEVERITIES, SEVERITY_FACTOR, type GapSeverity, type Questionnaire } from '../questionnaire/types.js';
import type { Gap, QuestionResult, WaiverResult } from './assessment.js';
import { exactScore } from './rate.js';
import { scopeKey } from './scope-key.js';

/** Whether a question's result is a gap: it counts towards the score and falls short of full marks. */
export const isGap = (q: Pick<QuestionResult, 'included' | 'score'>): boolean => q.included && (q.score ?? 0) < 1;

/** A waiver as the report shows it: active or expired on `today`, and whether it covers a gap; keyed by question and system. */
export function waiverResults(waivers: Waiver[], byKey: Map<string, QuestionResult>, today: string): Map<string, WaiverResult> {
  return new Map(
    waivers.map((w) => {
      const key = scopeKey(w.question, w.system ?? null);
      const q = byKey.get(key);
      return [
        key,
        {
          question: w.question,
          system: w.system ?? null,
          reason: w.reason,
          approvedBy: w.approvedBy ?? null,
          expires: w.expires,
          state: w.expires >= today ? 'active' : 'expired',
          coversGap: q !== undefined && isGap(q),
          location: w.location ?? null,
        },
      ];
    }),
  );
}

/**
 * Every included question scoring below 1, in every scope, by priority (SPEC "Scoring"): severity
 * factor × question weight × section weight × (1 − score), highest first, whatever the scope; ties
 * keep questionnaire order (then the systems' order). An outcome's gap lists the indicators still to
 * meet, with their comments.
 */
export function gapsOf(questionnaire: Questionnaire, questions: QuestionResult[], waivers: Map<string, WaiverResult>, systemTitles: Map<string, string> = new Map()): Gap[] {
  const sectionOf = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const gaps: Gap[] = questions
    .filter(isGap)
    .map((q) => {
      const section = sectionOf.get(q.section);
      const waiver = waivers.get(scopeKey(q.id, q.system)) ?? null;
      const unmet = new Set(q.outcome?.unmet ?? []);
      return {
        rank: 0,
        question: q.id,
        system: q.system,
        systemTitle: q.system === null ? null : (systemTitles.get(q.system) ?? q.system),
        text: q.text,
        section: q.section,
        sectionTitle: section?.title ?? q.section,
        severity: q.severity,
        // Kept to nine places like every score: 3 × (1 − 0.3) is 2.0999999999999996 in binary and
        // would rank below an equal 4 × (1 − 0.475) = 2.1, breaking "ties keep questionnaire order".
        priority: exactScore(SEVERITY_FACTOR[q.severity] * q.weight * (section?.weight ?? 1) * (1 - (q.score ?? 0))),
        score: q.score ?? 0,
        status: q.status,
        answer: q.answer,
        missing: (q.outcome?.indicators ?? []).filter((i) => unmet.has(i.id)).map((i) => ({ id: i.id, text: i.text, comment: i.comment })),
        remediation: q.remediation,
        references: q.references,
        blocking: q.blocking,
        owner: q.owner,
        accepted: waiver?.state === 'active',
        waiver,
        location: q.answerLocation ?? q.questionLocation,
      };
    })
    // Array.prototype.sort is stable, so ties keep questionnaire order.
    .sort((a, b) => b.priority - a.priority);
  // Ranked in place: these objects are new, and a copy of each gap only to set its rank cost time.
  gaps.forEach((gap, i) => {
    gap.rank = i + 1;
  });
  return gaps;
}

/** How many gaps there are of each severity. */
export function countBySeverity(gaps: readonly Gap[]): Record<GapSeverity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<GapSeverity, number>;
  for (const gap of gaps) counts[gap.severity]++;
  return counts;
}
