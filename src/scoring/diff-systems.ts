import type { Assessment, QuestionResult, RatingResult, SystemResult } from './assessment.js';
import { exactScore } from './rate.js';
import { countUnanswered, type UnansweredCount } from './unanswered-count.js';

export interface ScoreChange {
  old: number | null;
  new: number | null;
  delta: number | null;
}

export const scoreChange = (oldScore: number | null, newScore: number | null): ScoreChange => ({
  old: oldScore,
  new: newScore,
  // Kept to nine places as the scores are: 50.03 - 50.76 is -0.7272139620000004 in binary.
  delta: oldScore !== null && newScore !== null ? exactScore(newScore - oldScore) : null,
});

/** A section between two assessments: its score, and its rating before and after (null where it had none or did not apply). */
export type SectionChange = { id: string; title: string; oldRating: RatingResult | null; newRating: RatingResult | null } & ScoreChange;

/** One system between two assessments: its own overall, ratings, gaps and sections, before and after. */
export interface SystemChange extends ScoreChange {
  id: string;
  /** The title it has now (before, for a removed system). */
  title: string;
  /**
   * Its title in the earlier file, where it is kept under the same id with another title; else
   * null. Matched by id it is the same system, but a reviewer should see what it was called.
   */
  oldTitle: string | null;
  /** added: only in the later file; removed: only in the earlier; kept: in both. */
  status: 'added' | 'removed' | 'kept';
  oldRating: RatingResult | null;
  newRating: RatingResult | null;
  /** Its gaps (waived or not) before and after; null on the side it is missing from. */
  gaps: { old: number | null; new: number | null };
  /**
   * Its own questions left unanswered before and after, scored as 0 but for those in
   * `partlyAnswered`; null on the side it is missing from. The organisation's, which count in its
   * score too, are in the diff's `old` and `new`.
   */
  unanswered: { old: number | null; new: number | null };
  /** Of those, outcomes whose indicators are partly answered, scored by the status those give. */
  partlyAnswered: { old: number | null; new: number | null };
  /** Its system-scoped sections, scored for it alone. */
  sections: SectionChange[];
}

/** A system's side of a count, from its own question results; null where the system is not in that file. */
type Counts = (system: SystemResult | undefined) => UnansweredCount | null;

function systemChange(o: SystemResult | undefined, n: SystemResult | undefined, oldCounts: Counts, newCounts: Counts): SystemChange {
  const base = (n ?? o)!;
  const [was, now] = [oldCounts(o), newCounts(n)];
  const oldSections = new Map((o?.sections ?? []).map((s) => [s.id, s]));
  const newSections = new Map((n?.sections ?? []).map((s) => [s.id, s]));
  const ids = [...new Set([...newSections.keys(), ...oldSections.keys()])];
  return {
    id: base.id,
    title: base.title,
    oldTitle: o && n && o.title !== n.title ? o.title : null,
    status: o && n ? 'kept' : n ? 'added' : 'removed',
    ...scoreChange(o?.score ?? null, n?.score ?? null),
    oldRating: o?.rating ?? null,
    newRating: n?.rating ?? null,
    gaps: { old: o ? o.summary.gaps : null, new: n ? n.summary.gaps : null },
    unanswered: { old: was?.unanswered ?? null, new: now?.unanswered ?? null },
    partlyAnswered: { old: was?.partlyAnswered ?? null, new: now?.partlyAnswered ?? null },
    sections: ids.map((id) => {
      const s = (newSections.get(id) ?? oldSections.get(id))!;
      return { id, title: s.title, ...scoreChange(oldSections.get(id)?.score ?? null, newSections.get(id)?.score ?? null), oldRating: oldSections.get(id)?.rating ?? null, newRating: newSections.get(id)?.rating ?? null };
    }),
  };
}

/**
 * Every system of either assessment, matched by id: those of the later file in its order (kept
 * or added), then those only the earlier file had (removed), in its order. A system whose id
 * changed reads as one removed and one added; a changed title is the same system.
 */
export function diffSystems(before: Assessment, after: Assessment): SystemChange[] {
  const oldById = new Map(before.systems.map((s) => [s.id, s]));
  const newIds = new Set(after.systems.map((s) => s.id));
  // Each assessment's results grouped by system once, not filtered again for every system.
  const counts = (a: Assessment): Counts => {
    const bySystem = new Map<string, QuestionResult[]>();
    for (const q of a.questions) {
      if (q.system === null) continue;
      const own = bySystem.get(q.system);
      if (own) own.push(q);
      else bySystem.set(q.system, [q]);
    }
    return (system) => (system === undefined ? null : countUnanswered(bySystem.get(system.id) ?? []));
  };
  const [oldCounts, newCounts] = [counts(before), counts(after)];
  return [
    ...after.systems.map((n) => systemChange(oldById.get(n.id), n, oldCounts, newCounts)),
    ...before.systems.filter((o) => !newIds.has(o.id)).map((o) => systemChange(o, undefined, oldCounts, newCounts)),
  ];
}
