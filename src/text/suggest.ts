/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment), since transposed letters are the commonest typo in ids. With a `limit`, any distance
 * over it is returned as `limit + 1`, and the work stops as soon as that is certain.
 *
 * Cheap, since it runs for every candidate of every unknown id: a common start and end are skipped
 * (no edit is cheaper for them), only three rows of numbers are kept, and a row whose every entry
 * is over the limit ends it. With a table of rows for each pair, 1,000 unknown ids of 95 characters
 * against 1,000 questions took a minute and a half.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return n + m > limit ? limit + 1 : n + m;
  let before = new Int32Array(m + 1); // row i - 2
  let above = new Int32Array(m + 1); // row i - 1
  let row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) above[j] = j;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(start + i - 1);
    const aPrev = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(start + j - 2) && aPrev === bj) value = Math.min(value, (before[j - 2] as number) + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [before, above, row] = [above, row, before];
  }
  const distance = above[m] as number;
  return distance > limit ? limit + 1 : distance;
}

/**
 * The one candidate that is the word with whole kebab-case parts added before or after it, such as
 * "base-takes-card-payments" for "takes-card-payments": an id written without its section's prefix
 * is too far from the real one for an edit distance to find. None when several would do.
 */
function withPartsAdded(lower: string, candidates: readonly string[]): string | undefined {
  if (lower.length < 4) return undefined;
  const found = candidates.filter((c) => {
    const l = c.toLowerCase();
    return l.endsWith(`-${lower}`) || l.startsWith(`${lower}-`);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The closest candidate to a mistyped word, if one is close enough to be what was meant. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const lower = word.toLowerCase();
  const list = [...candidates];
  for (const candidate of list) {
    const d = editDistance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ?? withPartsAdded(lower, list);
}

/**
 * The closest candidate to a mistyped key of a mapping, preferring those the mapping does not hold
 * yet: following a suggestion of a key that is already there would only make a duplicate key.
 */
export function suggestUnused(word: string, candidates: Iterable<string>, mapping: object): string | undefined {
  const list = [...candidates];
  return suggest(word, list.filter((c) => !Object.hasOwn(mapping, c))) ?? suggest(word, list);
}
