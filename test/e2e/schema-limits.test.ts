import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExitCode } from '../../src/errors.js';
import { MAX_WEIGHT } from '../../src/questionnaire/validate-questionnaire.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// An editor or a CI job checks questionnaires against the published schema alone. The schema let a
// weight of 1,000,001 through that the tool refuses, so a file an editor passed failed in the tool.
// Each limit the tool enforces that a schema can say: a file at it is taken by both, and a file just
// over it refused by both. (The file size, nesting, alias and 200,000-question limits are on the
// file as a whole, which a JSON Schema cannot count: README's "Limits and safety" gives them.)

const require = createRequire(import.meta.url);
const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] | null } } }).default;
const addFormats = require('ajv-formats') as (ajv: object) => void;
const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/questionnaire.schema.json'), 'utf8')) as { $defs: Record<string, Record<string, unknown>> };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const schemaTakes = ajv.compile(schema);

type Questionnaire = Record<string, unknown> & { sections: { weight?: number; questions: Record<string, unknown>[] }[]; scales: Record<string, Record<string, unknown>[]> };
const mini = (): Questionnaire => parse(readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8')) as Questionnaire;
const COLOURS = ['green', 'amber', 'yellow', 'orange', 'red', 'blue', 'grey'];
const ratings = (min: number, colour = 'green') => [{ min, label: 'Top', colour }, { min: 0, label: 'Bottom', colour: 'red' }];

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-schema-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whether the binary takes the questionnaire (warnings allowed), and what it said. */
async function binaryTakes(name: string, q: Questionnaire): Promise<{ ok: boolean; said: string }> {
  writeFileSync(join(scratch, `${name}.json`), JSON.stringify(q, null, 2));
  const r = await runBinary({ args: ['validate', '--kind', 'questionnaire', `${name}.json`], cwd: scratch });
  expect([ExitCode.Ok, ExitCode.CannotAssess], r.stderr).toContain(r.code);
  return { ok: r.code === ExitCode.Ok, said: r.stderr };
}

type Limit = [name: string, at: (q: Questionnaire) => void, over: (q: Questionnaire) => void, says: RegExp];
const LIMITS: Limit[] = [
  ['a question weight', (q) => void (q.sections[0]!.questions[0]!.weight = MAX_WEIGHT), (q) => void (q.sections[0]!.questions[0]!.weight = MAX_WEIGHT + 1), /"weight" must be at most 1000000, not 1000001; weights only count relative to each other/],
  ['a section weight', (q) => void (q.sections[0]!.weight = MAX_WEIGHT), (q) => void (q.sections[0]!.weight = MAX_WEIGHT + 0.5), /"weight" must be at most 1000000, not 1000000\.5/],
  ['the questionnaire id', (q) => void (q.id = 'a'.repeat(100)), (q) => void (q.id = 'a'.repeat(101)), /"id" must be at most 100 characters long/],
  ['a question id', (q) => void (q.sections[0]!.questions[2]!.id = 'n'.repeat(100)), (q) => void (q.sections[0]!.questions[2]!.id = 'n'.repeat(101)), /"id" must be at most 100 characters long/],
  ['a rating band min', (q) => void (q.ratings = ratings(100)), (q) => void (q.ratings = ratings(100.5)), /"min" must be at most 100, not 100\.5/],
  ['an option score', (q) => void (q.scales.maturity![3]!.score = 1), (q) => void (q.scales.maturity![3]!.score = 1.01), /"score" must be at most 1, not 1\.01/],
  ['the system label', (q) => void (q.systemLabel = 's'.repeat(60)), (q) => void (q.systemLabel = 's'.repeat(61)), /"systemLabel" must be at most 60 characters long/],
  ['a rating colour', (q) => void (q.ratings = ratings(80, 'grey')), (q) => void (q.ratings = ratings(80, 'purple')), /"colour" must be one of "green", "amber", "yellow", "orange", "red", "blue" or "grey", not "purple"/],
];

describe('the questionnaire schema says every limit the tool enforces that a schema can', () => {
  it.each(LIMITS)('%s: taken by both at the limit, refused by both just over it', async (name, at, over, says) => {
    const ok = mini();
    at(ok);
    expect(schemaTakes(ok), JSON.stringify(schemaTakes.errors)).toBe(true);
    expect(await binaryTakes(`${name.replaceAll(' ', '-')}-at`, ok)).toEqual({ ok: true, said: '' });
    const bad = mini();
    over(bad);
    expect(schemaTakes(bad)).toBe(false);
    const refused = await binaryTakes(`${name.replaceAll(' ', '-')}-over`, bad);
    expect(refused.ok).toBe(false);
    expect(refused.said).toMatch(says);
  });

  it('names the same rating colours in the schema, the tool and README', async () => {
    expect(schema.$defs.rating!.properties).toMatchObject({ colour: { enum: COLOURS } });
    for (const colour of COLOURS) {
      const q = mini();
      q.ratings = ratings(80, colour);
      expect(await binaryTakes(`colour-${colour}`, q), colour).toEqual({ ok: true, said: '' });
    }
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const words = COLOURS.map((c) => `\`${c}\``);
    expect(readme).toContain(`an optional \`colour\` (one of ${words.slice(0, -1).join(', ')} or ${words.at(-1)},`);
  });

  it('keeps the weight cap in one number: the schema\'s maximum is the one scoring was made safe for', () => {
    expect(schema.$defs.weight).toMatchObject({ maximum: MAX_WEIGHT });
  });
});
