import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// Lines the full prompts say whole, on a terminal 40 columns wide, where the terminal broke them at
// its edge, mid-word.
const terminal = tmuxTerminal('walk-narrow', { width: 40, height: 24 });
const { screenText, waitForScreen, keys, startOnScreen } = terminal;
afterAll(() => terminal.kill());

// The systems fixture's social-care `logged` is past review on 2026-12-01. Was: "Enter k" / "eeps 2026-10-01.".

it.runIf(hasTmux)('a date refused at 40 columns is said wrapped between words', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-date-narrow');
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--today', '2026-12-01']);
  await waitForScreen('Are the system');
  await keys('Enter');
  await waitForScreen('Review again by');
  await keys('2027-02-31', 'Enter');
  await waitForScreen('is not a real');
  const lines = screenText().split('\n');
  const from = lines.findIndex((line) => line.startsWith('> 2027-02-31'));
  // Every word whole: the lines read back as the message when joined by spaces.
  expect(lines.slice(from, from + 3).map((line) => line.trim()).join(' ')).toContain('> 2027-02-31 is not a real date; Enter keeps 2026-10-01.');
  await keys('C-c');
});

// Was: "↑↓ navigate • space select • a all • i i" / "nvert • ⏎ submit".
it.runIf(hasTmux)('the keys under a checkbox are broken between keys', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-narrow-'));
  const answers = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  writeFileSync(join(dir, 'c.yaml'), answers.replace(/^ {2}mon-log-sources: .*\n/m, ''));
  startOnScreen(dir, ['assess', '--answers', 'c.yaml', '--today', '2026-11-23']);
  await waitForScreen('⏎ submit');
  expect(screenText()).toMatch(/\n↑↓ navigate • space select • a all\ni invert • ⏎ submit\s*$/);
  await keys('C-c');
});
