// What each key of the checkbox does to the ticks when some options stand alone (SPEC: an option
// marked `exclusive`, such as "None of these", cannot be combined). Pure: the prompt renders it.

export interface Tickable {
  exclusive: boolean;
  checked: boolean;
}

/** What a key did: the new ticks, and the options it unticked only to keep one on its own. */
export interface Ticked<T extends Tickable> {
  items: T[];
  /** Unticked because an exclusive option cannot be combined (said to the user); empty when none were. */
  cleared: T[];
}

const set = <T extends Tickable>(item: T, checked: boolean): T => (item.checked === checked ? item : { ...item, checked });

/**
 * Space (or the option's number): tick or untick one option. Ticking an exclusive option unticks
 * every other; ticking any other unticks the exclusive ones, as survey forms do with "None of these".
 */
export function tickOne<T extends Tickable>(items: T[], index: number): Ticked<T> {
  const target = items[index];
  if (!target) return { items, cleared: [] };
  if (target.checked) return { items: items.map((item, i) => (i === index ? set(item, false) : item)), cleared: [] };
  const pushedOut = (item: T, i: number): boolean => i !== index && item.checked && (target.exclusive || item.exclusive);
  return { items: items.map((item, i) => (i === index ? set(item, true) : pushedOut(item, i) ? set(item, false) : item)), cleared: items.filter(pushedOut) };
}

/**
 * "a": tick every option that can go with the others; when they are all ticked already, untick
 * everything (the library's "all" does the same, but would tick "None of these" as well).
 */
export function tickAll<T extends Tickable>(items: T[]): Ticked<T> {
  const some = items.some((item) => !item.exclusive && !item.checked);
  return { items: items.map((item) => set(item, some && !item.exclusive)), cleared: some ? items.filter((item) => item.exclusive && item.checked) : [] };
}

/**
 * "i": invert the options that can go together. An exclusive option is never ticked by inverting
 * (it would then stand with the rest), and is unticked when anything else ends up ticked.
 */
export function invertTicks<T extends Tickable>(items: T[]): Ticked<T> {
  const inverted = items.map((item) => (item.exclusive ? item : set(item, !item.checked)));
  const others = inverted.some((item) => !item.exclusive && item.checked);
  const pushedOut = (item: T): boolean => item.exclusive && item.checked && others;
  return { items: inverted.map((item) => (pushedOut(item) ? set(item, false) : item)), cleared: items.filter(pushedOut) };
}
