// Files of the wrong shape, generated: every value of a valid questionnaire and answers file given
// a value of another JSON type in turn (a list for a mapping, a mapping for text, a number for text,
// null...), and our own reports and other JSON files passed where answers are expected. However
// wrong, the tool must answer with exit 2 and lines that say FILE:LINE:COL, never an internal error:
// code that assumed the schema's shape before the schema check ran crashed on such files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary, runInProcess, type CliResult } from '../helpers/cli.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-shapes-'));
const read = (path: string): Json => parse(readFileSync(join(repoRoot, path), 'utf8'), { version: '1.2', schema: 'core' }) as Json;
const QUESTIONNAIRE = read('test/fixtures/valid/mini.yaml');
const ANSWERS = read('test/fixtures/valid/mini.answers.yaml');

/** Values of every JSON type, plainly and less plainly. */
const WRONG: Json[] = [null, true, 0, 7.5, -1, '', 'text', 'caf-4.0', [], ['a'], [1, 2], [{ id: 'x' }, { id: 'y' }], [[]], {}, { id: 'x' }, { a: { b: [] } }];
const typeOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every place in the data, as a path of keys and indices. */
function paths(data: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...at, k]));
  return out;
}

function replaced(data: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(data) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy as Json;
}

/** Exit 2, every line `FILE:LINE:COL: message` (warnings allowed), nothing on standard output; or a clean pass. */
function expectOneLinePerProblem(r: CliResult, file: string, context: string): void {
  expect(r.stderr, context).not.toMatch(/internal error|\n\s+at /);
  if (r.code === ExitCode.CannotAssess) {
    for (const line of r.stderr.trimEnd().split('\n')) expect(line, context).toMatch(new RegExp(`^(\\./)?${file.replace(/\./g, '\\.')}:\\d+:\\d+: `));
  } else {
    expect([ExitCode.Ok, ExitCode.GateFailed], context).toContain(r.code);
  }
}

async function check(name: string, data: Json, asJson: boolean, commands: string[][]): Promise<number[]> {
  const file = `${name}.${asJson ? 'json' : 'yaml'}`;
  writeFileSync(join(dir, file), asJson ? JSON.stringify(data, null, 2) : stringify(data));
  const codes: number[] = [];
  for (const args of commands) {
    const r = await runInProcess({ args: [...args.map((a) => a.replace('FILE', file))], cwd: dir });
    expectOneLinePerProblem(r, file, `${args.join(' ')} on ${asJson ? JSON.stringify(data) : stringify(data)}`);
    codes.push(r.code);
  }
  return codes;
}

beforeAll(() => {
  writeFileSync(join(dir, 'mini.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml')));
  writeFileSync(join(dir, 'mini.answers.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml')));
});

describe('every value of a questionnaire given another type', () => {
  const all = paths(QUESTIONNAIRE);
  it(`never an internal error, at each of its ${all.length} places`, async () => {
    let refused = 0;
    for (const [i, path] of all.entries()) {
      const original = path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, QUESTIONNAIRE);
      // Two values of other types at each place, chosen in turn so every type comes to every depth.
      const others = WRONG.filter((w) => typeOf(w) !== typeOf(original));
      const values = [others[i % others.length]!, others[(i * 7 + 3) % others.length]!];
      // A list whose every item has the wrong type: (two mappings in a list of ids crashed the schema check).
      if (Array.isArray(original) && original.length > 1) values.push(...WRONG.filter((w) => typeOf(w) !== typeOf(original[0]!)).map((w) => original.map(() => w)));
      for (const value of values) {
        const codes = await check('q', replaced(QUESTIONNAIRE, path, value), i % 2 === 0, [['validate', 'FILE'], ['assess', '-q', 'FILE', '-a', 'mini.answers.yaml', '--today', '2026-11-23', '--allow-incomplete']]);
        if (codes[0] === ExitCode.CannotAssess) refused++;
      }
    }
    // Most changes of type make a questionnaire invalid (some, like a number for a description, do not).
    expect(refused).toBeGreaterThan(all.length);
  }, 120_000);
});

