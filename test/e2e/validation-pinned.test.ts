// Rules of input validation that no other test pinned down (found by mutation review: each case
// failed with one small change to the validating code and passes without it). Each case changes one
// thing in a copy of a fixture and runs the real binary: exit 2, the first line FILE:LINE:COL, and
// nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { copyFixture, editFile } from '../helpers/fixture-copy.js';

interface Case {
  name: string;
  /** The fixture folder, the questionnaire and the answers file in it. */
  fixture: string;
  questionnaire: string;
  answers: string;
  file: string;
  change: (text: string) => string;
  error: string;
}

const copy = (fixture: string): string => copyFixture(fixture, 'pinned');
const edit = editFile;

const SYSTEMS = { fixture: 'test/fixtures/systems', questionnaire: 'sys.yaml', answers: 'sys.answers.yaml' };

const cases: Case[] = [
  {
    name: 'a system with a file and waivers of its own (not only answers) is refused, not its waivers dropped',
    ...SYSTEMS,
    file: 'sys.answers.yaml',
    change: (t) => t.replace('    file: systems/social-care.yaml\n', '    file: systems/social-care.yaml\n    waivers:\n      - { question: mfa, reason: Later., expires: 2027-01-31 }\n'),
    error: 'sys.answers.yaml:19:11: critical system "social-care" has both "file:" and answers or waivers of its own; keep its answers in one place',
  },
  {
    // YAML does not expand "~", so the file would be looked for in a folder named "~": say what is meant.
    name: 'a system file under the home folder ("~/") is refused as not relative',
    ...SYSTEMS,
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: ~/social-care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: ~/social-care.yaml" must be a relative path under the answers file\'s folder, not an absolute one',
  },
  {
    // SPEC v2: complete when every indicator has a value, or when confirmed with a justification.
    // Confirming the derived status needs no justification, but without one it does not complete the answer.
    name: 'an outcome confirmed at its derived status, without a justification, with an indicator unanswered, is still to answer',
    fixture: 'test/fixtures/outcome',
    questionnaire: 'outcome.yaml',
    answers: 'outcome.answers.yaml',
    file: 'outcome.answers.yaml',
    change: (t) =>
      t
        .replace('indicators: { B.NA.1: false, B.PA.1: true, B.A.1: false, B.A.2: yes }', 'indicators: { B.NA.1: false, B.PA.1: false, B.A.1: true }')
        .replace('    comments: { B.A.1: "Twice a year, not every quarter." }\n', '    confirmed: not-achieved\n'),
    error: 'outcome.answers.yaml:3:3: the only question to answer has no answer yet (board); answer it, or pass --allow-incomplete to score it as 0',
  },
  {
    // As an empty `budget:` is: the place the answer goes, not the top of the answers (`budget: {}` was placed at `answers:`).
    name: 'an entry with a note but no answer is placed where its answer goes',
    fixture: 'test/fixtures/valid',
    questionnaire: 'mini.yaml',
    answers: 'mini-good.answers.yaml',
    file: 'mini-good.answers.yaml',
    change: (t) => t.replace('  budget: yes\n', '  budget: { note: ask the finance director }\n'),
    error: 'mini-good.answers.yaml:7:3: 2 of the 8 questions to answer have no answer yet (1 of them scored: budget); answer them, or pass --allow-incomplete to score them as 0',
  },
];

