import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { tmuxStatus } from '../helpers/tmux-server.js';
import { keysTo, killShells, nodeIn, paneText, partialAnswers, shellIn, terminalState } from '../helpers/tmux-shell.js';

// The walk as a terminal program: a stop signal sent from outside while a prompt is showing, Ctrl-Z
// and `fg`, and a terminal that closes.
const terminal = tmuxTerminal('signals', { width: 80, height: 30 });
const { joinedHistoryText, waitFor, waitForScreen, keys, startOnScreen, ended, session } = terminal;
afterAll(() => {
  terminal.kill();
  killShells();
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const STOPS = [
  { signal: 'SIGTERM', code: '143', at: 'the checkbox' },
  { signal: 'SIGHUP', code: '129', at: 'the checkbox' },
  { signal: 'SIGINT', code: '130', at: 'a number' },
] as const;

it.runIf(hasTmux).each(STOPS)('$signal sent at $at stops as Ctrl-C does: terminal put back, what is saved said, exit $code', { timeout: 60_000 }, async ({ signal, code, at }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-signals-'));
  partialAnswers(dir, 'k.yaml');
  startOnScreen(dir, ['assess', '--answers', 'k.yaml', '--today', '2026-11-23']);
  await waitForScreen('how many days did the council usually take');
  if (at === 'the checkbox') {
    await keys('6', 'Enter');
    await waitForScreen('Which of these sources feed');
  }
  await sleep(300);
  process.kill(nodeIn(session), signal);
  expect(await ended(dir)).toBe(code);
  const said = joinedHistoryText().replace(/\s+/g, ' ');
  // Was: the run ended there, with no word, the terminal left in raw mode and the cursor hidden.
  expect(said).toContain(at === 'the checkbox' ? 'Stopped. Your answers so far are saved in k.yaml. Carry on with: cyber-ready assess --answers k.yaml --today 2026-11-23' : 'Stopped. Nothing new was saved: k.yaml is unchanged. Carry on with: cyber-ready assess --answers k.yaml --today 2026-11-23');
  expect(said).not.toContain('submit');
  expect(terminalState(session)).toEqual({ raw: false, cursorShown: true });
  if (at === 'the checkbox') expect(readFileSync(join(dir, 'k.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 6$/m);
});

// Closing the terminal window hangs it up: reading it ends, and writing to it or setting its mode
// fails. Was: an uncaught "setRawMode EIO" with a stack trace, then Node's own assertion (exit 134).
it.runIf(hasTmux)('a terminal closed during the walk ends it with the status of SIGHUP and no stack trace, the answers kept', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-signals-'));
  partialAnswers(dir, 'h.yaml');
  const name = `${session}-hangup`;
  shellIn(dir, name);
  // sh outlives the hangup (it ignores SIGHUP; Node does not inherit that) to record the exit status.
  await keysTo(name, `sh -c 'trap "" HUP; node ${binPath} assess --answers h.yaml --today 2026-11-23 2> err.txt; echo $? > exit.txt'`, 'Enter');
  await waitFor(() => paneText(name).includes('how many days did the council usually take'), 'the first question');
  await keysTo(name, '7', 'Enter');
  await waitFor(() => paneText(name).includes('Which of these sources feed'), 'the checkbox');
  tmuxStatus('kill-session', '-t', name);
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('129');
  // (sh says "Hangup" of the run it started, ended by that signal.)
  expect(readFileSync(join(dir, 'err.txt'), 'utf8')).not.toMatch(/error|assert|stack|\bat /i);
  expect(readFileSync(join(dir, 'h.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 7$/m);
});

// Was: `fg` ended the walk ("Stopped. Your answers so far are saved…", exit 130): the prompt
// library's line reader paused the terminal when carried on, and nothing read it again.
it.runIf(hasTmux)('Ctrl-Z then fg carries on at the same question, drawn again', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-signals-'));
  partialAnswers(dir, 'z.yaml');
  const name = `${session}-suspend`;
  shellIn(dir, name);
  await keysTo(name, `node ${binPath} assess --answers z.yaml --today 2026-11-23`, 'Enter');
  await waitFor(() => paneText(name).includes('how many days did the council usually take'), 'the first question');
  await keysTo(name, '8', 'Enter');
  await waitFor(() => paneText(name).includes('Which of these sources feed'), 'the checkbox');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await keysTo(name, 'fg', 'Enter');
  const afterFg = (): string => paneText(name).split(/\n\$ fg\n/).at(-1) ?? '';
  await waitFor(() => afterFg().includes('Which of these sources feed'), 'the checkbox drawn again');
  await keysTo(name, 'Down', 'Space', 'Enter');
  await waitFor(() => afterFg().includes("Who leads the council's response"), 'the next question');
  expect(readFileSync(join(dir, 'z.yaml'), 'utf8')).toMatch(/^ {2}mon-log-sources: \[cloud-admin\]$/m);
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg().includes('Carry on with:'), 'the stop');
});

it.runIf(hasTmux)('Ctrl-Z then fg in a --plain walk says the prompt again', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-signals-'));
  partialAnswers(dir, 'p.yaml');
  const name = `${session}-plain-suspend`;
  shellIn(dir, name);
  await keysTo(name, `node ${binPath} assess --plain --answers p.yaml --today 2026-11-23`, 'Enter');
  await waitFor(() => paneText(name).includes('Type the number of days'), 'the first question');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await keysTo(name, 'fg', 'Enter');
  const afterFg = (): string => paneText(name).split(/\n\$ fg\n/).at(-1) ?? '';
  await waitFor(() => afterFg().includes('Type the number of days'), 'the prompt said again');
  await keysTo(name, '8', 'Enter');
  await waitFor(() => afterFg().includes('Recorded: 8 days.'), 'the answer recorded');
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg().includes('Carry on with:'), 'the stop');
  expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 8$/m);
});
