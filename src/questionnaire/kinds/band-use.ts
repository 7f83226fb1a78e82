import type { RawQuestion } from '../raw.js';
import type { Band } from '../types.js';
import type { EntryContext } from './kind.js';
import { listWords } from '../../text/list-words.js';

/**
 * Whether some answer is scored by a band (SPEC: the first band whose bounds hold is used; a band
 * without bounds always holds): `used`, or never, because every number it holds that the question
 * takes (its own `min` and `max`) is held by earlier bands — by one of them (`by`, its index) or by
 * several between them — or because the question takes none of its numbers (`outside`).
 */
export type BandUse = { used: true } | { used: false; outside: true } | { used: false; outside: false; by: number | undefined };

/**
 * Each band's use, in near-linear time however many bands there are (this runs at every load of a
 * questionnaire, and a file may hold thousands of bands): the number line is cut at every bound into
 * pieces (each bound itself, and the open stretches between bounds), and each band in turn takes
 * the pieces it holds that no earlier band took. A band that takes none is never used. A
 * disjoint-set "next piece not yet taken" makes every piece taken once, so no band walks pieces an
 * earlier band already holds.
 */
export function bandUse(bands: readonly Band[], min?: number, max?: number): BandUse[] {
  const bounds = new Set<number>();
  for (const b of bands) {
    if (b.min !== undefined) bounds.add(b.min);
    if (b.max !== undefined) bounds.add(b.max);
  }
  if (min !== undefined) bounds.add(min);
  if (max !== undefined) bounds.add(max);
  // Piece 2k + 1 is the k-th bound; piece 2k the stretch below it; the last, the stretch above all.
  const pieceOf = new Map([...bounds].sort((a, b) => a - b).map((n, k) => [n, 2 * k + 1]));
  const last = 2 * pieceOf.size;
  const from = (n: number | undefined): number => (n === undefined ? 0 : (pieceOf.get(n) ?? 0));
  const to = (n: number | undefined): number => (n === undefined ? last : (pieceOf.get(n) ?? last));
  const lowest = from(min);
  const highest = to(max);
  // A question whose min is above its max is refused on its own; no band is said to be unused then.
  if (lowest > highest) return bands.map(() => ({ used: true }));

  const next = Array.from({ length: last + 2 }, (_, i) => i);
  const takenBy: number[] = new Array<number>(last + 1).fill(-1);
  const free = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root] as number;
    for (let at = i; at !== root; ) {
      const after = next[at] as number;
      next[at] = root;
      at = after;
    }
    return root;
  };
  return bands.map((band, b): BandUse => {
    const lo = Math.max(from(band.min), lowest);
    const hi = Math.min(to(band.max), highest);
    // A band whose min is above its max is refused on its own, as above.
    if (band.min !== undefined && band.max !== undefined && band.min > band.max) return { used: true };
    if (lo > hi) return { used: false, outside: true };
    let used = false;
    for (let i = free(lo); i <= hi; i = free(i)) {
      takenBy[i] = b;
      next[i] = i + 1;
      used = true;
    }
    if (used) return { used: true };
    // One earlier band holding all of it is named; otherwise they hold it between them.
    const first = takenBy[lo] ?? -1;
    const other = bands[first];
    const one = other !== undefined && from(other.min) <= lo && to(other.max) >= hi;
    return { used: false, outside: false, by: one ? first : undefined };
  });
}

/** Whether two bands hold for the same numbers of those the question takes (its own `min` and `max`). */
function sameNumbers(a: Band | undefined, b: Band, raw: RawQuestion): boolean {
  if (a === undefined) return false;
  const low = (band: Band): number => Math.max(band.min ?? -Infinity, raw.min ?? -Infinity);
  const high = (band: Band): number => Math.min(band.max ?? Infinity, raw.max ?? Infinity);
  return low(a) === low(b) && high(a) === high(b);
}

/** The best score of the bands some number reaches (`uses` from bandUse): 0 when none is reached. */
export function reachedScore(bands: readonly Band[], uses: readonly BandUse[]): number {
  return uses.reduce((most, use, i) => (use.used ? Math.max(most, bands[i]?.score ?? 0) : most), 0);
}

/**
 * Whether band `i`, put before every other band, is used and leaves none that was used unused: a
 * narrower band before it that it holds all of would be the band never used in its turn.
 */
function firstLeavesAllUsed(bands: readonly Band[], uses: readonly BandUse[], i: number, raw: RawQuestion): boolean {
  const moved = bandUse([bands[i] as Band, ...bands.filter((_, k) => k !== i)], raw.min, raw.max);
  return moved.every((use, k) => use.used || (k > 0 && !uses[k - 1 < i ? k - 1 : k]?.used));
}

