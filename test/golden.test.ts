import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS shared with the `npm run golden` script
import { goldenCases, sanitize } from '../scripts/golden.js';
import { runBinary } from './helpers/cli.js';

const cases = goldenCases as { file: string; args: string[] }[];
const sanitise = sanitize as (text: string) => string;

describe('golden reports (regenerate with `npm run golden`, then review the diff)', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, { file, args }) => {
    const result = await runBinary({ args });
    expect([0, 1]).toContain(result.code);
    expect(sanitise(result.stdout)).toBe(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
  });
});
