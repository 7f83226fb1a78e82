import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS shared with the `npm run golden` script
import { goldenCases, sanitize } from '../scripts/golden.js';
import { runBinary } from './helpers/cli.js';
import { readDocx } from './helpers/docx-reader.js';

const cases = goldenCases as { file: string; args: string[]; docx?: boolean }[];
const sanitise = sanitize as (text: string) => string;

describe('golden reports (regenerate with `npm run golden`, then review the diff)', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, { file, args, docx }) => {
    // A Word report is compared as the text mammoth reads from it.
    const out = docx ? join(mkdtempSync(join(tmpdir(), 'cyber-ready-golden-')), 'report.docx') : undefined;
    const result = await runBinary({ args: out ? [...args, '-o', out] : args });
    expect([0, 1]).toContain(result.code);
    const text = out ? (await readDocx({ path: out })).text : result.stdout;
    expect(sanitise(text)).toBe(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
  });
});
