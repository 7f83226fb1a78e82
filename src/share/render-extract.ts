import { UNSAFE_IN_JSON } from '../report/json.js';
import type { ShareExtract } from './types.js';

const isFlat = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Array.isArray(value) ? value.every((v) => v === null || typeof v !== 'object') : false);

/** An object or list whose members are all plain values (or lists of them) fits on one line. */
const isLeaf = (value: object): boolean => (Array.isArray(value) ? value.every(isFlat) : Object.values(value).every(isFlat));

function layout(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (isLeaf(value)) {
    if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${layout(v, indent)}`).join(', ')} }`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => inner + layout(v, inner)).join(',\n')}\n${indent}]` : '[]';
  const entries = Object.entries(value);
  return entries.length ? `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}` : '{}';
}

/**
 * The extract as JSON with one answer (or section) per line: half the size of JSON.stringify's
 * indentation, quicker to read in bulk, and easy to look over or diff by eye. Strings are escaped as
 * in every JSON the tool writes (safeJson), so a label cannot move a terminal's cursor.
 */
export function renderExtract(extract: ShareExtract): string {
  return `${layout(extract, '')}\n`.replace(UNSAFE_IN_JSON, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
