import type { Assessment, Gap, GateResult } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';

/**
 * Why a gap stops the assessment whatever its waiver says, or null when it does not: it makes a
 * requested gate fail (a `--profile` counts waived gaps, as the score does), or it is an automatic
 * fail, whose cap on the rating no waiver lifts (SPEC "v2: automatic fails"). The CI formats show
 * such a gap as blocking, not as an accepted risk, so that a red job is never explained only by
 * results that a code-scanning or code-quality view has hidden. The board papers use the same rule
 * for what they call an accepted risk, naming the gate in their own words (`title`).
 */
export function gateStops(a: Assessment, title: (gate: GateResult) => string = (gate) => gate.title): (g: Gap) => string | null {
  const failing = new Map<string, string>();
  for (const gate of a.gates) {
    if (gate.passed) continue;
    for (const f of gate.failures) {
      if (f.question === null) continue; // --min-score fails as a whole, on no one gap
      const key = scopeKey(f.question, f.system);
      // The first failed gate names the reason; a gap that fails two is shown once.
      if (!failing.has(key)) failing.set(key, failsGate(title(gate)));
    }
  }
  return (g) => failing.get(scopeKey(g.question, g.system)) ?? (g.blocking ? 'a waiver does not lift the cap on the rating' : null);
}

/** Why a waived gap still stops the assessment, when a gate is the reason: `stop` for waiverWords(). */
export const failsGate = (title: string): string => `it fails a requested gate (${title})`;

/**
 * What a gap's waiver means, to open its message: an accepted risk; a waiver that does not cover
 * the gap because it stops the assessment (`stop`, from gateStops); or one that has expired.
 */
export function waiverWords(g: Gap, stop: string | null, end: string): string {
  if (g.accepted && g.waiver) return stop === null ? `Accepted risk until ${g.waiver.expires}${end}` : `Waived until ${g.waiver.expires}, but ${stop}${end}`;
  return g.waiver?.state === 'expired' ? `Waiver expired ${g.waiver.expires}${end}` : '';
}
