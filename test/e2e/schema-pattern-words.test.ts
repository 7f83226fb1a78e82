// A value of the wrong shape is told the shape in words, never the schema's regular expression: a
// share extract's month "2026-7" was told `must be text matching ^[0-9]{4}-(0[1-9]|1[0-2])$`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { PATTERNS } from '../../src/schema/validate-schema.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-pattern-words-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const schema = (name: string): unknown => JSON.parse(readFileSync(join(repoRoot, `schemas/${name}.schema.json`), 'utf8'));

/** Every "pattern" in a schema, with its JSON pointer. */
function patterns(node: unknown, at = ''): [string, string][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'pattern' && typeof value === 'string' ? [[at, value] as [string, string]] : patterns(value, `${at}/${key}`)));
}

describe('schema patterns are said in words', () => {
  it('a share extract\'s month: "must be a month written YYYY-MM"', async () => {
    const made = await runBinary({ args: ['share', 'test/fixtures/valid/mini.answers.yaml', '--questionnaire-dir', 'test/fixtures/valid', '--label', 'x'] });
    expect(made.code, made.stderr).toBe(ExitCode.Ok);
    const file = join(scratch, 'month.json');
    writeFileSync(file, made.stdout.replace(/"assessedOn": "[0-9-]+"/, '"assessedOn": "2026-7"'));
    const r = await runBinary({ args: ['validate', '--questionnaire-dir', 'test/fixtures/valid', file] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('"assessedOn" must be a month written YYYY-MM, such as "2026-07", not "2026-7"');
    expect(r.stderr).not.toContain('matching');
  });

  it('a questionnaire\'s upgradeNotes key: "must be a major version written N.x"', async () => {
    const file = join(scratch, 'notes.yaml');
    const mini = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');
    writeFileSync(file, mini.replace(/^sections:/m, 'upgradeNotes:\n  v1: Answers of 1.x carry over.\nsections:'));
    const r = await runBinary({ args: ['validate', file] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('key "v1" must be a major version written N.x, such as "1.x"');
    expect(r.stderr).not.toContain('matching');
  });

  it('every pattern of a file people write or pass in (answers, questionnaire, share extract) has words', () => {
    // Worded where they are checked (validate-schema.ts): required text, a one-line name, an indicator's value.
    const special = new Set([
      (schema('answers') as { $defs: { text: { pattern: string } } }).$defs.text.pattern,
      (schema('questionnaire') as { properties: { systemLabel: { pattern: string } } }).properties.systemLabel.pattern,
    ]);
    const indicator = patterns(schema('answers')).find(([at]) => at.includes('/indicators/'));
    if (indicator) special.add(indicator[1]);
    const unworded = ['answers', 'questionnaire', 'share'].flatMap((name) => patterns(schema(name)).filter(([, p]) => !special.has(p) && PATTERNS[p] === undefined).map(([at, p]) => `${name}${at}: ${p}`));
    expect(unworded).toEqual([]);
  });
});
