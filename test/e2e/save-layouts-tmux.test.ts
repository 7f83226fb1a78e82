import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { TINY_QUESTIONNAIRE } from '../helpers/tiny-questionnaire.js';

// A person leaves an answer empty with a comment for later (`q1:   # ask the SIRO`), or writes a
// space before a colon: valid YAML that every run reads. A save into such a file once joined the
// comment onto the value (`q1: yes# ask the SIRO`, a file no run could read) or lost the colon, and
// the next save lost the answers around it, while the walk said "Saved". Every edit is now read back
// whole before it is kept; layouts the edits cannot handle are refused with the file as it was.
const terminal = tmuxTerminal('layouts', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const QUESTIONNAIRE = TINY_QUESTIONNAIRE;
const HEAD = 'questionnaire: tiny\norganisation: T\nassessor: A\nassessedOn: 2026-12-01\n';
/** HEAD once a walk on the next day has saved a change: dated that day. */
const SAVED = HEAD.replace('assessedOn: 2026-12-01', 'assessedOn: 2026-12-02');
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** A folder with the questionnaire and `answers.yaml` holding `text`. */
function folder(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-layouts-'));
  writeFileSync(join(dir, 'tiny.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'answers.yaml'), text);
  return dir;
}

/** Walks the file with plain prompts, answering Yes then No, and declines the paper. */
async function walkYesNo(dir: string): Promise<string> {
  const { waitForScreen, keys, start } = terminal;
  start(dir, ['assess', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  await waitForScreen('First question?');
  await keys('2', 'Enter');
  await waitForScreen('Second question?');
  await keys('1', 'Enter');
  return terminal.declinePaper(dir);
}

it.runIf(hasTmux)('an empty answer with a comment after it takes the answer before the comment, which keeps its column', { timeout: 60_000 }, async () => {
  const dir = folder(`${HEAD}answers:\n  q1:     # ask the SIRO\n  q2:\t# and the CIO\r\n`);
  expect(await walkYesNo(dir)).toBe('0');
  expect(read(dir, 'answers.yaml')).toBe(`${SAVED}answers:\n  q1: yes # ask the SIRO\n  q2: no # and the CIO\r\n`);
  expect(read(dir, 'stderr.txt')).toBe('');
});

it.runIf(hasTmux)('a key with a space before its colon, quoted, or with an anchor keeps its colon and every other answer', { timeout: 60_000 }, async () => {
  const dir = folder(`${HEAD}answers:\n  q1 :\n  "q2": &later # d\n`);
  expect(await walkYesNo(dir)).toBe('0');
  // The anchor goes (nothing refers to it); the comment stays in its column.
  expect(read(dir, 'answers.yaml')).toBe(`${SAVED}answers:\n  q1 : yes\n  "q2": no     # d\n`);
});

it.runIf(hasTmux)('a file whose lines end in a carriage return alone is refused before anything is asked, at that line', { timeout: 60_000 }, async () => {
  const text = `${HEAD}answers:\n  q1:\r  q2: no\n`;
  const dir = folder(text);
  terminal.start(dir, ['assess', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'answers.yaml:6:6: a carriage return alone ends this line (as in files from old Mac programs), and the walk saves only into files whose lines end in LF or CRLF: convert its line endings (in an editor, or with mac2unix) and run again\n',
  );
  expect(terminal.drawn(dir)).not.toContain('First question?');
  expect(read(dir, 'answers.yaml')).toBe(text);
});

it.runIf(hasTmux)('an entry written in a way the edits do not know is refused at its place, with the file as it was', { timeout: 60_000 }, async () => {
  const text = `${HEAD}answers:\n  ? q1\n  q2: no\n`;
  const dir = folder(text);
  const { waitForScreen, keys, start } = terminal;
  start(dir, ['assess', '-q', 'tiny.yaml', '-a', 'answers.yaml', '--today', '2026-12-02'], 'TERM=dumb ');
  await waitForScreen('First question?');
  await keys('2', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toMatch(/^answers\.yaml:6:5: cannot save this answer here: .*write this entry plainly \("id:" with nothing after it\) or remove it, and run again; .*\n$/);
  expect(read(dir, 'answers.yaml')).toBe(text);
});
