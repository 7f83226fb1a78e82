import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { plainWalkToWhyAchieved } from '../helpers/walk-steps.js';
import { linesQuestionnaire } from '../helpers/tiny-questionnaire.js';

// `--plain` reads back what is saved as a sentence ("Recorded: …."). Free text that ends a sentence
// of its own (a text answer, a justification) got a second full stop: "Recorded: Backups are tested
// quarterly..", which a screen reader says as "dot dot" or a pause that is not there.
const terminal = tmuxTerminal('plain-read-back', { width: 100, height: 40 });
afterAll(() => terminal.kill());
const { start, ended, waitForScreen, keys, historyText } = terminal;

const QUESTIONNAIRE = linesQuestionnaire(
  '{ id: plan, text: What is the recovery plan?, type: text }',
  '{ id: tested, text: How are backups tested?, type: text }',
  '{ id: owner, text: Is there a named owner?, type: yes-no }',
);

it.runIf(hasTmux)('a text answer, and a saved one kept by skip, that end with a full stop are read back with that one', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-read-back-'));
  writeFileSync(join(dir, 'lines.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: lines\norganisation: Test Council\nassessor: Tester\nanswers:\n  tested: Restores are tried each month!\n');
  start(dir, ['assess', '-q', 'lines.yaml', '--answers', 'a.yaml', '--review', '--plain', '--today', '2026-12-06']);
  await waitForScreen('What is the recovery plan?');
  await keys('Backups are tested quarterly.', 'Enter');
  await waitForScreen('Recorded: Backups are tested quarterly.');
  await waitForScreen('How are backups tested?');
  await keys('-', 'Enter');
  await waitForScreen('Recorded: Skipped; the saved answer stays: Restores are tried each month!');
  await waitForScreen('Is there a named owner?');
  await keys('2', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(historyText()).not.toMatch(/\.\.|!\./);
});

it.runIf(hasTmux)('a justification that ends with a full stop is read back with that one', { timeout: 90_000 }, async () => {
  const dir = await plainWalkToWhyAchieved(terminal, 'plain-read-back');
  await keys('Restore tested in March.', 'Enter');
  await waitForScreen('Recorded: achieved, because Restore tested in March.');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(historyText()).not.toContain('March..');
});
