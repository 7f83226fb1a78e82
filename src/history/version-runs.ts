/**
 * Versions that share something (a footnote, the questionnaire version they answer), grouped so a
 * long history says it once: a run of versions next to each other in the list is named by its
 * first and last commit ("c6fd21c … 06f9291, 400 versions") rather than commit by commit.
 */

/** A thing said of versions, and the runs of versions it is said of, in the order they are listed. */
export interface Grouped<T> {
  key: string;
  runs: T[][];
}

/**
 * Group `items` by `keyOf` (null: said of none), in order of first appearance; within a group, items
 * next to each other in `items` form a run. `groupOf` gives each item's group number (from 0), or null.
 */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string | null): { groups: Grouped<T>[]; groupOf: (number | null)[] } {
  const groups: Grouped<T>[] = [];
  const index = new Map<string, number>();
  const groupOf: (number | null)[] = [];
  let previous: string | null = null;
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) {
      groupOf.push(null);
      previous = null;
      continue;
    }
    let n = index.get(key);
    if (n === undefined) {
      n = groups.push({ key, runs: [] }) - 1;
      index.set(key, n);
    }
    const group = groups[n];
    if (group) {
      const last = group.runs.at(-1);
      if (previous === key && last) last.push(item);
      else group.runs.push([item]);
    }
    groupOf.push(n);
    previous = key;
  }
  return { groups, groupOf };
}

/** The most runs a group names one by one; the rest are counted. */
const MOST_RUNS = 5;

/**
 * A group's runs in words: one or two versions each by `one`, a longer run by `span` (its first and
 * last, and how many: "c6fd21c … 06f9291 (400 versions)"); past MOST_RUNS runs, the rest are
 * counted ("12 more versions"). `join` makes the list.
 */
export function runWords<T>(runs: readonly T[][], one: (item: T) => string, span: (first: T, last: T, count: number) => string, join: (words: string[]) => string): string {
  const shown = runs.length > MOST_RUNS + 1 ? MOST_RUNS : runs.length;
  const words = runs.slice(0, shown).flatMap((run) => {
    const [first, last] = [run[0], run.at(-1)];
    if (first === undefined || last === undefined) return [];
    return run.length <= 2 ? run.map(one) : [span(first, last, run.length)];
  });
  const rest = runCount(runs.slice(shown));
  return join(rest > 0 ? [...words, `${rest} more version${rest === 1 ? '' : 's'}`] : words);
}

/** How many items the runs hold. */
export const runCount = (runs: readonly unknown[][]): number => runs.reduce((n, run) => n + run.length, 0);
