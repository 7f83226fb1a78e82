import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// The choice that skips at an outcome's statement said "Skip the rest of this outcome for now" even
// where nothing of the outcome was answered yet, and it skips all of it: there it is "Skip this
// outcome for now"; once a statement is answered, "the rest" is what it skips.
const terminal = tmuxTerminal('outcome-skip-choice', { width: 100, height: 40 });
afterAll(() => terminal.kill());
const { start, ended, waitFor, waitForScreen, keys, screenText, historyText } = terminal;
const QUESTIONNAIRE = join(repoRoot, 'test/fixtures/outcome-walk/special-replies.yaml');
const WHOLE = 'Skip this outcome for now';
const REST = 'Skip the rest of this outcome for now';

/** A new walk past the organisation, the assessor and the two questions before the outcome, at its first statement. */
async function atTheOutcome(plain: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-skip-choice-'));
  start(dir, ['assess', '-q', QUESTIONNAIRE, ...(plain ? ['--plain'] : []), '--save', 'a.yaml', '--today', '2026-11-23']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Tester', 'Enter');
  await waitForScreen('Do you take card payments?');
  await keys(...(plain ? ['yes', 'Enter'] : ['Down', 'Enter']));
  await waitForScreen('Who is the contact');
  await keys(plain ? 'skip' : '-', 'Enter');
  await waitForScreen('AC.NA.1');
  return dir;
}

it.runIf(hasTmux)('full prompts: at an outcome with nothing answered the choice skips the outcome; after a statement, the rest of it', { timeout: 90_000 }, async () => {
  const dir = await atTheOutcome(false);
  await waitForScreen(WHOLE);
  expect(screenText()).not.toContain(REST);
  await keys('Enter'); // True
  await waitForScreen('? AC.A.1');
  await waitForScreen(REST);
  expect(screenText()).not.toContain(WHOLE);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('--plain: the same words in the list of replies, and the choice is taken by its words', { timeout: 90_000 }, async () => {
  const dir = await atTheOutcome(true);
  await waitForScreen(`-    ${WHOLE}`);
  expect(historyText()).not.toContain(REST);
  await keys('true', 'Enter');
  await waitFor(() => historyText().includes(`-    ${REST}`), 'the second statement');
  await keys(REST, 'Enter');
  await waitForScreen('Recorded: Skipped for now, with the rest of this outcome.');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});
