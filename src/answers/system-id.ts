// The id the walk and the template give a system, from its name.
/** The longest id the walk derives from a name: enough to tell systems apart, short enough for a file name. */
const MAX_ID = 40;

/** A system's id from its name: lower case, words joined by hyphens ("Social care (adults)" → "social-care-adults"). */
export function systemIdOf(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_ID) return id;
  const cut = id.slice(0, MAX_ID + 1);
  const whole = (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : id.slice(0, MAX_ID)).replace(/-+$/, '');
  // Cut between words, a joining word left at the end goes too ("...-fleet-and" → "...-fleet").
  return whole.replace(DANGLING, '') || whole;
}

/** A joining word at the end of an id that was cut short. */
const DANGLING = /(?:-(?:and|or|of|the|for|to|in|on|with|a|an))+$/;

/** `id`, or `id-2`, `id-3`... when it is taken already. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
