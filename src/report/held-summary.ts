import type { Assessment } from '../scoring/assessment.js';
import { heldBandWords } from '../scoring/held-band.js';
import { listWords } from '../text/list-words.js';

/**
 * The line that explains a rating below the band the score reaches, when that band needs some gaps
 * closed (`noGapsOf`) and they are open: "Rated Close: fix the gaps first, not Likely to pass: one
 * high gap is open." Every band passed over is named with its gaps ("Rated Bottom, not Top (one
 * critical gap is open) or Middle (one medium gap is open)."), so a reader sees why each was skipped.
 * Plain text, as capSummary's: each reporter escapes it. With automatic fails capping the rating as
 * well, it speaks of the rating before the cap. Null otherwise.
 */
export function heldSummary(a: Pick<Assessment, 'overall' | 'ratings' | 'gaps'>): string | null {
  const held = heldBandWords(a.overall.score, a.ratings, a.gaps);
  if (!held) return null;
  const given = (a.overall.cap ? a.overall.cap.uncappedRating : a.overall.rating)?.label;
  const rated = given === undefined ? 'No rating' : a.overall.cap ? `Without the cap, rated ${given}` : `Rated ${given}`;
  const [first, ...rest] = held.passed;
  if (!first) return null;
  if (!rest.length) return `${rated}, not ${first.band}: ${first.open}.`;
  return `${rated}, not ${listWords(held.passed.map((p) => `${p.band} (${p.open})`))}.`;
}

/**
 * The same reason in a few words, for the one-screen summary's closing score line, which must stay
 * its last line but one at most (SPEC "v2: reports": it ends with the score, rating and gates):
 * "not Ready: one critical gap is open"; with several bands passed over, each with its gaps in turn,
 * "not Top: one critical gap is open; not Middle: …" (no brackets inside the line's own). Null where
 * heldSummary is, and under a cap, whose own words on that line already say why the rating is lower.
 */
export function heldNote(a: Pick<Assessment, 'overall' | 'ratings' | 'gaps'>): string | null {
  if (a.overall.cap) return null;
  const held = heldBandWords(a.overall.score, a.ratings, a.gaps);
  if (!held?.passed.length) return null;
  return held.passed.map((p) => `not ${p.band}: ${p.open}`).join('; ');
}
