// Nesting past the 64-level limit, as deep as a file can make it: every reader of JSON and YAML
// says it in one line, at the value where depth 65 starts, whatever the depth and whichever Node
// runs it. From a few thousand levels the JSON scans recursed past the stack (an internal error,
// or "nested too deeply" at 1:1 on one Node and not another) and the YAML reader said it where the
// parser gave up, further on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { answers, fixtures } from '../helpers/trend-answers.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOO_DEEP = 'nesting is too deep (the limit is 64 levels)';
const DEPTHS = [100, 5_000, 100_000];
const list = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const BASE = '{"kind": "cyber-ready-share", "schemaVersion": 1';
const EXTRACT = `${BASE}, "x": `;

const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const run = (args: string[]) => runBinary({ args, cwd: dir }, 60_000);

/** Each depth's file, read by `args`, gives exactly `expected(file)` and exit 2. */
async function expectEachDepth(make: (depth: number) => string, args: (file: string) => string[], expected: (file: string) => string): Promise<void> {
  for (const depth of DEPTHS) {
    const file = make(depth);
    const r = await run(args(file));
    expect({ depth, code: r.code, stderr: r.stderr }).toEqual({ depth, code: ExitCode.CannotAssess, stderr: `${expected(file)}\n` });
  }
}

describe('nesting past the limit is said at the value where depth 65 starts', () => {
  // The value of "x" is at depth 1, so depth 65 starts 64 brackets in.
  const at = EXTRACT.length + 1 + 64;

  it('in a share extract in JSON, read by benchmark', async () => {
    await expectEachDepth((d) => write(`extract-${d}.json`, `${EXTRACT}${list(d)}}`), (f) => ['benchmark', f], (f) => `${f}:1:${at}: ${TOO_DEEP}`);
  });

  it('in a share extract in JSON, read by validate', async () => {
    await expectEachDepth((d) => write(`extract-v-${d}.json`, `${EXTRACT}${list(d)}}`), (f) => ['validate', f], (f) => `${f}:1:${at}: ${TOO_DEEP}`);
  });

  it('in JSON that is cut short inside the deep part', async () => {
    await expectEachDepth((d) => write(`cut-${d}.json`, `${EXTRACT}${'['.repeat(d)}`), (f) => ['benchmark', f], (f) => `${f}:1:${at}: ${TOO_DEEP}`);
  });

  it('in an answers file in JSON', async () => {
    const prefix = '{"questionnaire": "cyber-essentials-readiness", "answers": ';
    await expectEachDepth((d) => write(`answers-${d}.json`, `${prefix}${list(d)}}`), (f) => ['assess', '-a', f], (f) => `${f}:1:${prefix.length + 65}: ${TOO_DEEP}`);
  });

  it('in a questionnaire in JSON', async () => {
    const prefix = '{"id": "deep", "sections": ';
    await expectEachDepth(
      (d) => {
        mkdirSync(join(dir, `q-${d}`));
        return write(`q-${d}/deep.json`, `${prefix}${list(d)}}`);
      },
      (f) => ['validate', f],
      (f) => `${f}:1:${prefix.length + 65}: ${TOO_DEEP}`,
    );
  });

  it('in YAML flow lists', async () => {
    await expectEachDepth((d) => write(`flow-${d}.yaml`, `id: x\nv: ${list(d)}\n`), (f) => ['validate', f], (f) => `${f}:2:${'v: '.length + 65}: ${TOO_DEEP}`);
  });

  it('in YAML flow mappings', async () => {
    await expectEachDepth((d) => write(`flow-map-${d}.yaml`, `id: x\nv: ${'{a: '.repeat(d)}1${'}'.repeat(d)}\n`), (f) => ['validate', f], (f) => `${f}:2:${'v: '.length + 1 + 64 * '{a: '.length}: ${TOO_DEEP}`);
  });

  it('in YAML block lists on one line', async () => {
    await expectEachDepth((d) => write(`block-list-${d}.yaml`, `id: x\nv:\n  ${'- '.repeat(d)}x\n`), (f) => ['validate', f], (f) => `${f}:3:${3 + 2 * 64}: ${TOO_DEEP}`);
  });

  it('in YAML block mappings, one level a line', async () => {
    // Line n holds the mapping at depth n - 1, indented n - 1 spaces; depth 65 is on line 66.
    const block = (d: number): string => `${Array.from({ length: d }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x\n`;
    await expectEachDepth((d) => write(`block-map-${d}.yaml`, block(Math.min(d, 3_000))), (f) => ['validate', f], (f) => `${f}:66:66: ${TOO_DEEP}`);
  });

  it('in a version of an answers file that trend scores', async () => {
    const repo = join(dir, 'repo');
    initRepository(repo);
    commit(repo, { date: '2026-01-10T12:00:00+00:00', message: 'Deep', write: { 'a.yaml': answers({ extra: `\n  deep: ${list(100_000)}` }) } });
    const r = await runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, '--today', '2026-12-01'], cwd: repo }, 60_000);
    // "deep" is at depth 1 (in "answers"), so its list at depth 2: depth 65 starts 63 brackets in.
    expect(r.stdout).toContain(`a.yaml:7:${'  deep: '.length + 64}: ${TOO_DEEP}`);
  });
});

