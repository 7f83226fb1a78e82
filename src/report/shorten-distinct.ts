// Shortening a list of one-line texts so that no two read the same (the summary's automatic fails
// and gaps). Two questions that differ only after the cut, such as Cyber Essentials' two "update
// within 14 days" questions, would otherwise show as the same line.
import { displayWidth } from '../text/wrap.js';
import { shorten } from '../text/shorten.js';
import { largest, smallest } from '../text/spread-free.js';

export interface ShortItem {
  /** What the line says before the text (a system's name); lines with different prefixes never clash. */
  prefix: string;
  text: string;
  /** The columns the text may take. */
  room: number;
  /** The question's id, named as the last resort. */
  id: string;
}

/** The words two texts share from their start. */
function sharedWords(x: string[], y: string[]): number {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The text with its middle left out, so that the word where it parts from the others shows: as many
 * opening words as fit ("Over the last three months, was every … update for applications…"). Null
 * when no such line fits.
 */
function keepDifference(text: string, differs: number, room: number, most = Number.POSITIVE_INFINITY): { line: string; lead: number } | null {
  const words = text.split(' ');
  // Two words before the difference give it its sense ("update for applications").
  const from = Math.max(1, differs - 2);
  // The word that differs and the one after it where they fit, else the word alone. On a narrow
  // screen no opening word may fit: the line then starts at the difference ("… update for applications…").
  for (const after of [1, 0]) {
    for (let lead = Math.min(from - 1, most); lead >= 0; lead--) {
      const head = lead ? `${words.slice(0, lead).join(' ').replace(/[,;:.]$/, '')} … ` : '… ';
      const tail = shorten(words.slice(from).join(' '), room - displayWidth(head));
      const shown = tail.endsWith('…') ? tail.split(' ').length : Number.POSITIVE_INFINITY;
      if (shown >= Math.min(differs - from + 1 + after, words.length - from) && displayWidth(head + tail) <= room) return { line: head + tail, lead };
    }
  }
  return null;
}

/** Each text shortened to its room; where two would read the same, the part that differs is kept, or else the id added. */
export function shortenDistinct(items: ShortItem[]): string[] {
  const out = items.map((item) => shorten(item.text, item.room));
  const key = (i: number): string => `${items[i]?.prefix}\u0000${out[i]}`;
  const clashing = (): number[][] => {
    const groups = new Map<string, number[]>();
    out.forEach((_, i) => groups.set(key(i), [...(groups.get(key(i)) ?? []), i]));
    return [...groups.values()].filter((g) => g.length > 1);
  };
  for (const group of clashing()) {
    const differs = (i: number): number => {
      const words = (items[i]?.text ?? '').split(' ');
      const shared = largest(group.filter((j) => j !== i).map((j) => sharedWords(words, (items[j]?.text ?? '').split(' '))));
      return shared < words.length ? shared : -1;
    };
    const tries = group.map((i) => (differs(i) < 0 ? null : keepDifference(items[i]?.text ?? '', differs(i), items[i]?.room ?? 0)));
    // The lines open with the same words, as many as the tightest of them allows, so they read as a set.
    const most = smallest(tries.map((t) => t?.lead ?? Number.POSITIVE_INFINITY));
    group.forEach((i, k) => {
      const line = tries[k] && keepDifference(items[i]?.text ?? '', differs(i), items[i]?.room ?? 0, most);
      if (line) out[i] = line.line;
    });
  }
  // Still the same (the same words, or a difference too far in to show): the ids tell them apart,
  // after what of the text fits, or alone; where not even the id fits, the line stays as it is.
  for (const group of clashing()) {
    for (const i of group) {
      const item = items[i];
      if (!item) continue;
      const id = `[${item.id}]`;
      const room = item.room - displayWidth(id) - 1;
      if (room >= 8) out[i] = `${shorten(item.text, room)} ${id}`;
      else if (displayWidth(id) <= item.room) out[i] = id;
    }
  }
  return out;
}
