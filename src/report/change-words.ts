/**
 * A change between two scores in words: the difference of the two as shown (each rounded down), and
 * where that reads ±0 though the scores differ, the exact change beside it. `diff` and `trend` both
 * say changes so, so the two never disagree on the same two versions.
 */

export const signed = (n: number | null, digits = 0): string => {
  if (n === null) return 'n/a';
  const rounded = Math.round(n * 10 ** digits) / 10 ** digits;
  return rounded > 0 ? `+${rounded}` : rounded === 0 ? '±0' : String(rounded);
};
/**
 * The change between the scores as shown (each rounded down), so the figures on screen add up:
 * 54.17 → 45.83 reads "54 → 45 (-9)", where the rounded exact change, -8, would not.
 */
export const shownChange = (c: { old: number | null; new: number | null; delta: number | null }): number | null => (c.old === null || c.new === null ? c.delta : Math.floor(c.new) - Math.floor(c.old));
/**
 * The shown change in words: "+1", "-9", and where the shown change is ±0 though the exact one is not,
 * that one too, to the first figure that is not 0 ("±0; +0.4 before rounding"). The figures shown are
 * rounded down, so an exact +0.37 read "48 → 48 (±0)", as if nothing moved, while the same +0.37 read
 * "50 → 51 (+1)" elsewhere. The rounding rule is kept: only a hidden change is added.
 */
export function changeWords(c: { old: number | null; new: number | null; delta: number | null }): string {
  const hidden = hiddenChange(c);
  return hidden === null ? signed(shownChange(c)) : `${signed(0)}; ${hidden} before rounding`;
}
/** The exact change the shown ±0 hides, signed, to its first figure that is not 0 ("+0.4"); null when the shown change tells it. */
export function hiddenChange(c: { old: number | null; new: number | null; delta: number | null }): string | null {
  if (shownChange(c) !== 0 || c.delta === null || c.delta === 0) return null;
  let digits = 1;
  while (Math.round(Math.abs(c.delta) * 10 ** digits) === 0 && digits < 9) digits++;
  return signed(c.delta, digits);
}
