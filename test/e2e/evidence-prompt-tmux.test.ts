import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// The evidence hint is shown in the guided walk after the help, in a real terminal.
const terminal = tmuxTerminal('evidence');
const { screenText, waitFor, keys } = terminal;

afterAll(() => terminal.kill());

it.runIf(hasTmux)('shows the evidence hint after the help, before the question', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-evidence-'));
  const args = ['assess', '-q', join(repoRoot, 'test/fixtures/blocking/auto-fail.yaml'), '--today', '2026-11-23', '--save', 'answers.yaml'];
  terminal.start(dir, args);
  await waitFor(() => screenText().includes('Organisation'), 'the organisation prompt');
  await keys('Test Council', 'Enter');
  await waitFor(() => screenText().includes('assessor'), 'the assessor prompt');
  await keys('Tester', 'Enter');
  await waitFor(() => screenText().includes('Is multi-factor authentication on'), 'the first question');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  const stderr = terminal.drawn(dir);
  // Wrapped to the terminal with a hanging indent, so only the words and their order are fixed.
  expect(stderr).toMatch(/ {2}Every user, not only administrators\.\n {2}Evidence: Sign-in policy export from each cloud service showing MFA(\s+)required(\s+)for all users\.\n/);
  expect(stderr.indexOf('Evidence:')).toBeLessThan(stderr.indexOf('Is multi-factor authentication on'));
});
