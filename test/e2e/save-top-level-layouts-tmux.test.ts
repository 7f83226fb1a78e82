import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { TINY_QUESTIONNAIRE } from '../helpers/tiny-questionnaire.js';

// Files `validate` accepts, whose top level is laid out other than as `key: value` lines: ended by
// YAML's document-end marker `...`, written in braces, or with the assessor given by an alias. The
// walk asked for the organisation, and only then found it could not save it: "cannot save this
// answer here ... please report this fault", exit 2, before a single question. They are now saved
// into as they are laid out; one that could not take the organisation is said before it is asked.
const terminal = tmuxTerminal('top-layouts', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const QUESTIONNAIRE = TINY_QUESTIONNAIRE;
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** A folder with the questionnaire and `answers.yaml` holding `text`. */
function folder(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-top-layouts-'));
  writeFileSync(join(dir, 'tiny.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'answers.yaml'), text);
  return dir;
}

/** Walks the file with plain prompts: the organisation and assessor when `headers`, then Yes and No; declines the paper. */
async function walk(dir: string, headers: boolean): Promise<string> {
  const { waitForScreen, keys, start } = terminal;
  start(dir, ['assess', '--plain', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  if (headers) {
    await waitForScreen('Organisation');
    await keys('Acme', 'Enter');
    await waitForScreen('the assessor');
    await keys('Jo', 'Enter');
  }
  await waitForScreen('First question?');
  await keys('2', 'Enter');
  await waitForScreen('Second question?');
  await keys('1', 'Enter');
  return terminal.declinePaper(dir);
}

it.runIf(hasTmux)('a file ended by "..." takes its new lines before that marker, inside the document', { timeout: 60_000 }, async () => {
  const dir = folder('---\nquestionnaire: tiny\n...\n');
  expect(await walk(dir, true)).toBe('0');
  expect(read(dir, 'answers.yaml')).toBe('---\nquestionnaire: tiny\norganisation: Acme\nassessor: Jo\nanswers:\n  q1: yes\n  q2: no\n...\n');
  expect(read(dir, 'stderr.txt')).toBe('');
});

it.runIf(hasTmux)('a top level written in braces takes the organisation, assessor and answers in those braces', { timeout: 60_000 }, async () => {
  const dir = folder('{questionnaire: tiny}\n');
  expect(await walk(dir, true)).toBe('0');
  expect(read(dir, 'answers.yaml')).toBe('{questionnaire: tiny, organisation: Acme, assessor: Jo, answers: { q1: yes, q2: no }}\n');
  expect(read(dir, 'stderr.txt')).toBe('');
});

it.runIf(hasTmux)('an assessor given by an alias is an assessor: not asked, and the file keeps the alias', { timeout: 60_000 }, async () => {
  const dir = folder('questionnaire: tiny\norganisation: &o Acme\nassessor: *o\n');
  expect(await walk(dir, false)).toBe('0');
  expect(terminal.drawn(dir)).not.toContain('the assessor');
  expect(read(dir, 'answers.yaml')).toBe('questionnaire: tiny\norganisation: &o Acme\nassessor: *o\nanswers:\n  q1: yes\n  q2: no\n');
  expect(read(dir, 'stderr.txt')).toBe('');
});

it.runIf(hasTmux)('an empty organisation whose anchor an alias uses, or an empty assessor with a tag, is refused before it is asked, at its line, with the file as it was', { timeout: 60_000 }, async () => {
  const text = 'questionnaire: tiny\norganisation: &o ""\nx-copy: *o\n';
  const dir = folder(text);
  terminal.start(dir, ['assess', '--plain', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'answers.yaml:2:1: the walk cannot fill in the organisation here (its anchor &o is used by an alias, which would change too), so nothing is asked; write the organisation in the file yourself, as a line "organisation: NAME" without & or * or a tag, and run again\n',
  );
  expect(terminal.drawn(dir)).not.toContain('Organisation');
  expect(read(dir, 'answers.yaml')).toBe(text);

  // An empty value with a tag and nothing after it (`!!str`): the same, said for what it is.
  const tagged = 'questionnaire: tiny\norganisation: T\nassessor: !!str\n';
  writeFileSync(join(dir, 'answers.yaml'), tagged);
  terminal.start(dir, ['assess', '--plain', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'answers.yaml:3:1: the walk cannot fill in the assessor here (written as it is here, it would not read back as typed), so nothing is asked; write the assessor in the file yourself, as a line "assessor: NAME" without & or * or a tag, and run again\n',
  );
  expect(read(dir, 'answers.yaml')).toBe(tagged);
});
