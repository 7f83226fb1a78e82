import type { Assessment } from '../scoring/assessment.js';
import { heldBandWords } from '../scoring/held-band.js';
import { listWords } from '../text/list-words.js';

type Held = Pick<Assessment, 'sections' | 'systems' | 'gaps' | 'ratings'>;

/** "Malware protection, not Likely to pass (one high gap is open)": a row and the bands its gaps rule out. */
function rowWords(title: string, score: number | null, gaps: Assessment['gaps'], ratings: Assessment['ratings']): string | null {
  const held = heldBandWords(score, ratings, gaps);
  // Listed as the overall's line lists them (held-summary.ts): "Top (…), Middle (…) or Bottom (…)".
  return held ? `${title}, not ${listWords(held.passed.map((p) => `${p.band} (${p.open})`))}` : null;
}

const sentence = (rows: (string | null)[], whose = ''): string | null => {
  const named = rows.filter((r): r is string => r !== null);
  return named.length ? `Rated lower than ${named.length === 1 ? 'its score' : 'their scores'} alone would give, because of open gaps${whose}: ${named.join('; ')}.` : null;
};

/**
 * The sections whose rating a band's `noGapsOf` holds below the band their score reaches, in one
 * sentence for under the section table; null when none is. A section's gaps are its own, in every
 * system for a section answered once per system, as its rating is worked out.
 */
export const heldSections = (a: Held): string | null => sentence(a.sections.map((s) => rowWords(s.title, s.score, a.gaps.filter((g) => g.section === s.id), a.ratings)));

/**
 * The same for critical systems, for under the systems' table: a system is rated with its own gaps
 * and the organisation's, as its rating is worked out.
 */
export const heldSystems = (a: Held): string | null =>
  sentence(
    a.systems.map((x) => rowWords(x.title ?? x.id, x.score, a.gaps.filter((g) => g.system === null || g.system === x.id), a.ratings)),
    a.sections.some((s) => s.scope === 'organisation') ? ", the organisation's counted with each system's own" : '',
  );
