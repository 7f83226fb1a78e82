import { shorten } from '../text/shorten.js';
import { safeLine } from '../text/safe-text.js';

/** How many skipped questions the end of a walk names by id; the rest are counted. */
const NAMED_AT_MOST = 20;
/** The most columns a skipped question's title takes beside its id, cut at a word past that. */
const TITLE_COLUMNS = 40;

/**
 * What the end of a walk says of the questions left with "Skip for now": how many, and which, by
 * their ids as the answers file has them, grouped by the critical system they belong to (the
 * council's first), so that the assessor knows what to chase and with whom before running the
 * command that follows. A count alone left them to find in a file of hundreds of lines.
 * `skipped` is as runInterview gives it: "id" for the council's, "system/id" for a system's. Each
 * id named is followed by its question's title, shortened (`titleOf`): an id alone ("share-warp")
 * did not say which question it was.
 */
export function leftForLater(skipped: readonly string[], systems: readonly { id: string; title: string }[], titleOf: (id: string) => string | undefined = () => undefined): string {
  const groups = new Map<string, string[]>();
  for (const entry of skipped) {
    const cut = entry.indexOf('/');
    const scope = cut < 0 ? '' : entry.slice(0, cut);
    const ids = groups.get(scope) ?? [];
    groups.set(scope, [...ids, entry.slice(cut + 1)]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : systems.findIndex((s) => s.id === a) - systems.findIndex((s) => s.id === b)));
  // Named only when there is more than one group, or the one is a system's. Ids are named up to a
  // budget, in that order, and the rest counted: a whole system skipped is dozens of outcomes, and the
  // line is read above the command that follows it.
  let budget = NAMED_AT_MOST;
  const named = order.map((scope) => {
    const title = scope === '' ? (groups.size > 1 ? 'the council' : undefined) : (systems.find((s) => s.id === scope)?.title ?? scope);
    const ids = groups.get(scope) ?? [];
    const shown = ids.slice(0, Math.max(0, budget)).map((id) => {
      const text = titleOf(id);
      return text === undefined ? safeLine(id) : `${safeLine(id)} (${shorten(safeLine(text), TITLE_COLUMNS)})`;
    });
    budget -= shown.length;
    const rest = ids.length - shown.length;
    const list = shown.length === 0 ? `${rest} ${rest === 1 ? 'question' : 'questions'}` : `${shown.join(', ')}${rest ? ` and ${rest} more` : ''}`;
    return `${title === undefined ? '' : `${safeLine(title)}: `}${list}`;
  });
  const n = skipped.length;
  return `${n} skipped, to answer later: ${named.join('; ')}. Ask ${n === 1 ? 'it' : 'them'} again with:`;
}
