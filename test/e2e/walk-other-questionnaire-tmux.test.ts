import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A council that did its resilience assessment in a folder starts Cyber Essentials there with
// `assess -q cyber-essentials-readiness`. The walk saves to cyber-ready-answers.yaml, which holds
// the council questionnaire's answers: "Carry on with them?" ended in exit 2 whichever was answered
// (yes: the answers do not fit; no: the file exists). It is now refused at once, at the file's
// questionnaire line, with the way on.
const terminal = tmuxTerminal('otherq', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

it.runIf(hasTmux)('a walk for one questionnaire over a saved file of another stops at once and says what to pass', { timeout: 60_000 }, async () => {
  const { start, ended, drawn, waitForScreen, keys } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-'));
  const council = read(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
  writeFileSync(join(dir, 'cyber-ready-answers.yaml'), council);
  const line = council.split('\n').findIndex((l) => l.startsWith('questionnaire: ')) + 1;

  start(dir, ['assess', '-q', 'cyber-essentials-readiness', '--today', '2026-11-23']);
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    `cyber-ready-answers.yaml:${line}:16: this file holds answers to "council-cyber-resilience", not "cyber-essentials-readiness"; to answer cyber-essentials-readiness, pass --save FILE with a new file name (such as --save cyber-essentials-readiness.yaml), or leave out -q to carry on with these\n`,
  );
  // Nothing asked, nothing written.
  expect(drawn(dir)).not.toContain('Carry on');
  expect(read(dir, 'cyber-ready-answers.yaml')).toBe(council);
  expect(read(dir, 'report.txt')).toBe('');

  // The way it names works: a new file for Cyber Essentials, the council's file untouched.
  start(dir, ['assess', '-q', 'cyber-essentials-readiness', '--save', 'cyber-essentials-readiness.yaml', '--today', '2026-11-23']);
  await waitForScreen('Organisation');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'cyber-ready-answers.yaml')).toBe(council);

  // The same questionnaire as the file's, or none named: carrying on is offered as before.
  start(dir, ['assess', '-q', 'council-cyber-resilience', '--today', '2026-11-23']);
  await waitForScreen('cyber-ready-answers.yaml already has answers. Carry on with them?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)("over a file of the council's own questionnaire, the way on names -q FILE: leaving out -q would not find it", { timeout: 60_000 }, async () => {
  const { start, ended } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-own-'));
  writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: our-own\nanswers:\n  owner: yes\n');
  writeFileSync(join(dir, 'ce.yaml'), read(repoRoot, 'questionnaires/cyber-essentials-readiness.yaml'));
  start(dir, ['assess', '-q', 'ce.yaml', '--save', 'answers.yaml', '--today', '2026-11-23']);
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'answers.yaml:1:16: this file holds answers to "our-own", not "cyber-essentials-readiness"; to answer cyber-essentials-readiness, pass --save FILE with a new file name (such as --save cyber-essentials-readiness.yaml), or to carry on with these, pass -q FILE naming the file of the questionnaire "our-own", which is neither bundled nor in a questionnaire folder\n',
  );
});

it.runIf(hasTmux)('a saved file that does not read is refused at once, at its line, before "Carry on with them?"', { timeout: 60_000 }, async () => {
  const { start, ended, drawn } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-broken-'));
  const broken = 'questionnaire: council-cyber-resilience\nanswers:\n  gov-board-ownership: [in-place\n';
  writeFileSync(join(dir, 'cyber-ready-answers.yaml'), broken);
  start(dir, ['assess', '--today', '2026-11-23']);
  expect(await ended(dir)).toBe('2');
  const stderr = read(dir, 'stderr.txt');
  expect(stderr).toMatch(/^cyber-ready-answers\.yaml:\d+:\d+: [^\n]+\n$/);
  expect(drawn(dir)).not.toContain('Carry on');
  expect(read(dir, 'cyber-ready-answers.yaml')).toBe(broken);
});

// `--save notes.yaml` over a file that is no answers file at all (one word, a list) asked "Carry on
// with them?" and, on yes, said the file must be a mapping; on no, that it exists. Either way the
// walk ended, so it is said at once, as the schema says it.
it.runIf(hasTmux)('--save over a file that is not a mapping of answers stops at once, before "Carry on?"', { timeout: 60_000 }, async () => {
  const { start, ended, drawn } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-notanswers-'));
  for (const [text, what] of [['existing\n', 'text'], ['- a\n- b\n', 'a list']] as const) {
    writeFileSync(join(dir, 'notes.yaml'), text);
    start(dir, ['assess', '--plain', '--save', 'notes.yaml', '--today', '2026-11-23']);
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`notes.yaml:1:1: the file must be a mapping, not ${what}\n`);
    expect(drawn(dir)).not.toContain('Carry on');
    expect(read(dir, 'notes.yaml')).toBe(text);
  }
});

