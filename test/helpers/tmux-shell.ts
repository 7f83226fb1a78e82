import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, repoRoot } from './cli.js';
import { tmux as tmuxRun, tmuxStatus } from './tmux-server.js';

// An interactive shell in a tmux session of its own, with job control (Ctrl-Z, `fg`), for the tests
// that drive the walk as a job of a shell, and what they look at in it.

const tmux = (...args: string[]): string => tmuxRun(...args).trim();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The sessions `shellIn` made, for `killShells` to end. */
const shells: string[] = [];

/** A session of its own running an interactive shell, with job control (Ctrl-Z, fg), in `dir`. */
export function shellIn(dir: string, name: string): void {
  shells.push(name);
  tmuxStatus('kill-session', '-t', name);
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '30', '-c', dir, 'env -u GITHUB_ACTIONS -u GITLAB_CI PS1="$ " bash --norc --noprofile -i');
}

export function killShells(): void {
  for (const s of shells) tmuxStatus('kill-session', '-t', s);
}

/** Everything the session `name` shows and has scrolled off, each line the terminal wrapped joined again. */
export const paneText = (name: string): string => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', name);

/** Keys one at a time, as typed, with a pause for the prompt to redraw. */
export const keysTo = async (name: string, ...k: string[]): Promise<void> => {
  for (const key of k) {
    tmux('send-keys', '-t', name, key);
    await sleep(150);
  }
};

/** The terminal's own mode and whether the cursor shows, as the next program run in it finds them. */
export function terminalState(name: string): { raw: boolean; cursorShown: boolean } {
  const modes = execFileSync('stty', ['-a', '-F', tmux('display', '-p', '-t', name, '#{pane_tty}')], { encoding: 'utf8' });
  return { raw: /(^|\s)-icanon\b/.test(modes) || /(^|\s)-echo\b/.test(modes), cursorShown: tmux('display', '-p', '-t', name, '#{cursor_flag}') === '1' };
}

/** The node process the tmux session `name` runs (under its shell). */
export function nodeIn(name: string): number {
  const shell = tmux('display', '-p', '-t', name, '#{pane_pid}');
  const found = Number(spawnSync('pgrep', ['-f', '-s', shell, `^node ${binPath}`], { encoding: 'utf8' }).stdout.trim().split('\n')[0]);
  // None found would be 0, and a signal sent to process 0 goes to the test run's own process group.
  if (!(found > 0)) throw new Error(`no run of the binary in the tmux session ${name}`);
  return found;
}

/** The example answers without three answers: a number, a multiple choice (the checkbox) and a text, asked in that order. */
export function partialAnswers(dir: string, name: string): void {
  const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8')
    .replace(/^ {2}tech-patch-days-critical: .*\n/m, '')
    .replace(/^ {2}mon-log-sources: .*\n/m, '')
    .replace(/^ {2}ir-out-of-hours-lead: >-\n(?: {4}.*\n)+/m, '');
  writeFileSync(join(dir, name), text);
}
