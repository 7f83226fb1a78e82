import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { cafWalkToFirstStatement } from '../helpers/walk-steps.js';

// The guided walk on a terminal only 12 rows high. The prompt library redraws a prompt by moving the
// cursor up over it and cannot reach lines scrolled off the top of the screen, so a list taller than
// the screen left a copy of the prompt's top in the scrollback at every key. The page of choices is
// made shorter instead, so the progress line and the question stay on the screen with it.
const tiny = tmuxTerminal('short40', { width: 40, height: 12 });
const short = tmuxTerminal('short60', { width: 60, height: 12 });
const wide = tmuxTerminal('short80', { width: 80, height: 12 });
afterAll(() => {
  tiny.kill();
  short.kill();
  wide.kill();
});

const exitOf = (dir: string): string => readFileSync(join(dir, 'exit.txt'), 'utf8').trim();
const count = (text: string, part: string): number => text.split(part).length - 1;

it.runIf(hasTmux)('at 40 by 12 a list shows fewer choices: the question stays on the screen as the keys move through it, with no copies left behind', { timeout: 60_000 }, async () => {
  const { historyText, screenText, waitForScreen, waitFor, keys, startOnScreen } = tiny;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-short-'));
  startOnScreen(dir, ['assess', '--save', 'a.yaml', '--today', '2026-11-25']);
  await waitForScreen('Which questionnaire?');
  await keys('Enter');
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('? Does a named member of the senior');
  // Down to "Skip for now", past "Don't know", both with a description of two lines under the list.
  for (let i = 0; i < 5; i++) {
    await keys('Down');
    expect(screenText()).toContain('Question 1 of 140\n  · 0 answered\n? Does a named member of the senior\n');
  }
  await waitForScreen('❯ Skip for now');
  expect(count(historyText(), 'Question 1 of 140')).toBe(1);
  expect(count(historyText(), 'Does a named member of the senior')).toBe(1);
  await keys('Up', 'Up', 'Enter'); // In place and reviewed
  await waitForScreen('? Has the council appointed a senior');
  expect(historyText()).toContain('✔ Does a named member of the senior\n  leadership team own cyber resilience\n  as a council-wide risk? In place and\n  reviewed\n');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(exitOf(dir)).toBe('130');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('  gov-senior-owner: in-place\n');
});

// At 40 columns the question and the progress line take 7 lines, too many for even three options
// under them: the progress line is then written once above the prompt, just over the question, and
// may go off the top of the screen, but only the question is redrawn.
it.runIf(hasTmux).each([
  [60, short, 'Question 113 of 137 · 136 answered\n? Which of these sources feed the council'],
  [40, tiny, '? Which of these sources feed the\n'],
] as const)('at %i by 12 a checkbox shows fewer options: the question stays on the screen, with no copies left behind', { timeout: 60_000 }, async (_width, terminal, heading) => {
  const { historyText, screenText, waitForScreen, waitFor, keys, startOnScreen } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-short-'));
  // The example answers with one multi question left to answer.
  const example = readFileSync(join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml'), 'utf8');
  writeFileSync(join(dir, 'a.yaml'), example.replace(/^ {2}mon-log-sources: .*\n/m, ''));
  startOnScreen(dir, ['assess', '-a', 'a.yaml', '--today', '2026-11-25']);
  await waitForScreen('? Which of these sources feed the');
  for (let i = 0; i < 4; i++) {
    await keys('Down');
    expect(screenText()).toContain(heading);
  }
  await waitForScreen('❯◯ Firewalls, remote access');
  expect(count(historyText(), 'Question 113 of')).toBe(1);
  expect(count(historyText(), '? Which of these sources feed the')).toBe(1);
  await keys('Space', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(exitOf(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toMatch(/^ {2}mon-log-sources: \[?-? ?edge\]?$/m);
});

it.runIf(hasTmux)('at 80 by 12 a CAF statement too tall for its heading: the progress line and the outcome are written once above it, and only the statement is redrawn', { timeout: 60_000 }, async () => {
  const { historyText, screenText, waitForScreen, waitFor, keys } = wide;
  const dir = await cafWalkToFirstStatement(wide, 'short');
  // Written just over the statement; the description under the list may push it off the top.
  expect(screenText()).toContain('Question 1 of 14 · 0 answered\nBoard direction: the council');
  // Down past "Don't know", which has a description under the list.
  for (let i = 0; i < 4; i++) {
    await keys('Down');
    expect(screenText()).toContain('Statement 1 of 10. Not achieved if this is true:\n? A1.a.NA.1');
  }
  await waitForScreen('❯ True');
  expect(count(historyText(), 'Question 1 of 14 · 0 answered')).toBe(1);
  expect(count(historyText(), 'Board direction: the council')).toBe(1);
  expect(count(historyText(), 'Statement 1 of 10.')).toBe(1);
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(exitOf(dir)).toBe('130');
});
