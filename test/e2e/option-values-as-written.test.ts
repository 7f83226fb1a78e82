import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

// Option values are shown as they must be written: copied from the init template's comments or
// from an error message into an answers file, each is read back as that very option.
const Q = resolve('test/fixtures/odd-values/odd-values.yaml');
const CHOICES = ['x: y', '[a]', 'yes', '#x', ' lead', 'trail ', '1.0', 'null', 'a, b', 'plain-one', 'true', "it's"];

async function scored(answers: string): Promise<Assessment['questions']> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-'));
  writeFileSync(join(dir, 'a.yaml'), `questionnaire: odd\nanswers:\n${answers}`);
  const r = await runBinary({ args: ['assess', '-q', Q, '-a', join(dir, 'a.yaml'), '--allow-incomplete', '-f', 'json'] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return (JSON.parse(r.stdout) as Assessment).questions;
}

describe('option values as they must be written', () => {
  it("the template's comments show each value so that, copied, it is that option", async () => {
    const template = (await runBinary({ args: ['init', '-q', Q, '-o', '-'] })).stdout;
    const oneOf = /# One of: (.+)$/m.exec(template)?.[1] ?? '';
    const shown = oneOf.split(' | ').map((part) => part.slice(0, part.lastIndexOf(' (')));
    expect(shown).toHaveLength(CHOICES.length);
    const values = await Promise.all(shown.map(async (word) => (await scored(`  c: ${word}\n`)).find((q) => q.id === 'c')?.value));
    expect(values).toEqual(CHOICES);
    // A list example, copied, is one option, not two.
    const example = /# For example: (.+)$/m.exec(template)?.[1] ?? '';
    expect((await scored(`  m: ${example}\n`)).find((q) => q.id === 'm')?.value).toEqual(['a, b']);
  });

  it('an answer that is not an option lists the options as they must be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-'));
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: odd\nanswers:\n  m: [zzz]\n');
    const r = await runBinary({ args: ['validate', '-q', Q, join(dir, 'a.yaml')] });
    expect(r.stderr).toBe(`${join(dir, 'a.yaml')}:3:6: "zzz" is not an option of "m"; choose from "a, b", "x: y", plain\n`);
  });
});
