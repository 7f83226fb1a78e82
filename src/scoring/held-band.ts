import { SEVERITIES, type GapSeverity, type Rating } from '../questionnaire/types.js';
import { bandHolds, openSeverities } from './rate.js';
import { listWords } from '../text/list-words.js';
import { tally } from '../text/count-words.js';

/** The bands a score reaches that its scope's open gaps rule out, each with those gaps in words. */
export interface HeldBands {
  /** From the band the score reaches down to the one given (or to the lowest, when none is given). */
  passed: { band: string; open: string }[];
}

/** A gap as the held band sees it: its severity, and whether a waiver accepts it (it still holds the band). */
type HeldGap = { severity: GapSeverity; accepted?: boolean };

/**
 * "one high gap is open", "one critical gap and two high gaps are open": the open gaps of the
 * severities a band names, a tally (count-words.ts). A waiver does not lift the band, but beside a
 * gate that passes ("no unwaived critical gap") a bare "open" reads as a contradiction, so waived
 * gaps are said as such: "one critical gap is open, under a waiver", "…, two of them under waivers",
 * "…, both under waivers".
 */
function openWords(noGapsOf: readonly GapSeverity[], gaps: readonly HeldGap[]): string {
  const named = new Set(noGapsOf);
  const held = gaps.filter((g) => named.has(g.severity));
  const counts = SEVERITIES.filter((s) => named.has(s)).map((s) => [s, held.filter((g) => g.severity === s).length] as const).filter(([, n]) => n > 0);
  const total = held.length;
  const waived = held.filter((g) => g.accepted === true).length;
  const t = tally([...counts.map(([, n]) => n), waived]);
  const parts = counts.map(([s, n]) => t.plural(n, `${s} gap`));
  const under = waived === 0 ? '' : waived === total ? (total === 1 ? ', under a waiver' : total === 2 ? ', both under waivers' : ', all under waivers') : `, ${t.word(waived)} of them under ${waived === 1 ? 'a waiver' : 'waivers'}`;
  return `${listWords(parts, 'and')} ${total === 1 ? 'is' : 'are'} open${under}`;
}

/**
 * When `noGapsOf` keeps the band the score reaches from being given: every band passed over on the
 * way down to the one given (or every band the score reaches, when none holds), each with the open
 * gaps that rule it out. Null when the score reaches no band or its band's conditions hold. `gaps`
 * are the scope's, as for rate().
 */
export function heldBandWords(score: number | null, ratings: readonly Pick<Rating, 'min' | 'label' | 'noGapsOf'>[], gaps: readonly HeldGap[]): HeldBands | null {
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
