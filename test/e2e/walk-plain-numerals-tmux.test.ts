import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// The plain prompts ask for a number on the list, and took an option's value or label first: with
// options valued "0", "1" and "2" (maturity levels), typing 1 recorded the second option, 2 the
// third, and the first could not be chosen by its number at all. Screen-reader users, for whom
// --plain is meant, had the wrong answers saved while the walk echoed them.
const terminal = tmuxTerminal('walk-plain-numerals', { width: 80, height: 30 });
const { waitForScreen, keys, start, ended, historyText } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: levels
version: 1.0.0
title: Maturity levels
sections:
  - id: s
    title: Levels
    questions:
      - id: level
        text: What level is the patching process at?
        type: choice
        options:
          - { value: "0", label: "0", score: 0 }
          - { value: "1", label: "1", score: 0.5 }
          - { value: "2", label: "2", score: 1 }
      - id: named
        text: What level is the backup process at?
        type: choice
        options:
          - { value: "0", label: None, score: 0 }
          - { value: "1", label: Some, score: 0.5 }
          - { value: "2", label: Full, score: 1 }
`;

it.runIf(hasTmux)('a number typed at a plain prompt is the option at that place on the list, even when values or labels are numerals', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-numerals-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: levels\nquestionnaireVersion: 1.0.0\norganisation: Test Council\nassessor: Head of ICT\nassessedOn: 2026-11-20\nanswers:\n');
  start(dir, ['assess', '--plain', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-25']);
  await waitForScreen('What level is the patching process at?');
  await waitForScreen('Type a number from 1 to 3');
  await keys('1', 'Enter');
  await waitForScreen('What level is the backup process at?');
  await waitForScreen('Type a number from 1 to 3');
  // A label typed in words is still that option.
  await keys('full', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(historyText()).toContain('Recorded: 0');
  const saved = readFileSync(join(dir, 'a.yaml'), 'utf8');
  expect(saved).toMatch(/^ {2}level: "0"$/m);
  expect(saved).toMatch(/^ {2}named: "2"$/m);
});
