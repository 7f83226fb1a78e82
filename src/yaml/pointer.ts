/**
 * JSON pointers, on their own so that readers of JSON files (share extracts) can use them without
 * loading the YAML library that positions.ts needs.
 */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** A JSON pointer's segments, unescaped (`~1` is `/`, `~0` is `~`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  // Nearly every pointer has no escape in it (reports place thousands of answers).
  return pointer.includes('~') ? segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')) : segments;
}
