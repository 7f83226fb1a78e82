import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// Options numbered in their own words (maturity levels "0 Not started" to "5 Optimised"): in the
// redrawing walk a digit is the start of an option, as a letter is (README, "Typing the first
// letters"), not its place on the list. `3` highlighted "2 Repeatable" and `7` "Don't know", and in
// a multiple choice `1` ticked the first option, with no number shown beside any of them.
const terminal = tmuxTerminal('numbered-options', { width: 80, height: 30 });
const { waitForScreen, screenText, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: numbered-options
version: 1.0.0
title: Numbered options
sections:
  - id: s
    title: S
    questions:
      - id: lvl
        text: Maturity level?
        type: choice
        options:
          - { value: "0", label: "0 Not started", score: 0 }
          - { value: "1", label: "1 Initial", score: 0.2 }
          - { value: "2", label: "2 Repeatable", score: 0.4 }
          - { value: "3", label: "3 Defined", score: 0.6 }
          - { value: "4", label: "4 Managed", score: 0.8 }
          - { value: "5", label: "5 Optimised", score: 1 }
      - id: tiers
        text: Which tiers are covered?
        type: multi
        options:
          - { value: t3, label: "3 Third tier", score: 0.5 }
          - { value: t1, label: "1 First tier", score: 0.5 }
      - id: stage
        text: Stage reached?
        type: choice
        options:
          - { value: "0", label: Not started, score: 0 }
          - { value: "1", label: Initial, score: 0.5 }
          - { value: "2", label: Repeatable, score: 1 }
`;

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 900));

it.runIf(hasTmux)('a digit goes to the option that starts with it, in a list and in a multiple choice; to its place where only values are numerals', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-numbered-'));
  writeFileSync(join(dir, 'num.yaml'), QUESTIONNAIRE);
  start(dir, ['assess', '-q', 'num.yaml', '--today', '2026-12-05', '--save', 'n.yaml']);
  await waitForScreen('Organisation');
  await keys('O', 'Enter', 'Enter');
  await waitForScreen('❯ 0 Not started');
  await keys('3');
  await waitForScreen('❯ 3 Defined');
  await pause();
  // A number no option starts with moves nothing (it went to "Don't know").
  await keys('7');
  await pause();
  expect(screenText()).toContain('❯ 3 Defined');
  await keys('0');
  await waitForScreen('❯ 0 Not started');
  await pause();
  await keys('4', 'Enter');
  await waitForScreen('✔ Maturity level? 4 Managed');
  await waitForScreen('❯◯ 3 Third tier');
  // "1" goes to "1 First tier" and ticks nothing; Space ticks it.
  await keys('1');
  await waitForScreen('❯◯ 1 First tier');
  expect(screenText()).not.toContain('◉');
  await keys('Space', 'Enter');
  await waitForScreen('✔ Which tiers are covered? 1 First tier');
  // Numerals only as values, words as labels: no number is shown, so a digit is a place on the list.
  await waitForScreen('❯ Not started');
  await keys('2');
  await waitForScreen('❯ Initial');
  await keys('Enter');
  await waitForScreen('✔ Stage reached? Initial');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'n.yaml'), 'utf8')).toMatch(/\nanswers:\n {2}lvl: "4"\n {2}tiers: \[t1\]\n {2}stage: "1"\n$/);
});
