import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// `assess --review` on a file with critical systems, on an 80-column screen as a CAF lead has it:
// what the walk says at its end must match the file it leaves behind.
const terminal = tmuxTerminal('review', { width: 80, height: 24 });
const { screenText, historyText, waitFor, waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const ticks = (): number => historyText().split('\n').filter((line) => line.startsWith('✔ ')).length;

/** Enter at every question (keeping its saved answer) until `until` is on screen. */
async function keepAnswersUntil(until: string): Promise<void> {
  while (!screenText().includes(until)) {
    const before = ticks();
    await waitFor(() => /^\? /m.test(screenText()) || screenText().includes(until), 'a question');
    if (screenText().includes(until)) break;
    await keys('Enter');
    await waitFor(() => ticks() > before, 'the answer to be kept');
  }
}

it.runIf(hasTmux)('a question skipped in a review keeps its saved answer and is not announced as left to answer later; an unanswered one is', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('review');
  // The council's first question unanswered; every other question answered.
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  const before = { main: read(dir, 'sys.answers.yaml'), own: read(dir, 'systems/social-care.yaml') };
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('s', 'Enter'); // unanswered, left for later
  await waitForScreen('? Do you use cloud services?');
  await keys('s', 'Enter'); // answered yes: skipping it in a review keeps that answer
  await waitForScreen('✔ Do you use cloud services? Skipped; the saved answer stays: Yes');
  await keepAnswersUntil('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  // One question has no answer, and the command asks it; the skipped answer still counts.
  // Named, so the assessor knows which one is left without opening the file.
  expect(historyText()).toContain('Saved sys.answers.yaml and systems/social-care.yaml. 1 skipped, to answer\n  later: owner (Is there a named senior owner?). Ask it again with:\n  cyber-ready assess -q sys.yaml --answers sys.answers.yaml --today 2026-12-01\n');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'report.txt')).toContain('1 not answered');
  // Nothing was changed, so nothing was written.
  expect(read(dir, 'sys.answers.yaml')).toBe(before.main);
  expect(read(dir, 'systems/social-care.yaml')).toBe(before.own);
});

it.runIf(hasTmux)('a review whose every skipped question keeps its saved answer leaves nothing to answer later', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('review-all');
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('s', 'Enter');
  await keepAnswersUntil('Revenues and benefits · question 1 of 4');
  await keys('s', 'Enter'); // a system's answered question too
  await waitForScreen('✔ Is the system patched within 14 days? Skipped; the saved answer stays:');
  await keepAnswersUntil('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  expect(historyText()).toContain('Saved sys.answers.yaml and systems/social-care.yaml.\n');
  expect(historyText()).not.toContain('skipped, to answer');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
});

/** Answers to sys-outcome.yaml whose one outcome has a status recorded without its statements, as the README allows. */
const RECORDED = [
  'questionnaire: sys-outcome',
  'questionnaireVersion: 1.0.0',
  'organisation: Test Council',
  'answers:',
  '  owner: yes',
  'systems:',
  '  - id: payroll',
  '    title: Payroll',
  '    answers:',
  '      backups: { confirmed: achieved, justification: Restore tested in March }   # from the 2026 audit',
  '',
].join('\n');

// The same with one statement answered: the status still rests on the justification, and Enter still keeps it.
const PARTLY = RECORDED.replace('{ confirmed: achieved,', '{ indicators: { BK.NA.1: false }, confirmed: achieved,');

it.runIf(hasTmux).each([
  ['without its statements', RECORDED],
  ['with only some of its statements', PARTLY],
])('reviewing a status recorded %s: Enter keeps it, and the file stays as it was', { timeout: 60_000 }, async (_, answers) => {
  const dir = copySystemsFixture('review-recorded');
  writeFileSync(join(dir, 'recorded.yaml'), answers);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'recorded.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('Enter');
  await waitForScreen('? BK.NA.1 Backups are kept only on the network they protect.');
  // The status is offered, highlighted, with its justification: no statement has an answer to offer.
  expect(screenText()).toContain(' ──────────────\n❯ Keep the recorded status: achieved\n');
  expect(screenText()).toContain('Justification: Restore tested in March');
  await keys('Enter');
  await waitForScreen("✔ The system's data can be restored. achieved (the recorded status, kept)");
  await waitForScreen('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  expect(historyText()).not.toContain('skipped, to answer');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'recorded.yaml')).toBe(answers);
});

it.runIf(hasTmux)('the same with --plain: the recorded status is said, and Enter keeps it', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-recorded-plain');
  writeFileSync(join(dir, 'recorded.yaml'), RECORDED);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'recorded.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Enter keeps Yes:');
  await keys('Enter');
  await waitForScreen('Recorded status: achieved, because: Restore tested in March. Enter keeps it;\nanswer the statements to judge again.');
  await waitForScreen('Type 1 or 2; Enter keeps the recorded status, achieved:');
  await keys('Enter');
  await waitForScreen('Kept: achieved.');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'recorded.yaml')).toBe(RECORDED);
});