// `--save` onto a mapping that is no answers file (a copy of a questionnaire, a GitLab CI file)
// asked "already has answers. Carry on with them?" and, on yes, gave a page of schema errors.
// It is refused at once in one line, in the words `assess --answers` uses for the file.
it.runIf(hasTmux)('--save over a questionnaire or a mapping of other keys stops at once, in one line', { timeout: 60_000 }, async () => {
  const { start, ended, drawn } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-mapping-'));
  const questionnaire = read(repoRoot, 'questionnaires/cyber-essentials-readiness.yaml');
  const sections = questionnaire.split('\n').findIndex((l) => l.startsWith('sections:')) + 1;
  const cases = [
    ['gitlab.yaml', 'stages: [test]\njob:\n  script: echo\n', 'gitlab.yaml:1:1: this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"'],
    ['copy.yaml', questionnaire, `copy.yaml:${sections}:1: this is a questionnaire, not an answers file`],
  ] as const;
  for (const [name, text, said] of cases) {
    writeFileSync(join(dir, name), text);
    start(dir, ['assess', '--plain', '--save', name, '--today', '2026-11-23']);
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`${said}; to start an answers file, pass --save FILE with a new file name\n`);
    expect(drawn(dir)).not.toContain('Carry on');
    expect(read(dir, name)).toBe(text);
  }
});

// Keys one slip from an answers file's and none of its own: asked "Carry on?", and on yes a page of
// schema errors. Said key by key, with the key meant, before anything is asked.
// The usual slip is one key beside good ones (a header with `organization:`, `anwsers:` holding the answers).
it.runIf(hasTmux)('--save over a mistyped answers file says each key meant before asking anything', { timeout: 60_000 }, async () => {
  const { start, ended, drawn } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-typo-'));
  const cases = [
    ['organization: Test Council\nanswer: {}\n', 'typo.yaml:1:1: unknown property "organization"; did you mean "organisation"?\ntypo.yaml:2:1: unknown property "answer"; did you mean "answers"?\n'],
    ['questionnaire: council-cyber-resilience\norganization: Test Council\n', 'typo.yaml:2:1: unknown property "organization"; did you mean "organisation"?\n'],
    ['questionnaire: council-cyber-resilience\nanwsers:\n  gov-siro: yes\n', 'typo.yaml:2:1: unknown property "anwsers"; did you mean "answers"?\n'],
  ] as const;
  for (const [text, said] of cases) {
    writeFileSync(join(dir, 'typo.yaml'), text);
    start(dir, ['assess', '--plain', '--save', 'typo.yaml', '--today', '2026-11-23']);
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(said);
    expect(drawn(dir)).not.toContain('Carry on');
    expect(read(dir, 'typo.yaml')).toBe(text);
  }
});

// A file with no answer in it yet (`{}`, `answers: {}`, the header alone, critical systems listed
// but not answered, as a walk stopped after naming them leaves it) was said to "already have answers".
it.runIf(hasTmux)('"Carry on?" over a file with no answer yet says it exists, not that it has answers', { timeout: 60_000 }, async () => {
  const { start, waitForScreen, screenText } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-otherq-blank-'));
  const cases = [
    ['council-cyber-resilience', '{}\n'],
    ['council-cyber-resilience', 'answers: {}\n'],
    ['council-cyber-resilience', 'questionnaire: council-cyber-resilience\n'],
    ['caf-local-government', 'questionnaire: caf-local-government\nanswers: {}\nsystems:\n  - id: revenues\n    title: Revenues\n  - id: care\n    title: Social care\n    answers: {}\n'],
  ] as const;
  for (const [questionnaire, text] of cases) {
    writeFileSync(join(dir, 'blank.yaml'), text);
    start(dir, ['assess', '--plain', '-q', questionnaire, '--save', 'blank.yaml', '--today', '2026-11-23']);
    await waitForScreen('blank.yaml already exists, with no answers yet. Carry on with it?');
    expect(screenText()).not.toContain('already has answers');
  }
});