/** Whether the bands before band `i` hold for every number the question takes: none is left free for it. */
function noneLeft(bands: readonly Band[], i: number, raw: RawQuestion): boolean {
  return bandUse([...bands.slice(0, i), { score: 0 }], raw.min, raw.max).at(-1)?.used === false;
}

/**
 * SPEC allows a band no number reaches, so each is a warning, at the band, saying what holds its
 * numbers. One that scores more than any band a number reaches is not to be removed (the full-marks
 * warning sends the author here when it scores 1): the fix is to let numbers reach it. Each fix
 * offered holds when followed: it leaves no other band never used, and names every band in the way.
 */
export function warnUnusedBands(raw: RawQuestion, ctx: EntryContext): void {
  const bands = raw.bands ?? [];
  const at = (i: number): string => `${ctx.pointer}/bands/${i}`;
  const uses = bandUse(bands, raw.min, raw.max);
  const reached = reachedScore(bands, uses);
  const anyReached = uses.some((use) => use.used);
  const open = (band: Band | undefined): boolean => band !== undefined && band.min === undefined && band.max === undefined;
  uses.forEach((use, i) => {
    if (use.used) return;
    const name = `band ${i + 1} is never used`;
    const needed = (bands[i]?.score ?? 0) > reached;
    const why = needed ? (anyReached ? `, as band ${i + 1} scores more than any band a number reaches` : ', as no number reaches any band') : '';
    if (use.outside) {
      const range = raw.max === undefined ? `of ${raw.min} or more (its "min")` : raw.min === undefined ? `up to ${raw.max} (its "max")` : `from ${raw.min} to ${raw.max} (its "min" and "max")`;
      // Where the bands before it hold every number the question takes, there are none to move it to until they are narrowed.
      const move = noneLeft(bands, i, raw) ? 'narrow the bands before it to leave some numbers the question takes, and change its bounds to those' : 'change its bounds to numbers the question takes that no band before it holds';
      // With no band reached, removing every one left `bands` empty, which is refused.
      ctx.warn(at(i), `${name}: "${raw.id}" takes only numbers ${range}, and the band holds for none of them; ${needed ? `${move}${why}` : anyReached ? 'change its bounds or remove it' : 'change its bounds to numbers the question takes'}`);
      return;
    }
    const by = use.by === undefined ? undefined : bands[use.by];
    const holder = use.by === undefined ? undefined : `band ${use.by + 1} (line ${ctx.lineOf(at(use.by))})`;
    // The one band in the way is named; one without bounds is given some.
    const narrow = use.by === undefined ? 'narrow the bands before it' : open(by) ? `give band ${use.by + 1} bounds` : `narrow band ${use.by + 1}`;
    if (open(bands[i])) {
      // "Anything else" with nothing else left: harmless, but what scores is not what the author wrote it for.
      const takes = raw.min !== undefined || raw.max !== undefined ? ' the question takes' : '';
      ctx.warn(at(i), `${name}: it has no bounds, but ${holder ? `${holder} holds` : 'the bands before it hold'} for every number${takes}, so none is left for it; ${needed ? `${narrow}${why}` : 'remove it'}`);
    } else if (holder === undefined) {
      // Put first, it must leave the bands it was after used: one it holds all of would not be.
      const first = firstLeavesAllUsed(bands, uses, i, raw);
      ctx.warn(at(i), `${name}: the bands before it hold for every number it covers between them, and the first band that holds is used; ${needed ? `${narrow}${first ? ', or put it before them' : ''}${why}` : first ? 'put it before them, or remove it' : 'remove it'}`);
    } else if (open(by)) {
      ctx.warn(at(i), `${name}: ${holder} has no bounds, so it holds for every number, and the first band that holds is used; put the band without bounds last`);
    } else if (by !== undefined && sameNumbers(bands[i], by, raw)) {
      // Neither is narrower: moving one makes the other the band never used. Every earlier band with
      // the same numbers is in the way: with one of two removed, the other held them still.
      const same = bands.flatMap((band, k) => (k < i && sameNumbers(band, bands[i] as Band, raw) ? [k + 1] : []));
      const remove = same.length === 1 ? `band ${same[0]}` : `bands ${listWords(same.map(String), 'and')}`;
      ctx.warn(at(i), `${name}: ${holder} holds for the same numbers, and the first band that holds is used; ${needed ? `change the bounds of one of them, or remove ${remove}${why}` : 'change the bounds of one of them, or remove one'}`);
    } else {
      ctx.warn(at(i), `${name}: ${holder} holds for every number it covers, and the first band that holds is used; put the narrower band first`);
    }
  });
}
