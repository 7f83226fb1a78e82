import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// SPEC: an option marked `exclusive` ("None of these") cannot be combined. The checkbox keeps it on
// its own whatever keys are pressed: space, its number, "a" (all) and "i" (invert), on the 80-column
// terminal a council officer has, through the real binary.
const terminal = tmuxTerminal('exclusive80', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const exitOf = (dir: string): string => readFileSync(join(dir, 'exit.txt'), 'utf8').trim();
// The four options of mini.yaml's "Which services do you use?", as the screen shows their ticks.
const ticks = (screen: string): string =>
  ['Protective DNS', 'Mail Check', 'Early Warning', 'None of these'].map((label) => (new RegExp(`◉ ${label}\\n`).test(screen) ? 'x' : '.')).join('');

it.runIf(hasTmux)('"a", "i", space and the number keys never tick "None of these" with another option, and say what they untick', { timeout: 90_000 }, async () => {
  const { screenText, historyText, joinedHistoryText, waitFor, waitForScreen, keys, startOnScreen } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-exclusive-'));
  writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: mini\norganisation: Test Council\nassessedOn: 2026-11-23\nanswers:\n  owner: partly\n  budget: yes\n  notes: none\n  cards: no\n');
  startOnScreen(dir, ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '-a', 'answers.yaml', '--today', '2026-11-23']);
  await waitForScreen('Which services do you use?');
  const step = async (key: string, expected: string): Promise<void> => {
    await keys(key);
    await waitFor(() => ticks(screenText()) === expected, `ticks ${expected} after "${key}"`);
  };
  // "a" ticks every option that can go with others, and not "None of these".
  await step('a', 'xxx.');
  // Its number ticks "None of these" alone; the note names what went.
  await step('4', '...x');
  expect(screenText().replace(/\n/g, ' ')).toContain('"None of these" is an answer on its own, so the other 3 ticks were taken off.');
  // "i" inverts the others and takes "None of these" away.
  await step('i', 'xxx.');
  expect(screenText()).toContain('"None of these" is an answer on its own, so it was unticked.');
  // Space on "None of these" (the cursor is still on it), then "a" again.
  await step('Space', '...x');
  await step('a', 'xxx.');
  // Ticking an option while "None of these" is ticked takes it away too.
  await step('4', '...x');
  await step('1', 'x...');
  expect(screenText()).toContain('"None of these" is an answer on its own, so it was unticked.');
  await keys('Enter');
  await waitForScreen('Days to patch critical vulnerabilities?');
  await waitFor(() => readFileSync(join(dir, 'answers.yaml'), 'utf8').includes('services: [dns]'), 'the answer saved');
  // Back to the question: "None of these" on its own is an answer like any other.
  await keys('<', 'Enter');
  await waitForScreen('Which services do you use?');
  await step('4', '...x');
  await keys('Enter');
  await waitForScreen('Days to patch critical vulnerabilities?');
  await waitFor(() => readFileSync(join(dir, 'answers.yaml'), 'utf8').includes('services: [none]'), 'the answer saved');
  expect(historyText()).toContain('✔ Which services do you use? None of these');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(exitOf(dir)).toBe('130');
  // Every line drawn fits the 80 columns (the note is wrapped, not broken by the terminal), up to
  // the stop. The command to carry on is never broken, so that it pastes whole; naming the folder
  // the questionnaire came from, it is longer than the screen here and the terminal wraps it:
  // read joined again, as a space the wrap falls on depends on where the repository is.
  const [walk] = historyText().split('Stopped.');
  expect(Math.max(...walk!.split('\n').map((l) => [...l].length))).toBeLessThan(80);
  const stop = joinedHistoryText().split('Stopped.')[1];
  expect(stop).toContain(`cyber-ready assess --questionnaire-dir ${join(repoRoot, 'test/fixtures/valid')} --answers answers.yaml`);
});
