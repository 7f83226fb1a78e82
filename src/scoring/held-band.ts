import { SEVERITIES, type GapSeverity, type Rating } from '../questionnaire/types.js';
import { bandHolds, openSeverities } from './rate.js';
import { listWords } from '../text/list-words.js';
import { tally } from '../text/count-words.js';

/** The bands a score reaches that its scope's open gaps rule out, each with those gaps in words. */
export interface HeldBands {
  /** From the band the score reaches down to the one given (or to the lowest, when none is given). */
  passed: { band: string; open: string }[];
}

/** "one high gap is open", "one critical gap and two high gaps are open": the open gaps of the severities a band names, a tally (count-words.ts). */
function openWords(noGapsOf: readonly GapSeverity[], gaps: readonly { severity: GapSeverity }[]): string {
  const named = new Set(noGapsOf);
  const counts = SEVERITIES.filter((s) => named.has(s)).map((s) => [s, gaps.filter((g) => g.severity === s).length] as const).filter(([, n]) => n > 0);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const t = tally(counts.map(([, n]) => n));
  const parts = counts.map(([s, n]) => t.plural(n, `${s} gap`));
  return `${listWords(parts, 'and')} ${total === 1 ? 'is' : 'are'} open`;
}

/**
 * When `noGapsOf` keeps the band the score reaches from being given: every band passed over on the
 * way down to the one given (or every band the score reaches, when none holds), each with the open
 * gaps that rule it out. Null when the score reaches no band or its band's conditions hold. `gaps`
 * are the scope's, as for rate().
 */
export function heldBandWords(score: number | null, ratings: readonly Pick<Rating, 'min' | 'label' | 'noGapsOf'>[], gaps: readonly { severity: GapSeverity }[]): HeldBands | null {
  if (score === null) return null;
  const open = openSeverities(gaps);
  const passed: HeldBands['passed'] = [];
  for (const band of ratings) {
    if (score < band.min) continue;
    if (bandHolds(band, open)) break;
    passed.push({ band: band.label, open: openWords(band.noGapsOf ?? [], gaps) });
  }
  return passed.length ? { passed } : null;
}
