import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// A CAF lead's second year: `--review` of outcomes answered last year, with the note and the
// indicators' comments written then. Every CAF question is an outcome, and its walk showed neither,
// so a statement could be turned round under a comment that explained the old answer.
const terminal = tmuxTerminal('outcome-notes', { width: 80, height: 30 });
const { screenText, waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const ANSWERS = [
  'questionnaire: sys-outcome',
  'questionnaireVersion: 1.0.0',
  'organisation: Test Council',
  'answers:',
  '  owner: yes',
  'systems:',
  '  - id: payroll',
  '    title: Payroll',
  '    answers:',
  '      backups:',
  '        indicators: { BK.NA.1: false, BK.A.1: true }',
  '        comments: { BK.A.1: Restore of the payroll database tested in March 2027. }',
  '        note: Restores are tested by the supplier, not by us.',
  '',
].join('\n');

/** The fixture's outcome given an evidence hint, which the walk shows for every other kind of question. */
function withEvidence(dir: string): void {
  const file = join(dir, 'sys-outcome.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace("        severity: high\n        indicators:", "        severity: high\n        evidence: The last restore test report.\n        indicators:"));
}

const NOTE = '  Saved note: Restores are tested by the supplier, not by us.';
const COMMENT = '  Saved comment: Restore of the payroll database tested in March 2027.';

it.runIf(hasTmux)('--plain: the outcome\'s evidence hint and saved note are shown with its help, and an indicator\'s comment under its statement', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('outcome-notes-plain');
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  withEvidence(dir);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'a.yaml', '--review', '--plain', '--today', '2027-11-20']);
  await waitForScreen('Enter keeps Yes:');
  await keys('Enter');
  await waitForScreen('Statement 1 of 2');
  expect(screenText()).toContain(`The system's data can be restored.\n  Evidence: The last restore test report.\n${NOTE}\nStatement 1 of 2`);
  // BK.NA.1 has no comment of its own.
  expect(screenText()).not.toContain('Saved comment');
  await keys('Enter');
  await waitForScreen('Statement 2 of 2');
  expect(screenText()).toContain(`BK.A.1 A restore was tested in the last year.\n${COMMENT}\n`);
  await keys('Enter');
  await waitForScreen('The statements show: achieved.');
  await keys('Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(ANSWERS);
});

it.runIf(hasTmux)('the full prompts show the same', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('outcome-notes-full');
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'a.yaml', '--review', '--today', '2027-11-20']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('Enter');
  await waitForScreen('? BK.NA.1');
  expect(screenText()).toContain(`${NOTE}\nStatement 1 of 2`);
  expect(screenText()).not.toContain('Saved comment');
  await keys('Enter');
  await waitForScreen('? BK.A.1');
  expect(screenText()).toContain(`? BK.A.1 A restore was tested in the last year.\n${COMMENT}\n`);
  await keys('Enter');
  await waitForScreen('The statements show: achieved.');
  await keys('Enter');
  await waitForScreen('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(ANSWERS);
});

it.runIf(hasTmux)('--notes asks for a note after an outcome too, and saves only the note', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('outcome-notes-ask');
  // The note after the outcome is new: it has none yet.
  const answers = ANSWERS.replace('        note: Restores are tested by the supplier, not by us.\n', '');
  writeFileSync(join(dir, 'a.yaml'), answers);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'a.yaml', '--review', '--notes', '--plain', '--today', '2027-11-20']);
  await waitForScreen('Enter keeps Yes:');
  await keys('Enter');
  await waitForScreen('Note (optional; Enter for none):');
  await keys('Enter');
  await waitForScreen('Statement 1 of 2');
  await keys('Enter');
  await waitForScreen('Statement 2 of 2');
  await keys('Enter');
  await waitForScreen('The statements show: achieved.');
  await keys('Enter');
  // Was: straight on to the next system, though every answer of a CAF walk is an outcome.
  await waitForScreen('Note (optional; Enter for none):');
  await keys('Restore tested by us in October', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers.replace('2027. }\n', '2027. }\n        note: Restore tested by us in October\n'));
});