describe('a deep file with another problem says the first in the file', () => {
  const deep = list(100_000);

  it('a key given twice or a syntax error before the deep part is said first', async () => {
    const text = `${BASE}, "a": {"b": 1, "b": 2}, "y": ${deep}}`;
    const dup = `1:${text.indexOf('"b": 2') + 1}: duplicate key "b" (first defined at line 1)`;
    const deepAt = `1:${text.indexOf('[') + 65}: ${TOO_DEEP}`;
    // benchmark stops at the first problem; validate, which reads the file as YAML, goes on to the depth.
    const bench = await run(['benchmark', write('dup-first.json', text)]);
    expect(bench).toMatchObject({ code: ExitCode.CannotAssess, stderr: `dup-first.json:${dup}\n` });
    const checked = await run(['validate', 'dup-first.json']);
    expect(checked).toMatchObject({ code: ExitCode.CannotAssess, stderr: `dup-first.json:${dup}\ndup-first.json:${deepAt}\n` });
    const broken = `${BASE}, "a": [1, }, "y": ${deep}}`;
    const syntax = await run(['benchmark', write('syntax-first.json', broken)]);
    expect(syntax).toMatchObject({ code: ExitCode.CannotAssess, stderr: `syntax-first.json:1:${broken.indexOf('}') + 1}: not valid JSON: unexpected "}"; expected a value (an object, list, string, number, true, false or null)\n` });
  });

  it('a key given twice or a syntax error after the deep part: the depth is said', async () => {
    for (const after of [', "a": {"b": 1, "b": 2}}', ', "a": [1, }}']) {
      const text = `${EXTRACT}${deep}${after}`;
      const r = await run(['benchmark', write('deep-first.json', text)]);
      expect(r).toMatchObject({ code: ExitCode.CannotAssess, stderr: `deep-first.json:1:${EXTRACT.length + 65}: ${TOO_DEEP}\n` });
    }
  });

  it('in YAML, a syntax error after the deep part: the depth is said', async () => {
    const r = await run(['validate', write('deep-then-broken.yaml', `id: x\nv: ${deep}\nw: "open\n`)]);
    expect(r).toMatchObject({ code: ExitCode.CannotAssess, stderr: `deep-then-broken.yaml:2:68: ${TOO_DEEP}\n` });
  });

  it('validate still checks the files after a deep one', async () => {
    write('empty.yaml', '');
    const r = await run(['validate', write('deep-valid.json', `{"x": ${list(8_000)}}`), 'empty.yaml']);
    expect(r).toMatchObject({ code: ExitCode.CannotAssess, stderr: `deep-valid.json:1:71: ${TOO_DEEP}\nempty.yaml:1:1: the file is empty; expected a YAML mapping\n` });
  });
});