describe('limits are inclusive', () => {
  it('a weight of exactly 1000000 is allowed; 1000001 is exit 2 at its place', async () => {
    const dir = copy('test/fixtures/valid');
    const mini = readFileSync(join(dir, 'mini.yaml'), 'utf8');
    for (const [weight, code, line] of [
      ['1000000', ExitCode.Ok, `mini.yaml: valid questionnaire mini 1.2.0 (3 sections, 9 questions)`],
      ['1000001', ExitCode.CannotAssess, 'mini.yaml:19:13: "weight" must be at most 1000000, not 1000001; weights only count relative to each other'],
    ] as const) {
      edit(dir, 'mini.yaml', () => mini.replace(/^ {4}weight: 3$/m, `    weight: ${weight}`));
      const r = await runBinary({ args: ['validate', 'mini.yaml'], cwd: dir });
      expect(r.code).toBe(code);
      expect((code === ExitCode.Ok ? r.stdout : r.stderr).split('\n')[0]).toBe(line);
    }
  });

  it('a file of exactly 32 MB is read, from a path or standard input; one byte more is exit 2', async () => {
    const dir = copy('test/fixtures/valid');
    const limit = 32 * 1024 * 1024;
    const head = readFileSync(join(dir, 'mini.answers.yaml'), 'utf8');
    // The answers padded with one long comment line to the size wanted.
    const sized = (bytes: number): string => `${head}#${'x'.repeat(bytes - Buffer.byteLength(head) - 2)}\n`;
    writeFileSync(join(dir, 'exact.yaml'), sized(limit));
    writeFileSync(join(dir, 'over.yaml'), sized(limit + 1));
    const ok = 'exact.yaml: valid answers to mini 1.2.0';
    const exact = await runBinary({ args: ['validate', '-q', 'mini.yaml', 'exact.yaml'], cwd: dir }, 60_000);
    expect([exact.code, exact.stdout.split('\n')[0]]).toEqual([ExitCode.Ok, expect.stringContaining(ok)]);
    const over = await runBinary({ args: ['validate', '-q', 'mini.yaml', 'over.yaml'], cwd: dir }, 60_000);
    expect([over.code, over.stderr.split('\n')[0]]).toEqual([ExitCode.CannotAssess, 'over.yaml: file is too large (32.1 MB; the limit is 32.0 MB)']);
    const piped = await runBinary({ args: ['validate', '-q', 'mini.yaml', '--kind', 'answers', '-'], cwd: dir, stdin: sized(limit) }, 60_000);
    expect(piped.code).toBe(ExitCode.Ok);
    const pipedOver = await runBinary({ args: ['validate', '-q', 'mini.yaml', '--kind', 'answers', '-'], cwd: dir, stdin: sized(limit + 1) }, 60_000);
    expect([pipedOver.code, pipedOver.stderr.split('\n')[0]]).toEqual([ExitCode.CannotAssess, '<stdin>: input is too large (over 32.0 MB)']);
  }, 120_000);

  it('two rating bands with the same "min" are refused: the second could never be given', async () => {
    const dir = copy('test/fixtures/valid');
    edit(dir, 'mini.yaml', (t) => `${t}ratings:\n  - { min: 80, label: Ready }\n  - { min: 80, label: Nearly ready }\n  - { min: 0, label: Not ready }\n`);
    const r = await runBinary({ args: ['validate', 'mini.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n')[0]).toBe('mini.yaml:93:12: ratings must be listed highest "min" first, with no two the same (80 follows 80)');
  });
});

describe('YAML: the fast reader hands over what the full parser refuses', () => {
  // "@" and "`" are reserved in YAML: no plain value may start with one. The fast reader for plain
  // files must leave such a file to the full parser, which says so, rather than read it as text.
  it.each([
    ['organisation: Test Council', 'organisation: @Test Council', 'mini.answers.yaml:4:15: plain value cannot start with reserved character @'],
    ['organisation: Test Council', 'organisation: `Test Council', 'mini.answers.yaml:4:15: plain value cannot start with reserved character `'],
    ['services: [dns, mail]', 'services: [dns, @mail]', 'mini.answers.yaml:16:19: plain value cannot start with reserved character @'],
  ])('%s written as %s', async (from, to, error) => {
    const dir = copy('test/fixtures/valid');
    edit(dir, 'mini.answers.yaml', (t) => t.replace(from, to));
    const r = await runBinary({ args: ['validate', '-q', 'mini.yaml', 'mini.answers.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n')[0]).toBe(error);
  });
});

describe('input validation: each mistake is exit 2 at its place, with nothing written', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = copy(c.fixture);
      edit(dir, c.file, c.change);
      const r = await runBinary({ args: ['assess', '-q', c.questionnaire, '-a', c.answers, '--today', '2026-11-30', '-o', 'report.txt'], cwd: dir });
      expect(r.stderr.split('\n').filter((l) => l.includes(': ') && !l.includes('warning:'))[0]).toBe(c.error);
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(() => readFileSync(join(dir, 'report.txt'))).toThrow();
    });
  }
});
