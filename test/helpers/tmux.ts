import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { binPath } from './cli.js';
import { endTmuxServer, hasTmux, newTmuxSession, tmux, tmuxStatus } from './tmux-server.js';

export { hasTmux } from './tmux-server.js';

/**
 * What a run drew with the terminal's bracketed paste mode, turned on and off by the walk, taken
 * out: a mode, not a code that draws, so a screen reader reads nothing of it.
 */
export const withoutPasteMode = (drawn: string): string => drawn.replace(/\u001b\[\?2004[hl]/g, '');

// The variables of CI systems the tool acts on; a test that wants one sets it in the command.
const CI_UNSET = `env ${['GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITHUB_STEP_SUMMARY', 'GITLAB_CI', 'CI_PROJECT_DIR'].map((v) => `-u ${v}`).join(' ')} `;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A real terminal for one test file, driven the way a person drives it: the binary runs in a tmux
 * session with its exit code in exit.txt (made whole by a rename, so a poll never reads it empty);
 * see `start` and `startOnScreen` for where its output goes. The file's tmux server (see
 * tmux-server.ts) is ended after its tests.
 */
export function tmuxTerminal(name: string, size = { width: 120, height: 50 }) {
  const session = `cyber-ready-${name}-${process.pid}`;
  const go = join(tmpdir(), `${session}.recording`);
  afterAll(endTmuxServer);
  const screenText = (): string => tmux('capture-pane', '-p', '-t', session);
  // The screen and everything scrolled off its top: what a person can scroll back to.
  const historyText = (): string => tmux('capture-pane', '-p', '-S', '-', '-t', session);
  // The same with each line the terminal wrapped joined again, keeping a space the wrap fell on
  // (which historyText trims), so a long line reads the same wherever the repository is.
  const joinedHistoryText = (): string => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);
  // The screen with its colour and style codes, as the terminal was told to draw it.
  const screenCodes = (): string => tmux('capture-pane', '-p', '-e', '-t', session);

  // Generous: on a loaded machine (a CI runner, parallel test files) a redraw can take seconds.
  async function waitFor(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (check()) return;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}; screen:\n${hasTmux ? screenText() : ''}`);
  }

  // The server's environment is the one it started in, a CI job's for a suite run in CI: what the
  // tool reads of it (annotations, the checkout that names files) is left out, as runBinary leaves it.
  const newSession = (command: string): void =>
    newTmuxSession(['-d', '-s', session, '-x', String(size.width), '-y', String(size.height), `${CI_UNSET}${command}`]);

  /**
   * Keys one at a time, as typed: after each, until the screen shows the program has read it (it
   * redraws), or 150 ms for a key that changes nothing. The next key then comes in a read of its
   * own, as a person's does: a key in the same read as a prompt's Enter is lost to the next prompt.
   */
  const keys = async (...k: string[]): Promise<void> => {
    for (const key of k) {
      const before = screenText();
      tmux('send-keys', '-t', session, key);
      const until = Date.now() + 150;
      do await sleep(15);
      while (Date.now() < until && screenText() === before);
    }
  };
  /**
   * Pastes `text` as a terminal pastes it: each line break sent as CR, and the whole between the
   * bracketed paste marks only when the program has turned that mode on (tmux's `paste-buffer -p`).
   */
  const paste = async (text: string): Promise<void> => {
    const file = join(tmpdir(), `${session}.paste`);
    writeFileSync(file, text);
    tmux('load-buffer', '-b', session, file);
    tmux('paste-buffer', '-p', '-d', '-b', session, '-t', session);
    await sleep(300);
  };
  /** Waits for the last run started in `dir` to end, and gives its exit code as written in exit.txt. */
  const ended = async (dir: string): Promise<string> => {
    await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
    return readFileSync(join(dir, 'exit.txt'), 'utf8').trim();
  };

  return {
    session,
    screenText,
    historyText,
    joinedHistoryText,
    screenCodes,
    waitFor,
    waitForScreen: (text: string): Promise<void> => waitFor(() => screenText().includes(text), `"${text}"`),
    keys,
    paste,
    /** Answers the next `n` yes-or-no questions of a `--plain` walk with Yes, each once it is saved. */
    async answerYes(n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        await waitFor(() => screenText().includes('Type a number from 1 to 2:'), '"Type a number from 1 to 2:"');
        await keys('2', 'Enter');
        await waitFor(() => screenText().includes('Recorded: Yes.'), '"Recorded: Yes."');
      }
    },
    /** Says no to the board paper the walk offers at its end, and gives the run's exit code. */
    async declinePaper(dir: string): Promise<string> {
      await waitFor(() => screenText().includes('Write the markdown report'), '"Write the markdown report"');
      await keys('n', 'Enter');
      return ended(dir);
    },
    /**
     * Standard output and standard error go to files (report.txt, stderr.txt), as in `cyber-ready
     * assess > report.txt 2> stderr.txt`: the prompts then draw on the terminal itself (/dev/tty),
     * and standard error keeps only warnings and errors. Everything drawn on the terminal is
     * recorded in terminal.txt, byte for byte (see `drawn`).
     */
    start(dir: string, args: string[], env = ''): void {
      tmuxStatus('kill-session', '-t', session);
      // Fresh files each run, so nothing read comes from the previous run.
      spawnSync('rm', ['-f', join(dir, 'stderr.txt'), join(dir, 'exit.txt'), join(dir, 'terminal.txt'), go]);
      // The run waits until the terminal is being recorded, so its first prompt is not missed.
      const command = `cd ${dir} && until [ -e ${go} ]; do sleep 0.05; done; ${env}node ${binPath} ${args.join(' ')} > report.txt 2> stderr.txt; echo $? > exit.part && mv exit.part exit.txt; sleep 600`;
      newSession(`bash -c '${command.replace(/'/g, "'\\''")}'`);
      tmux('pipe-pane', '-t', session, `cat >> ${join(dir, 'terminal.txt')}`);
      writeFileSync(go, '');
    },
    ended,
    /** What the last `start` in `dir` drew on the terminal so far, codes and all, with its line ends as "\n". */
    drawn(dir: string): string {
      const file = join(dir, 'terminal.txt');
      return existsSync(file) ? readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : '';
    },
    /**
     * As `start`, but standard error is the terminal itself, as for a person at it: the prompts
     * know its width and height, and the screen shows exactly what they draw (no copy in a file).
     */
    startOnScreen(dir: string, args: string[], env = ''): void {
      tmuxStatus('kill-session', '-t', session);
      spawnSync('rm', ['-f', join(dir, 'exit.txt')]);
      const command = `cd ${dir} && ${env}node ${binPath} ${args.join(' ')} > report.txt; echo $? > exit.part && mv exit.part exit.txt; sleep 600`;
      newSession(`bash -c '${command.replace(/'/g, "'\\''")}'`);
    },
    kill(): void {
      if (hasTmux) tmuxStatus('kill-session', '-t', session);
    },
  };
}
