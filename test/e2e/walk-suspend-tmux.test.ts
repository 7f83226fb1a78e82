import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { tmux } from '../helpers/tmux-server.js';
import { keysTo, killShells, nodeIn, paneText, partialAnswers, shellIn, terminalState } from '../helpers/tmux-shell.js';

// The walk stopped as a job of a shell and carried on: Ctrl-Z where the job is more than node (a
// pipeline, `npm run`), a stop sent from outside, and Ctrl-Z where nothing can stop the run.
const terminal = tmuxTerminal('suspend', { width: 80, height: 30 });
const { waitFor, waitForScreen, keys, screenText, startOnScreen, ended } = terminal;
afterAll(() => {
  terminal.kill();
  killShells();
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const walk = (file: string, after = ''): string => `node ${binPath} assess --answers ${file} --today 2026-11-23${after}`;
/** What the session `name` shows since the last `fg` typed in it. */
const afterFg = (name: string): string => paneText(name).split(/\n\$ fg\n/).at(-1) ?? '';

/** Starts the walk in a shell of its own, up to the checkbox (the number before it answered 8). */
async function atTheCheckbox(name: string, file: string, after = ''): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  partialAnswers(dir, file);
  shellIn(dir, name);
  await keysTo(name, walk(file, after), 'Enter');
  await waitFor(() => paneText(name).includes('how many days did the council usually take'), 'the first question');
  await keysTo(name, '8', 'Enter');
  await waitFor(() => paneText(name).includes('Which of these sources feed'), 'the checkbox');
  await sleep(300);
  return dir;
}

/** Ctrl-Z, the window resized while the walk is stopped, then `fg`. */
async function resizedWhileStopped(name: string, width: number, height = 30): Promise<void> {
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(afterFg(name)), 'the shell to say the walk is stopped');
  tmux('resize-window', '-t', name, '-x', String(width), '-y', String(height));
  await sleep(300);
  await keysTo(name, 'fg', 'Enter');
}

/** After `fg`: the checkbox drawn again and working; the answer it takes saved; then Ctrl-C. */
async function carriesOn(name: string, dir: string, file: string): Promise<void> {
  await keysTo(name, 'fg', 'Enter');
  await waitFor(() => afterFg(name).includes('Which of these sources feed'), 'the checkbox drawn again');
  await keysTo(name, 'Down', 'Space', 'Enter');
  await waitFor(() => afterFg(name).includes("Who leads the council's response"), 'the next question');
  expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^ {2}mon-log-sources: \[cloud-admin\]$/m);
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg(name).includes('Carry on with:'), 'the stop');
}

// Was: only node stopped; the shell gives the terminal back when the whole job has stopped, so cat
// (or npm, under `npm run`) kept waiting, the terminal froze and Ctrl-C did nothing.
it.runIf(hasTmux)('Ctrl-Z in a pipeline stops the whole job: the shell takes the terminal back, and fg carries on', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-pipe`;
  const dir = await atTheCheckbox(name, 'g.yaml', ' | cat');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  // The shell has the terminal: what is typed now runs.
  await keysTo(name, 'echo $((6 * 7))', 'Enter');
  await waitFor(() => /\n42\n/.test(paneText(name)), 'the shell to run a command');
  await carriesOn(name, dir, 'g.yaml');
});

// Was: node stopped with the prompt on the screen, the terminal in raw mode and the cursor hidden at
// the shell; after `fg` nothing was drawn and the arrow keys echoed as "^[[B".
it.runIf(hasTmux)('a SIGTSTP sent from outside stops the walk as Ctrl-Z does: the cursor shown at the shell, and fg carries on', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-tstp`;
  const dir = await atTheCheckbox(name, 't.yaml');
  process.kill(nodeIn(name), 'SIGTSTP');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await sleep(300);
  // (The shell's own line editor has the terminal in raw mode as it waits: only the cursor tells.)
  expect(terminalState(name).cursorShown).toBe(true);
  expect(paneText(name).split(/Stopped\s+node/)[0]).not.toContain('Which of these sources feed');
  await carriesOn(name, dir, 't.yaml');
});

