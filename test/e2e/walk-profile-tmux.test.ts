import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// --profile naming a profile the questionnaire lacks stops the guided walk before its first question,
// as it stops a run on a file: the walk used to ask every question and then fail the gate (exit 1).
const terminal = tmuxTerminal('profile', { width: 80, height: 24 });
const { historyText, joinedHistoryText, waitForScreen, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const REFUSED = 'cyber-ready: --profile: questionnaire "cyber-essentials-readiness" has no profile "gold" (profiles: pass-critical)';

it.runIf(hasTmux)('a new walk: exit 2 before the organisation is asked, and no answers file', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-profile-'));
  startOnScreen(dir, ['assess', '-q', 'cyber-essentials-readiness', '--profile', 'gold', '--today', '2026-12-02']);
  await waitForScreen('(profiles: pass-critical)');
  expect(await ended(dir)).toBe('2');
  expect(joinedHistoryText()).toContain(REFUSED);
  expect(historyText()).not.toContain('Organisation');
  expect(existsSync(join(dir, 'cyber-ready-answers.yaml'))).toBe(false);
});

it.runIf(hasTmux)('a resumed walk: exit 2 before any question, and the answers file as it was', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-profile-'));
  const file = join(dir, 'ce.yaml');
  copyFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), file);
  const before = readFileSync(file);
  startOnScreen(dir, ['assess', '--answers', 'ce.yaml', '--review', '--profile', 'gold', '--today', '2026-12-02']);
  await waitForScreen('(profiles: pass-critical)');
  expect(await ended(dir)).toBe('2');
  expect(joinedHistoryText()).toContain(REFUSED);
  expect(historyText()).not.toContain('Question 1 of');
  expect(readFileSync(file)).toEqual(before);
});
