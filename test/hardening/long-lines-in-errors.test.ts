// A value or a line pasted where it does not belong can be a whole document on one line (found by
// mutation fuzzing: an error line 100,000 characters long), and a few of the YAML parser's messages
// reached users in its own words. Every error stays one short plain line: a long value is cut and
// its length said, and the parser's messages are put in plain words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-long-'));
const HEAD = 'questionnaire: council-cyber-resilience\nquestionnaireVersion: 2.3.0\nanswers:\n';
const LONG = 'x'.repeat(100_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: [string, string, string][] = [
  ['a long value that is not an option', `${HEAD}  gov-strategy: ${LONG}\n`, `a.yaml:4:17: "${'x'.repeat(60)}…" (100000 characters) is not an option of "gov-strategy"; choose one of not-in-place, planned, partly, in-place`],
  ['a long unknown question id', `${HEAD}  ${'q'.repeat(1000)}: in-place\n`, `a.yaml:4:3: unknown question "${'q'.repeat(60)}…" (1000 characters) in questionnaire "council-cyber-resilience"`],
  ['a long line after ">"', `${HEAD}  gov-strategy:\n    note: >${LONG}\n      text\n`, 'a.yaml:5:12: after "|" or ">" only an indent number, "+" or "-" may follow on the same line; start the text on the next line, indented'],
  ['a key over 1024 characters', `${HEAD}  gov-strategy: in-place\n${'k'.repeat(1100)}: x\n`, 'a.yaml:5:1: a key can be at most 1024 characters long; if this long line is a value, put it after its key ("key: value")'],
  // Placed at the key itself, as every other error on a key is, not at the indentation before it.
  ['an indented key over 1024 characters', `${HEAD}  gov-strategy: in-place\n  ${'k'.repeat(1100)}: x\n`, 'a.yaml:5:3: a key can be at most 1024 characters long; if this long line is a value, put it after its key ("key: value")'],
  ['a key over 1024 characters in a list', `${HEAD}  gov-strategy:\n    evidence:\n      - ${'k'.repeat(1100)}: x\n`, 'a.yaml:6:9: a key can be at most 1024 characters long; if this long line is a value, put it after its key ("key: value")'],
];

describe('errors stay one short line', () => {
  for (const [name, text, line] of cases) {
    it(name, async () => {
      writeFileSync(join(dir, 'a.yaml'), text);
      for (const args of [['validate', 'a.yaml'], ['assess', '-a', 'a.yaml', '-f', 'json', '-o', 'out.json']]) {
        const r = await runBinary({ args, cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.split('\n')[0]).toBe(line);
        expect(r.stderr.length).toBeLessThan(400);
      }
    });
  }
});
