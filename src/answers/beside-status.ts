/**
 * What a long-form answer gives beside its `status` (SPEC "The answers format": a status stands
 * instead of an answer), in the words both the schema check and the answer check use.
 */
export function besideStatus(data: unknown): string {
  const long = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (long.value !== undefined && long.value !== null) return 'a value';
  if (long.indicators !== undefined && long.indicators !== null) return 'indicators';
  return 'a confirmed status';
}
