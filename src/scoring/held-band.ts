import { SEVERITIES, type GapSeverity, type Rating } from '../questionnaire/types.js';
import { bandHolds, openSeverities } from './rate.js';

/**
 * When a band's `noGapsOf` keeps the score's band from being given: that band's label and the gaps
 * that hold it back, in words ("1 high gap is open", "1 critical gap and 2 high gaps are open").
 * Null when the score reaches no band or its band's conditions hold. `gaps` are the scope's, as
 * for rate(); the band given instead is the rating itself.
 */
export function heldBandWords(score: number | null, ratings: readonly Pick<Rating, 'min' | 'label' | 'noGapsOf'>[], gaps: readonly { severity: GapSeverity }[]): { band: string; open: string } | null {
  if (score === null) return null;
  const band = ratings.find((r) => score >= r.min);
  if (!band?.noGapsOf || bandHolds(band, openSeverities(gaps))) return null;
  const named = new Set(band.noGapsOf);
  const counts = SEVERITIES.filter((s) => named.has(s)).map((s) => [s, gaps.filter((g) => g.severity === s).length] as const).filter(([, n]) => n > 0);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const parts = counts.map(([s, n]) => `${n} ${s} gap${n === 1 ? '' : 's'}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return { band: band.label, open: `${list} ${total === 1 ? 'is' : 'are'} open` };
}
