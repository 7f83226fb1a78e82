import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// Anchors, aliases and tags in an answers file (SPEC "v2: writing files safely": a save is a
// minimal edit). A review that accepted `q2: *v` wrote it out as `q2: in-place`, losing the note
// and owner of an aliased entry; a change to `q1: &v in-place` changed q2 too, or (a bare `q1: &x`)
// left `*x` pointing at nothing; and `!!int 10` answered "don't know" became `!!int { status:
// unknown }`, which no YAML tool reads.
const terminal = tmuxTerminal('anchors', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: mini
version: 1.0.0
title: Mini
scales:
  m:
    - { value: no-plan, label: Not in place, score: 0 }
    - { value: planned, label: Planned, score: 0.5 }
    - { value: in-place, label: In place, score: 1 }
sections:
  - id: s1
    title: One
    questions:
      - { id: q1, text: Question one, type: choice, scale: m }
      - { id: q2, text: Question two, type: choice, scale: m }
      - { id: q3, text: Question three, type: yes-no }
      - { id: q4, text: Days to patch, type: number, bands: [{ max: 14, score: 1 }, { score: 0 }] }
      - { id: q5, text: Question five, type: choice, scale: m, allowNotApplicable: true }
`;
const HEAD = 'questionnaire: mini\nquestionnaireVersion: 1.0.0\norganisation: X\nassessedOn: 2026-11-20\nanswers:\n';
/** `text` once the walk (on 2026-12-01) has saved a change to it: dated that day. */
const dated = (text: string): string => text.replace('assessedOn: 2026-11-20\n', 'assessedOn: 2026-12-01\n');
const REST = '  q3: yes\n  q4: 10\n  q5: in-place\n';
const read = (dir: string): string => readFileSync(join(dir, 'answers.yaml'), 'utf8');

function folder(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-anchors-'));
  writeFileSync(join(dir, 'mini.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'answers.yaml'), text);
  return dir;
}

/**
 * Reviews the file with plain prompts: `replies` by question number (1 to 5; Enter keeps the answer
 * for any not given, and a question left out of `asked` must not be asked), then declines the paper.
 */
async function review(dir: string, replies: Record<number, string>, asked = [1, 2, 3, 4, 5], extra: string[] = ['--review']): Promise<string> {
  const { waitForScreen, keys, start } = terminal;
  start(dir, ['assess', '-q', 'mini.yaml', '-a', 'answers.yaml', '--plain', '--today', '2026-12-01', ...extra], 'TERM=dumb ');
  for (const n of asked) {
    await waitForScreen(`Question ${n} of 5,`);
    if (replies[n] !== undefined) await keys(replies[n]!);
    await keys('Enter');
  }
  return terminal.declinePaper(dir);
}

it.runIf(hasTmux)('a review that accepts an alias leaves it as written, and a change elsewhere changes only that line', { timeout: 90_000 }, async () => {
  const aliased = `${HEAD}  q1: &v in-place\n  q2: *v\n${REST}`;
  const all = folder(aliased);
  expect(await review(all, {}, [2, 3, 4, 5])).toBe('0');
  expect(read(all)).toBe(aliased);

  const one = folder(aliased);
  expect(await review(one, { 4: '20' }, [2, 3, 4, 5])).toBe('0');
  expect(read(one)).toBe(dated(aliased.replace('q4: 10', 'q4: 20')));

  const map = `${HEAD}  q1: &m { value: in-place, note: shared, owner: Bob }\n  q2: *m\n${REST}`;
  const mapped = folder(map);
  expect(await review(mapped, {}, [2, 3, 4, 5])).toBe('0');
  expect(read(mapped)).toBe(map);
});

it.runIf(hasTmux)('an alias answered anew is written out with what it stood for, its note and owner kept', { timeout: 60_000 }, async () => {
  const text = `${HEAD}  q1: &m { value: in-place, note: shared, owner: Bob }\n  q2: *m\n${REST}`;
  const dir = folder(text);
  expect(await review(dir, { 2: '2' }, [2, 3, 4, 5])).toBe('0');
  expect(read(dir)).toBe(dated(text.replace('q2: *m', 'q2: { value: planned, note: shared, owner: Bob }')));
});

it.runIf(hasTmux)('an entry whose anchor an alias uses is not asked: one line says why and how to change it, and the file is as it was', { timeout: 90_000 }, async () => {
  const text = `${HEAD}  q1: &v in-place\n  q2: *v\n${REST}`;
  const dir = folder(text);
  expect(await review(dir, {}, [2, 3, 4, 5])).toBe('0');
  expect(read(dir)).toBe(text);
  expect(terminal.joinedHistoryText().replace(/\n +/g, ' ')).toContain(
    'answers.yaml: "q1" is kept as it is and not asked: its anchor &v is used by the alias *v on line 7, so a change here would change that answer too; to change either, write both entries out in full (without & and *) and run again',
  );

  // A bare anchor on an empty answer: answering it wrote `q1: planned` and left `*x` pointing at nothing.
  const bare = `${HEAD}  q1: &x\n  q2: *x\n${REST}`;
  const empty = folder(bare);
  terminal.start(empty, ['assess', '-q', 'mini.yaml', '-a', 'answers.yaml', '--plain', '--today', '2026-12-01'], 'TERM=dumb ');
  await terminal.waitForScreen('Question 2 of 5,');
  await terminal.keys('2', 'Enter');
  expect(await terminal.declinePaper(empty)).toBe('0');
  expect(read(empty)).toBe(dated(bare.replace('q2: *x', 'q2: planned')));
  expect(terminal.joinedHistoryText().replace(/\n +/g, ' ')).toContain('"q1" is kept as it is and not asked: its anchor &x is used by the alias *x on line 7');
  expect(terminal.drawn(empty)).not.toContain('Question 1 of 5');
});

it.runIf(hasTmux)('an anchor on a field no save writes (an owner) leaves its entry asked and answered', { timeout: 60_000 }, async () => {
  const text = `${HEAD}  q1:\n    value: in-place\n    owner: &o Bob\n  q2:\n    value: planned\n    owner: *o\n${REST}`;
  const dir = folder(text);
  expect(await review(dir, { 1: '2' })).toBe('0');
  expect(read(dir)).toBe(dated(text.replace('value: in-place', 'value: planned')));
});

it.runIf(hasTmux)('a tagged answer replaced loses its tag, which named the old value’s type', { timeout: 90_000 }, async () => {
  const text = `${HEAD}  q1: in-place\n  q2: planned\n  q3: !!bool true\n  q4: !!int 10\n  q5: !!str in-place\n`;
  const dir = folder(text);
  expect(await review(dir, { 3: '1', 4: '?' })).toBe('0');
  expect(read(dir)).toBe(dated(text.replace('q3: !!bool true', 'q3: no').replace('q4: !!int 10', 'q4: { status: unknown }')));
});

it('a core tag that does not fit its value is an error at its place, as other YAML tools refuse it', async () => {
  const dir = folder(`${HEAD}  q1: in-place\n  q2: planned\n  q3: !!bool no\n  q4: !!int { status: unknown }\n  q5: !!str in-place\n`);
  const result = await runBinary({ args: ['validate', 'answers.yaml', '-q', 'mini.yaml'], cwd: dir });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('answers.yaml:8:14: tag !!bool does not fit the value after it under the YAML 1.2 core schema');
  expect(result.stderr).toContain('answers.yaml:9:13: tag !!int does not fit the value after it under the YAML 1.2 core schema');
  const fits = folder(`${HEAD}  q1: in-place\n  q2: planned\n  q3: !!bool true\n  q4: !!int 0x0a\n  q5: !!str in-place\n`);
  expect((await runBinary({ args: ['validate', 'answers.yaml', '-q', 'mini.yaml'], cwd: fits })).code).toBe(0);
});

it('a merge key is refused at its place as not YAML 1.2, not as an unknown property', async () => {
  const dir = folder(`${HEAD}  q1: { value: in-place, note: a }\n  q2:\n    <<: { value: planned }\n    note: merged\n  q3: { <<: { value: yes } }\n  q4: 10\n  q5: in-place\n`);
  const result = await runBinary({ args: ['validate', 'answers.yaml', '-q', 'mini.yaml'], cwd: dir });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    'answers.yaml:8:5: merge keys (<<) are not part of YAML 1.2, which these files are read as; write the fields out in full\n' +
      'answers.yaml:10:9: merge keys (<<) are not part of YAML 1.2, which these files are read as; write the fields out in full\n',
  );
});
