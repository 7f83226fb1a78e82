import { parse } from 'yaml';

/** Whether YAML reads `text`, written plain after a key and as an item of a flow list, as that very string. */
function readsPlain(text: string): boolean {
  if (text === '' || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) return false;
  const read = (source: string): unknown => parse(source, { schema: 'core', version: '1.2', uniqueKeys: false, logLevel: 'silent' }) as unknown;
  try {
    const block = read(`k: ${text}\n`) as { k?: unknown } | null;
    const flow = read(`k: [${text}]\n`) as { k?: unknown } | null;
    return block?.k === text && Array.isArray(flow?.k) && flow.k.length === 1 && flow.k[0] === text;
  } catch {
    return false;
  }
}

/**
 * A value as it must be written in an answers file to be read back as itself, for messages and
 * template comments that show what to write: plain where YAML reads it so (after a key, and in a
 * `[a, b]` list), else double-quoted. Shown plain, `x: y`, `[a]`, `#x`, `1.0`, `null` or a value with
 * a space at either end gave a YAML error, or another value, when copied as shown.
 */
export const yamlWord = (text: string): string => (readsPlain(text) ? text : JSON.stringify(text));
