import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { startNewWalk } from '../helpers/walk-steps.js';

// SPEC: `{ status: not-applicable, reason }` works for an outcome "as for any question", and a
// questionnaire may allow it (`allowNotApplicable: true`). The walk offered no way to say it: only
// true, false, don't know, skip and back at each statement, so the file had to be edited by hand.
// Where the outcome allows it, "Not applicable" is offered at each statement, its reason asked as
// any question's is, and it takes the place of whatever the file held of the outcome's statements.
const terminal = tmuxTerminal('outcome-not-applicable', { width: 80, height: 40 });
afterAll(() => terminal.kill());
const { start, ended, waitFor, waitForScreen, keys, historyText } = terminal;
const QUESTIONNAIRE = join(repoRoot, 'test/fixtures/outcome-walk/outcome-not-applicable.yaml');
const read = (dir: string): string => readFileSync(join(dir, 'a.yaml'), 'utf8');
const times = (part: string): number => historyText().split(part).length - 1;
/** The screen from the last outcome's text on. */
const lastOutcome = (): string => historyText().split('Backups of essential services can be restored.').at(-1) as string;
const CLEARED = 'What is recorded of its statements is then removed.';
const ACCESS_NA = '  access:\n    status: not-applicable\n    reason: No such systems here\n';

const newWalk = (plain: boolean): Promise<string> => startNewWalk(terminal, QUESTIONNAIRE, { prefix: 'outcome-na', plain, first: 'AC.NA.1' });

it.runIf(hasTmux)('--plain: an outcome that allows it is marked not applicable at a statement, with its reason, in place of its statements', { timeout: 90_000 }, async () => {
  const dir = await newWalk(true);
  await waitForScreen('n/a  Not applicable: the whole outcome');
  // Nothing of the outcome is recorded yet: nothing to say would be removed.
  expect(historyText()).not.toContain(CLEARED);
  await keys('1', 'Enter');
  await waitForScreen('AC.A.1');
  await waitForScreen(CLEARED);
  expect(read(dir)).toContain('      AC.NA.1: true\n');
  await keys('not applicable', 'Enter');
  await waitForScreen('Why does it not apply?');
  // Back at the reason is back at the outcome, with nothing written.
  await keys('back', 'Enter');
  await waitFor(() => times('Statement 2 of 2') === 2, 'the statement again');
  expect(read(dir)).toContain('      AC.NA.1: true\n');
  await keys('n/a', 'Enter');
  await waitForScreen('Why does it not apply?');
  await keys('No such systems here', 'Enter');
  await waitForScreen('Recorded: Not applicable (reason: No such systems here).');
  // The next outcome does not allow it: not offered, and refused as at any question that does not.
  await waitForScreen('BK.NA.1');
  expect(lastOutcome()).not.toContain('Not applicable: the whole outcome');
  await keys('n/a', 'Enter');
  await waitForScreen('This outcome cannot be marked not applicable; type 1 or 2, or type skip.');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const saved = read(dir);
  expect(saved).toContain(ACCESS_NA);
  expect(saved).not.toContain('AC.NA.1');
  expect(saved).not.toContain('BK.NA.1');
});

it.runIf(hasTmux)('full prompts: "Not applicable" is a choice at each statement where the outcome allows it, saying what it removes', { timeout: 90_000 }, async () => {
  const dir = await newWalk(false);
  await keys('Enter'); // True, where the cursor starts on a "not achieved" statement
  await waitForScreen('AC.A.1');
  await keys('Down', 'Down');
  await waitForScreen('❯ Not applicable');
  await waitForScreen('The whole outcome does not apply; you will be asked why.');
  await keys('Enter');
  await waitForScreen('not apply? (< back to the question)');
  await keys('No such systems here', 'Enter');
  await waitForScreen('applicable: No such systems here');
  await waitForScreen('BK.NA.1');
  // Not offered where the outcome does not allow it.
  expect(lastOutcome()).toContain('Skip this outcome for now');
  expect(lastOutcome()).not.toContain('Not applicable');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir)).toContain(ACCESS_NA);
  expect(read(dir)).not.toContain('AC.NA.1');
});

it.runIf(hasTmux)('--review: an outcome recorded not applicable is kept by Enter, or marked so again with its reason offered', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-na-'));
  const header = 'questionnaire: outcome-not-applicable\nquestionnaireVersion: 1.0.0\norganisation: Test Council\nassessor: Tester\nassessedOn: 2026-11-20\nanswers:\n';
  writeFileSync(join(dir, 'a.yaml'), `${header}${ACCESS_NA}  backups:\n    indicators: { BK.NA.1: false, BK.A.1: true }\n`);
  start(dir, ['assess', '-q', QUESTIONNAIRE, '--plain', '--answers', 'a.yaml', '--review', '--today', '2026-11-23']);
  await waitForScreen('Recorded answer: not applicable');
  await waitForScreen('n/a  Not applicable: the whole outcome');
  await keys('n/a', 'Enter');
  await waitForScreen('Why does it not apply?');
  await keys('Enter'); // the reason recorded
  await waitForScreen('Recorded: Not applicable (reason: No such systems here).');
  await waitForScreen('BK.NA.1');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir)).toContain(ACCESS_NA);
});
