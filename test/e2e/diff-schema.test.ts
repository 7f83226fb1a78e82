// The JSON of `diff` against schemas/diff.schema.json, through the real binary, on diffs that fill
// every list: systems kept, added and removed; answers improved, regressed, newly and no longer
// answered; waivers; answers going stale; automatic fails; the gate passed and failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { validateDiff } from '../helpers/diff-schema.js';


const SYS = ['-q', 'test/fixtures/systems/sys.yaml'];
const MINI = ['--questionnaire-dir', 'test/fixtures/valid'];
const CASES: [string, string[]][] = [
  ['systems kept, added and removed, with the gate failed', [...SYS, 'test/fixtures/systems/sys.answers.yaml', 'test/fixtures/systems/next/sys.answers.yaml', '--fail-on-regression']],
  ['the same, the other way', [...SYS, 'test/fixtures/systems/next/sys.answers.yaml', 'test/fixtures/systems/sys.answers.yaml']],
  ['answers improved, and a risk newly accepted', [...MINI, 'test/fixtures/valid/mini.answers.yaml', 'test/fixtures/valid/mini-good.answers.yaml', '--fail-on-regression']],
  ['answers regressed', [...MINI, 'test/fixtures/valid/mini-good.answers.yaml', 'test/fixtures/valid/mini.answers.yaml', '--fail-on-regression']],
  ['a CAF file against itself, with a waiver and confirmed outcomes', ['examples/caf-local-government.answers.yaml', 'examples/caf-local-government.answers.yaml', '--fail-on-regression']],
];

const filled = new Set<string>();

describe('diff --format json and its schema', () => {
  it.each(CASES)('%s', async (_, args) => {
    const r = await runBinary({ args: ['diff', '--today', '2026-11-23', '-f', 'json', ...args] });
    const d = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(validateDiff(d), JSON.stringify(validateDiff.errors)).toBe(true);
    for (const [key, value] of Object.entries(d)) if (Array.isArray(value) && value.length) filled.add(key);
  });

  it('was checked with these lists filled (the others are checked in diff-deletions and diff-automatic-fails)', () => {
    expect([...filled].sort()).toEqual(['gates', 'improved', 'newlyAccepted', 'newlyStale', 'noLongerStale', 'regressed', 'sections', 'systems']);
  });

  it('lists every key the schema requires, and no other', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/diff.schema.json'), 'utf8')) as { required: string[]; properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
  });
});
