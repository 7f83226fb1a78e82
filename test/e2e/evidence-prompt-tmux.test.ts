import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';

// The evidence hint is shown in the guided walk after the help, in a real terminal.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `cyber-ready-evidence-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
const screenText = (): string => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${screenText()}`);
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['kill-session', '-t', session]);
});

it.runIf(hasTmux)('shows the evidence hint after the help, before the question', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-evidence-'));
  const args = ['assess', '-q', join(repoRoot, 'test/fixtures/blocking/auto-fail.yaml'), '--today', '2026-11-23', '--save', 'answers.yaml'];
  const command = `cd ${dir} && node ${binPath} ${args.join(' ')} > report.txt 2> stderr.txt; echo $? > exit.txt; sleep 600`;
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `bash -c 'tail -F ${dir}/stderr.txt 2>/dev/null & ${command}'`);
  await waitFor(() => screenText().includes('Organisation'), 'the organisation prompt');
  tmux('send-keys', '-t', session, 'Test Council', 'Enter');
  await waitFor(() => screenText().includes('assessor'), 'the assessor prompt');
  tmux('send-keys', '-t', session, 'Tester', 'Enter');
  await waitFor(() => screenText().includes('Is multi-factor authentication on'), 'the first question');
  tmux('send-keys', '-t', session, 'C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  const stderr = readFileSync(join(dir, 'stderr.txt'), 'utf8');
  // Wrapped to the terminal with a hanging indent, so only the words and their order are fixed.
  expect(stderr).toMatch(/ {2}Every user, not only administrators\.\n {2}Evidence: Sign-in policy export from each cloud service showing MFA(\s+)required(\s+)for all users\.\n/);
  expect(stderr.indexOf('Evidence:')).toBeLessThan(stderr.indexOf('Is multi-factor authentication on'));
});
