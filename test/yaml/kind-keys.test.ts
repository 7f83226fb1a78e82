import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ANSWERS_KEYS, QUESTIONNAIRE_KEYS } from '../../src/yaml/kind-keys.js';

// A mapping with none of a kind's keys is said not to be that kind (the walk refuses to save into
// it; assess, validate --kind and a system's file say so in one line): a key the schema gains must
// be known here too, or a file that uses only it would be refused.
it.each([
  ['answers', ANSWERS_KEYS],
  ['questionnaire', QUESTIONNAIRE_KEYS],
])('knows every top-level key of the %s schema', (kind, keys) => {
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
  expect([...keys].sort()).toEqual(Object.keys(schema.properties).sort());
});
