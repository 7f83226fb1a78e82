import { isScalar } from 'yaml';
import { scalarOf } from './scalar-of.js';

/**
 * A mapping key as the file writes it. Keys are ids, never numbers: a question id "1.10" written
 * plain (`1.10:`) is a float to YAML, and String() of it gave "1.1", another id; `0x1F:` gave "31".
 * A plain key is its text as written; a quoted one is its text.
 */
export function keyText(node: unknown): string {
  if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return String(scalarOf(node));
}