// SIGSTOP cannot be caught: the shell put its own terminal mode back, and the prompt lay dead after `fg`.
it.runIf(hasTmux)('after a SIGSTOP, fg asks the open prompt again, its keys working', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-stop`;
  const dir = await atTheCheckbox(name, 's.yaml');
  process.kill(nodeIn(name), 'SIGSTOP');
  await waitFor(() => /Stopped.*\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await carriesOn(name, dir, 's.yaml');
});

// A tmux window (or `ssh -t`) running the command itself: no shell can carry the run on, so the
// system does not stop it and Ctrl-Z does nothing. Was: a SIGCONT listener left behind each time,
// and Node's MaxListenersExceededWarning across the prompt after the eleventh.
it.runIf(hasTmux)('Ctrl-Z where the run cannot be stopped, again and again, asks the prompt again and says nothing', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  partialAnswers(dir, 'o.yaml');
  startOnScreen(dir, ['assess', '--answers', 'o.yaml', '--today', '2026-11-23', '2>&1']);
  await waitForScreen('how many days did the council usually take');
  for (let i = 0; i < 12; i++) {
    await keys('C-z');
    await sleep(100);
  }
  await keys('9', 'Enter');
  await waitForScreen('Which of these sources feed');
  expect(screenText()).not.toMatch(/MaxListeners|Warning:/);
  expect(readFileSync(join(dir, 'o.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 9$/m);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

// Was: `bg` sent its SIGCONT and the plain walk said its prompt on the shell's line, running in the
// background, and what was typed next went to the shell.
it.runIf(hasTmux)('--plain, Ctrl-Z then bg: the walk stays stopped and says nothing; fg says its prompt once', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-bg`;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  partialAnswers(dir, 'b.yaml');
  shellIn(dir, name);
  await keysTo(name, walk('b.yaml', ' --plain'), 'Enter');
  await waitFor(() => paneText(name).includes('Type the number of days'), 'the first prompt');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await keysTo(name, 'bg', 'Enter');
  await sleep(500);
  await keysTo(name, 'echo hello', 'Enter');
  await waitFor(() => /\nhello\n/.test(paneText(name)), 'the shell to run a command');
  await keysTo(name, 'jobs', 'Enter');
  await waitFor(() => /\$ jobs\n\[1\]\+\s+Stopped/.test(paneText(name)), 'the job to be stopped');
  expect(paneText(name).split('$ bg')[1]).not.toContain('Type the number');
  await keysTo(name, 'fg', 'Enter');
  await waitFor(() => afterFg(name).includes('Type the number of days'), 'the prompt said again');
  await sleep(500);
  expect(afterFg(name).match(/Type the number of days/g)).toHaveLength(1);
  await keysTo(name, '8', 'Enter');
  await waitFor(() => afterFg(name).includes('Which of these sources feed'), 'the next question');
  expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 8$/m);
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg(name).includes('Carry on with:'), 'the stop');
});

// Was: the window's new width reached only the job in the foreground (SIGWINCH), so after `fg` the
// prompt was laid out for the old width and each key left a stale copy of its first line.
it.runIf(hasTmux)('a window resized while the walk is stopped: fg lays the prompt out for the new width, each key redrawing it in place', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-resize`;
  shellIn(mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-')), name);
  await keysTo(name, `node ${binPath} assess --save r.yaml --today 2026-11-23`, 'Enter');
  await waitFor(() => paneText(name).includes('Which questionnaire?'), 'the first prompt');
  await resizedWhileStopped(name, 60);
  await waitFor(() => afterFg(name).includes('Which questionnaire?'), 'the prompt drawn again');
  await keysTo(name, 'Down', 'Down', 'Up');
  await waitFor(() => afterFg(name).includes('id: cyber-essentials-readiness'), 'the keys to move the choice');
  await sleep(300);
  const shown = afterFg(name).slice(afterFg(name).indexOf('? Which questionnaire?'));
  expect(shown.match(/Which questionnaire\?/g)).toHaveLength(1);
  expect(shown.split('\n').filter((line) => line.length > 60)).toEqual([]);
  await keysTo(name, 'C-c');
  await waitFor(() => /\n\$\s*$/.test(afterFg(name)), 'the shell prompt');
});

// Was: text the walk wraps itself (the question, its hint) stayed wrapped for the width before the
// stop, and the library broke its long lines again at the new edge, mid-word.
it.runIf(hasTmux)('a window narrowed while the walk is stopped: fg wraps the question itself for the new width, between words', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-narrow`;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  partialAnswers(dir, 'w.yaml');
  shellIn(dir, name);
  await keysTo(name, walk('w.yaml'), 'Enter');
  await waitFor(() => paneText(name).includes('how many days did the council usually take'), 'the first question');
  await resizedWhileStopped(name, 50);
  await waitFor(() => afterFg(name).includes('? Over the last'), 'the question asked again');
  await sleep(300);
  const shown = afterFg(name).slice(afterFg(name).indexOf('? Over the last'));
  const lines = shown.split('\n');
  const question = 'Over the last three months, how many days did the council usually take to install high and critical security updates on internet-facing systems and user devices?';
  // Every word whole: the lines read back as the question when joined by spaces.
  expect(lines.map((line) => line.trim()).join(' ')).toContain(`? ${question}`);
  expect(lines.filter((line) => line.length > 50)).toEqual([]);
  await keysTo(name, '8', 'Enter');
  await waitFor(() => afterFg(name).includes('Which of these sources feed'), 'the next question');
  expect(readFileSync(join(dir, 'w.yaml'), 'utf8')).toMatch(/^ {2}tech-patch-days-critical: 8$/m);
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg(name).includes('Carry on with:'), 'the stop');
});

