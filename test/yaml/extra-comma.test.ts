// `"gov-siro": "yes",,` in a JSON answers file (or `[a,, b]` in YAML) was "a comma outside { } or
// [ ]", about a comma that is inside them. The parser reports a comma only inside brackets, when
// nothing comes before it: an extra one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { expectOneLine } from '../helpers/one-line-error.js';

const JSON_ANSWERS = JSON.stringify(parse(readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8')), null, 2);
const SIRO = '    "gov-siro": "yes",';
const siroLine = JSON_ANSWERS.slice(0, JSON_ANSWERS.indexOf(SIRO)).split('\n').length;

describe('an extra comma', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-comma-'));
  const validate = async (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return runBinary({ args: ['validate', name], cwd: dir });
  };

  it('two commas after an answer in YAML flow style: an extra comma in { }, at the second', async () => {
    expect(JSON_ANSWERS).toContain(`\n${SIRO}\n`);
    const r = await validate('a.yaml', JSON_ANSWERS.replace(`\n${SIRO}\n`, `\n${SIRO},\n`));
    expectOneLine(r, new RegExp(`^a\\.yaml:${siroLine}:${SIRO.length + 1}: an extra comma in \\{ \\}: nothing comes before it; remove it$`));
  });

  // A .json file neither reader accepts is said in the JSON reader's words, as benchmark says it of
  // an extract (json-syntax-words.test.ts), at the same comma.
  it('the same in a JSON answers file: the JSON reader\'s words, at the second', async () => {
    const r = await validate('a.json', JSON_ANSWERS.replace(`\n${SIRO}\n`, `\n${SIRO},\n`));
    expectOneLine(r, new RegExp(`^a\\.json:${siroLine}:${SIRO.length + 1}: not valid JSON: unexpected ","; expected a property name in double quotes$`));
  });

  it('a comma first in a YAML list: an extra comma in [ ]', async () => {
    const line = '    "gov-strategy": [, "in-place"],';
    const r = await validate('q.yaml', JSON_ANSWERS.replace(`\n${SIRO}\n`, `\n${SIRO}\n${line}\n`));
    expectOneLine(r, new RegExp(`^q\\.yaml:${siroLine + 1}:${line.indexOf(',') + 1}: an extra comma in \\[ \\]: nothing comes before it; remove it$`));
  });
});
