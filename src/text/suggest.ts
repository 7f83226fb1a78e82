/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment), since transposed letters are the commonest typo in ids.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
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

/** `a, b and c` for lists in messages. */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
