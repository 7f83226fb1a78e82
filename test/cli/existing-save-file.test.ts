import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ANSWERS_KEYS } from '../../src/cli/existing-save-file.js';

// The walk refuses to save into a mapping with none of an answers file's keys: a key the schema
// gains must be known here too, or a file that uses only it would be refused.
it('knows every top-level key of the answers schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/answers.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
  expect([...ANSWERS_KEYS].sort()).toEqual(Object.keys(schema.properties).sort());
});