// Was: once a stop in a short window had written the help above the prompt, it was left out of the
// prompt at every later `fg`, however tall the window grew, behind the shell's lines.
it.runIf(hasTmux)('a window made short then tall again while stopped: the help comes back into the prompt', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-tall`;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  writeFileSync(join(dir, 'h.yaml'), readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8'));
  shellIn(dir, name);
  await keysTo(name, walk('h.yaml', ' --review'), 'Enter');
  await waitFor(() => paneText(name).includes('Saved note:'), 'the first question, its help and note');
  await resizedWhileStopped(name, 80, 12);
  await waitFor(() => afterFg(name).includes('? Does a named member'), 'the question asked again');
  await resizedWhileStopped(name, 80, 30);
  await waitFor(() => afterFg(name).includes('? Does a named member'), 'the question asked again');
  await sleep(300);
  expect(afterFg(name)).toContain('Saved note:');
  await keysTo(name, 'C-c');
  await waitFor(() => afterFg(name).includes('Carry on with:'), 'the stop');
});

// Was: the report's width (standard output) was not read again after the stop: written for 80
// columns in a window of 50, its lines were broken again by the terminal, mid-word.
it.runIf(hasTmux)('a window narrowed while stopped at the last question: the report after it is wrapped for the new width', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-report`;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suspend-'));
  const full = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  writeFileSync(join(dir, 'one.yaml'), full.replace(/^ {2}gov-siro: .*\n/m, ''));
  shellIn(dir, name);
  await keysTo(name, walk('one.yaml'), 'Enter');
  await waitFor(() => paneText(name).includes('senior information risk owner'), 'the one question left');
  await resizedWhileStopped(name, 50);
  await waitFor(() => afterFg(name).includes('? Has the council appointed'), 'the question asked again');
  await keysTo(name, 'Enter');
  await waitFor(() => /Overall \d+\/100/.test(afterFg(name)), 'the report');
  await sleep(500);
  // From the report's list of gaps (fewer on a narrow screen) to its end.
  const report = afterFg(name).slice(afterFg(name).search(/Top \d+ of \d+ gaps/));
  expect(report).toMatch(/^Top \d+ of \d+ gaps[\s\S]+Overall \d+\/100/);
  expect(report.split('\n').filter((line) => line.length > 50)).toEqual([]);
  await keysTo(name, 'C-c');
});

// Was: no prompt was open to take a signal sent while the walk was stopped: `kill %1` (SIGTERM, then
// SIGCONT) ended it with bash's "Terminated", and `kill -INT %1` then `fg` with 130, saying nothing.
it.runIf(hasTmux)('kill %1 while the walk is stopped ends it as a stop signal at the prompt does, with 143', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-term`;
  await atTheCheckbox(name, 'k.yaml');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await keysTo(name, 'kill %1', 'Enter');
  await waitFor(() => paneText(name).includes('Carry on with:'), 'the stop');
  await keysTo(name, 'Enter');
  // Ended by the signal itself, as the shell expects of a job it sent SIGTERM ("Terminated", status 143): on
  // Node 24 an exit with 143 was stopped again on its way out (SIGTTOU, putting the terminal back).
  await waitFor(() => /Terminated\s+node/.test(paneText(name)), 'the shell to say the walk ended by its signal');
  expect(paneText(name)).toMatch(/Stopped\. Your answers so far are saved in k\.yaml/);
});

it.runIf(hasTmux)('kill -INT %1 while the walk is stopped, then fg, ends it as Ctrl-C does, with 130', { timeout: 90_000 }, async () => {
  const name = `${terminal.session}-int`;
  await atTheCheckbox(name, 'i.yaml');
  await keysTo(name, 'C-z');
  await waitFor(() => /Stopped\s+node/.test(paneText(name)), 'the shell to say the walk is stopped');
  await keysTo(name, 'kill -INT %1', 'Enter');
  // The shell has sent the signal once it asks for the next command (a fixed pause was short on a loaded machine).
  // (It may first say again that the job is stopped.)
  await waitFor(() => /\n\$ kill -INT %1\n(?:[\s\S]*\n)?\$\s*$/.test(paneText(name)), 'the shell to send the signal');
  await keysTo(name, 'fg', 'Enter');
  await waitFor(() => afterFg(name).includes('Carry on with:'), 'the stop').catch((error: Error) => {
    throw new Error(`${error.message}\nthe walk's shell:\n${paneText(name)}`);
  });
  expect(afterFg(name)).toMatch(/Stopped\. Your answers so far are saved in i\.yaml/);
  await keysTo(name, 'echo "status $?"', 'Enter');
  await waitFor(() => /\nstatus 130\n/.test(paneText(name)), 'the exit status');
});