describe('every value of an answers file given another type', () => {
  const all = paths(ANSWERS);
  it(`never an internal error, at each of its ${all.length} places`, async () => {
    for (const [i, path] of all.entries()) {
      for (const value of WRONG) {
        if (i % 3 !== WRONG.indexOf(value) % 3 && path.length > 0) continue; // a third of the types at each place
        await check('a', replaced(ANSWERS, path, value), i % 2 === 1, [['validate', '-q', 'mini.yaml', 'FILE'], ['assess', '-q', 'mini.yaml', '-a', 'FILE', '--today', '2026-11-23']]);
      }
    }
  }, 120_000);

  it('nor on random trees of wrong values in random places', async () => {
    const json: fc.Arbitrary<Json> = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...WRONG), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'value', 'status', 'reason', 'question', 'options', 'type', 'sections', 'answers', 'questions', 'when', 'in'), tie('value'), { maxKeys: 3 })),
    })).value as fc.Arbitrary<Json>;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths(ANSWERS), ...paths(QUESTIONNAIRE).map((p) => ['q', ...p])), json, fc.boolean(), async (path, value, asJson) => {
        if (path[0] === 'q' && path.length > 0) {
          await check('q', replaced(QUESTIONNAIRE, path.slice(1), value), asJson, [['validate', 'FILE']]);
        } else {
          await check('a', replaced(ANSWERS, path, value), asJson, [['validate', '-q', 'mini.yaml', 'FILE'], ['assess', '-q', 'mini.yaml', '-a', 'FILE', '--today', '2026-11-23']]);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('reports and other JSON files where answers or a questionnaire are expected', () => {
  const ANSWERS_FILE = 'examples/council-cyber-resilience.answers.yaml';
  let files: Record<string, string>;
  beforeAll(async () => {
    files = {};
    for (const format of ['json', 'sarif']) {
      const r = await runInProcess({ args: ['assess', '-a', ANSWERS_FILE, '--today', '2026-11-23', '--format', format] });
      files[`report.${format}`] = r.stdout;
    }
    files['diff.json'] = (await runInProcess({ args: ['diff', '-f', 'json', '--today', '2026-11-23', ANSWERS_FILE, ANSWERS_FILE] })).stdout;
    files['package.json'] = readFileSync(join(repoRoot, 'package.json'), 'utf8');
    files['schema.json'] = readFileSync(join(repoRoot, 'schemas/answers.schema.json'), 'utf8');
    files['list.json'] = '[1, 2, 3]\n';
    files['string.json'] = '"answers"\n';
    files['number.json'] = '42\n';
    files['null.json'] = 'null\n';
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });

  it.each(['report.json', 'report.sarif', 'diff.json', 'package.json', 'schema.json', 'list.json', 'string.json', 'number.json', 'null.json'])('%s', async (file) => {
    for (const args of [['validate', file], ['validate', '--kind', 'answers', file], ['validate', '--kind', 'questionnaire', file], ['assess', '-a', file], ['assess', '-q', `./${file}`, '-a', 'mini.answers.yaml'], ['diff', 'mini.answers.yaml', file]]) {
      const r = await runInProcess({ args, cwd: dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(ExitCode.CannotAssess);
      expectOneLinePerProblem(r, file, args.join(' '));
    }
  });

  it('a report given to validate or assess says what it is, in one line, through the binary', async () => {
    for (const args of [['validate', 'report.json'], ['assess', '-a', 'report.json']]) {
      expect(await runBinary({ args, cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'report.json:2:3: this is a cyber-ready JSON report, not a questionnaire or an answers file; give the answers file the report was made from\n' });
    }
  });

  // A share extract whose `kind` was mistyped was called "a cyber-ready JSON report" at its
  // `schemaVersion` line, which sent the forum looking for a report that was never made.
  it('a kind of ours mistyped is said at its line, with the kind meant, through the binary', async () => {
    const extract = (await runInProcess({ args: ['share', ANSWERS_FILE, '--label', 'c1', '--today', '2026-11-23'] })).stdout;
    expect(extract).toMatch(/^\{\n {2}"kind": "cyber-ready-share",/);
    writeFileSync(join(dir, 'shar.json'), extract.replace('"cyber-ready-share"', '"cyber-ready-shar"'));
    writeFileSync(join(dir, 'odd.json'), extract.replace('"cyber-ready-share"', '"cyber-ready-extract"'));
    for (const args of [['validate', 'shar.json'], ['benchmark', 'shar.json', 'shar.json'], ['assess', '-a', 'shar.json']]) {
      expect(await runBinary({ args, cwd: dir }), args.join(' ')).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'shar.json:2:3: "kind" is "cyber-ready-shar", which is no kind of file cyber-ready makes; did you mean "cyber-ready-share"?\n' });
    }
    expect(await runBinary({ args: ['validate', 'odd.json'], cwd: dir })).toEqual({
      code: ExitCode.CannotAssess,
      stdout: '',
      stderr: 'odd.json:2:3: "kind" is "cyber-ready-extract", which is no kind of file cyber-ready makes; cyber-ready writes "cyber-ready-share", "cyber-ready-benchmark" or "cyber-ready-trend"\n',
    });
  });

  it('frameworks written as a list of mappings, through the binary', async () => {
    const text = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8').replace(/^frameworks:.*\n(\s+-.*\n)*/m, 'frameworks:\n  - id: caf-4.0\n  - id: ncsc-10-steps\n');
    expect(text).toContain('- id: ncsc-10-steps');
    writeFileSync(join(dir, 'fw.yaml'), text);
    const r = await runBinary({ args: ['validate', 'fw.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^fw\.yaml:\d+:5: item 1 of "frameworks" must be text, not a mapping\nfw\.yaml:\d+:5: item 2 of "frameworks" must be text, not a mapping\n/);
  });
});

it('every list with unique items in our schemas says its items are scalars', () => {
  // Without an item type, ajv checks uniqueness with a deep comparison that throws on the YAML
  // loader's null-prototype mappings ("e.valueOf is not a function") before the type error is found.
  const lists: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.uniqueItems === true) {
      lists.push(at);
      expect(['string', 'number', 'integer', 'boolean'], at).toContain((record.items as { type?: string } | undefined)?.type);
    }
    for (const [k, v] of Object.entries(record)) walk(v, `${at}/${k}`);
  };
  for (const kind of ['questionnaire', 'answers', 'report']) walk(JSON.parse(readFileSync(join(repoRoot, `schemas/${kind}.schema.json`), 'utf8')), kind);
  expect(lists.length).toBeGreaterThan(1);
});
