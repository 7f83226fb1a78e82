import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

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
  await waitForScreen('✔ Do you use cloud services? Skipped for now');
  await keepAnswersUntil('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  // One question has no answer, and the command asks it; the skipped answer still counts.
  expect(historyText()).toContain('Saved sys.answers.yaml and systems/social-care.yaml. 1 skipped, to answer\n  later: cyber-ready assess -q sys.yaml --answers sys.answers.yaml\n');
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
  await waitForScreen('✔ Is the system patched within 14 days? Skipped for now');
  await keepAnswersUntil('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  expect(historyText()).toContain('Saved sys.answers.yaml and systems/social-care.yaml.\n');
  expect(historyText()).not.toContain('skipped, to answer');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
});
