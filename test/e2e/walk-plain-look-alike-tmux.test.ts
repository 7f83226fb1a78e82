import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// SPEC "v2: writing files safely": a value that differs from a valid one only by an invisible or
// look-alike character is named for what it is. At a plain yes-or-no prompt "уes" (a Cyrillic "у")
// was only told to type a number, with nothing to say why "yes" was not taken.
const terminal = tmuxTerminal('walk-plain-look-alike', { width: 80, height: 30 });
const { waitForScreen, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: look-alike
version: 1.0.0
title: Look-alikes
sections:
  - id: s
    title: S
    questions:
      - { id: owner, text: Is there a named owner?, type: yes-no }
`;

it.runIf(hasTmux)('a reply with a look-alike letter says which character it is', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-look-alike-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  start(dir, ['assess', '--plain', '-q', 'q.yaml', '--today', '2026-12-05', '--save', 'a.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('O', 'Enter', 'Enter');
  await waitForScreen('Type a number from 1 to 2:');
  await keys('\u0443es', 'Enter');
  await waitForScreen('U+0443');
  const said = terminal.drawn(dir).replace(/\n {2}/g, ' ');
  expect(said).toContain('"\u0443es" (starts with the Cyrillic letter "\u0443", U+0443, which looks like a Latin "y") is not an option. Type a number from 1 to 2, or type don\'t know or skip.');
  await keys('yes', 'Enter');
  await terminal.declinePaper(dir);
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('\nanswers:\n  owner: yes\n');
  expect(await ended(dir)).toBe('0');
});
