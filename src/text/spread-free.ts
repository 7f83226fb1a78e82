/**
 * `target.push(...items)` one item at a time. A spread passes every item as an argument, and past
 * about 120,000 of them V8 throws "Maximum call stack size exceeded": a note of that many lines
 * stopped `assess --detail` with an internal error. Returns the target.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `Math.max(floor, ...values)` without an argument per value, for the same reason. */
export function largest(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let most = floor;
  for (const value of values) most = Math.max(most, value);
  return most;
}

/** `Math.min(ceiling, ...values)` without an argument per value, for the same reason. */
export function smallest(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let least = ceiling;
  for (const value of values) least = Math.min(least, value);
  return least;
}
