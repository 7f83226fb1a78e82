'use strict';
// The guided walk's terminal: where the prompts draw, and what a stop signal, a closed terminal or
// Ctrl-Z does while one is open. bin/cyber-ready.js loads it only when a command prompts, so a run
// that prompts for nothing reads none of it.
const { openSync, writeSync } = require('node:fs');

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** The prompts' streams, once opened, and the file descriptor they draw on. */
let opened;
let openedFd;
/** Set by a SIGHUP at a prompt: the terminal may be gone, and what cannot be written to it is dropped. */
let hungUp = false;
/** Set by the first stop signal at a prompt, with the signal. */
let stopping = false;
let stopSignal;

/**
 * Where the prompts draw: standard error when it is the terminal. When it is not (`2>log`,
 * `2>/dev/null`), prompts drawn there would go into the file while the tool sat waiting for keys
 * nobody knew to press; they draw on the controlling terminal instead, as ssh and sudo ask for a
 * password, and standard error keeps just the warnings and errors. Windows has no /dev/tty: there,
 * and without a controlling terminal, there are no prompts and the command says why.
 */
function openPrompt(isTerminal) {
  keepModeQuiet(process.stdin);
  process.on('exit', endIfHungUp);
  process.on('exit', endInBackground);
  if (isTerminal(2)) {
    openedFd = 2;
    return (opened = { input: process.stdin, output: process.stderr });
  }
  if (process.platform === 'win32') return undefined;
  let fd;
  try {
    fd = openSync('/dev/tty', 'w');
  } catch {
    return undefined;
  }
  const tty = require('node:tty');
  const output = new tty.WriteStream(fd);
  openedFd = fd;
  // The prompt library ends the stream it draws on after each prompt, unless it is a standard stream.
  output._isStdio = true;
  // Node keeps only its own standard streams' width and height up to date.
  process.on('SIGWINCH', () => output._refreshSize?.());
  return (opened = { input: process.stdin, output });
}

/**
 * A terminal that has gone (its window closed) refuses to change its mode. Node says so as an
 * 'error' event, which the prompts' line reader passed on as an uncaught error: a stack trace, where
 * the walk was ending anyway, as it does after a SIGHUP (see onStop). Nothing is left to put back.
 */
function keepModeQuiet(input) {
  const setRawMode = input.setRawMode.bind(input);
  input.setRawMode = (flag) => {
    // Ended by a signal while stopped (`kill %1` sends SIGTERM, then SIGCONT), the run is not the
    // terminal's foreground job: its mode is the shell's (put back before the stop), and changing it
    // from the background stopped the run again by SIGTTOU (Node 24), "Stopped" where it should end.
    if (stopping && !foreground()) return input;
    const emit = input.emit;
    input.emit = (event, ...rest) => (event === 'error' ? false : emit.call(input, event, ...rest));
    try {
      return setRawMode(flag);
    } finally {
      input.emit = emit;
    }
  };
}

/**
 * A terminal that has gone (its window closed, with or without a SIGHUP) is no longer a terminal to
 * the system. Node, putting it back as it found it on the way out, then stopped with an assertion
 * and a native stack trace (exit 134): the run ends by SIGHUP instead, the status a closed terminal
 * gives (129), once the walk has said what it could.
 */
function endIfHungUp() {
  if (require('node:tty').isatty(0)) return;
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

/**
 * Whether this run's process group is its terminal's foreground job, from /proc/self/stat (its pgrp
 * and the terminal's tpgid); true where that cannot be read (not Linux), as before.
 */
function foreground() {
  try {
    const stat = require('node:fs').readFileSync('/proc/self/stat', 'utf8');
    // After "pid (command) ": state, ppid, pgrp, session, tty_nr, tpgid.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tpgid = Number(fields[5]);
    return !(tpgid > 0) || Number(fields[2]) === tpgid;
  } catch {
    return true;
  }
}

/**
 * Ended by a signal while stopped in the background (`kill %1` sends SIGTERM, then SIGCONT), the run
 * ends by that signal once the walk has said what is saved, as the shell expects ("Terminated",
 * 143). Exiting, Node puts the terminal's mode back as it found it, which from the background stops
 * the run again by SIGTTOU (Node 24): the job sat "Stopped" instead of ending. The terminal is the
 * shell's by then, and its mode was put back before the stop.
 */
function endInBackground() {
  if (!stopping || stopSignal === undefined || foreground()) return;
  process.removeAllListeners(stopSignal);
  process.kill(process.pid, stopSignal);
}

// The exit status a shell gives a run ended by this signal, less 128: SIGINT 2, SIGTERM 15, SIGHUP 1.
const signalNumber = (signal) => require('node:os').constants.signals[signal] ?? 1;

/**
 * While a prompt is open: a stop signal sent from outside (`kill`, a cancelled job's SIGTERM, a
 * closed terminal's SIGHUP, a SIGINT not typed as Ctrl-C) ends the walk as the Ctrl-C key does, the
 * terminal put back as it was and the walk saying what is saved; the run then exits with the
 * signal's status. Left to Node, the signal ended the run at once, the terminal left in raw mode
 * with its cursor hidden. After SIGHUP the terminal may be gone: writing to it or putting its mode
 * back then fails, which is not worth a word (there is no one to read it).
 */
function onStop(handler) {
  const stop = (signal) => {
    hungUp ||= signal === 'SIGHUP';
    stopSignal ??= signal;
    // The terminal may also have been taken back by the shell (a job ended around the run): putting its mode back then fails too.
    if (!stopping) for (const stream of [process.stdin, process.stderr, opened?.output]) stream?.on('error', () => undefined);
    stopping = true;
    handler(128 + signalNumber(signal));
  };
  for (const s of STOP_SIGNALS) process.on(s, stop);
  return () => STOP_SIGNALS.forEach((s) => process.removeListener(s, stop));
}

/** How long a run carried on in the background waits for a stop signal sent with the SIGCONT. */
const SIGNAL_GRACE_MS = 100;

/**
 * Stops the run as Ctrl-Z does (SIGTSTP) and settles once it is carried on (`fg`, SIGCONT). The
 * whole process group is stopped, as the Ctrl-Z key stops it: the shell takes its terminal back only
 * once every process of the job is stopped, and stopping node alone under `npm run` or in a pipeline
 * (`| tee`) left npm or tee waiting and the terminal frozen, Ctrl-C doing nothing. Where the stop
 * does not happen (a process group with no shell to carry it on, which the system does not stop: a
 * tmux window or `ssh -t` running the command itself) it settles at once, as if carried on, and
 * leaves no listener behind. Windows has no such stop.
 */
function suspend() {
  return new Promise((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      process.removeListener('SIGCONT', settle);
      refreshSize();
      // Where the stop did not happen (see above), no SIGCONT turns the mode on again.
      pasteCode(PASTE_ON);
      // Carried on in the background (`kill %1` sends SIGTERM, then SIGCONT), no key can come, and a
      // prompt asked again there would stop the run once more (SIGTTOU, changing the terminal's
      // mode): a stop signal sent with the SIGCONT, which may reach the event loop a moment after it
      // on a loaded machine, is waited for first. In the foreground (`fg`) the prompt is asked at
      // once: keys typed just after `fg` were lost in such a wait, with no prompt open to take them.
      if (foreground()) resolve();
      else setTimeout(resolve, SIGNAL_GRACE_MS);
    };
    const timer = setTimeout(settle, 100);
    process.on('SIGCONT', settle);
    pasteCode(PASTE_OFF);
    process.kill(0, 'SIGTSTP');
  });
}

/**
 * While a prompt is open: SIGTSTP sent from outside (`kill -TSTP`) calls `handler`, which does what
 * the Ctrl-Z key does (the prompt taken off the screen, the terminal put back, then `suspend`).
 * Left to Node, it stopped node alone with the terminal in raw mode and the cursor hidden, and `fg`
 * found the prompt dead. Node does not stop on SIGTSTP while this listens: it is removed before the
 * stop.
 */
function onSuspend(handler) {
  process.on('SIGTSTP', handler);
  return () => process.removeListener('SIGTSTP', handler);
}

/**
 * A window resized while the run was stopped sent its SIGWINCH to the job then in the foreground,
 * not to this one: the prompts' width is read again as the run carries on, and the report's (on
 * standard output) too. Left as it was, the prompt drawn again after `fg` was laid out for the old
 * width, and each key left a stale line of it; the report at the walk's end was wrapped for the old
 * width, and the terminal broke its lines again mid-word.
 */
function refreshSize() {
  for (const stream of new Set([process.stdout, process.stderr, opened?.output])) stream?._refreshSize?.();
}

const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';
/** Set once the walk has turned bracketed paste on (see bracketPastes). */
let pastes = false;

/** Writes a mode's code to the prompts' terminal, at once, while the walk has it in the foreground; a terminal gone takes nothing. */
function pasteCode(code) {
  if (!pastes || hungUp || opened === undefined || !foreground()) return;
  try {
    writeSync(openedFd, code);
  } catch {
    // The terminal has gone: there is nothing to put back.
  }
}

/**
 * While the walk has the terminal: its bracketed paste mode on, so that a paste comes between
 * ESC[200~ and ESC[201~ and is read as one answer (src/answers/pasted-lines.ts), where each of its
 * lines was an answer to a question of its own. The mode is the terminal's, not the run's: left on,
 * a shell with no use for it showed every later paste wrapped in "^[[200~", so it is turned off as
 * the run ends, however it ends, and before a stop (Ctrl-Z), and on again when it is carried on.
 * With `plain` the prompts read in the terminal's own mode, where Ctrl-Z is the system's SIGTSTP:
 * it is caught to turn the mode off first, and then stops the run as before.
 */
function bracketPastes(plain) {
  if (pastes || opened === undefined) return;
  pastes = true;
  pasteCode(PASTE_ON);
  process.on('exit', () => pasteCode(PASTE_OFF));
  process.on('SIGCONT', () => pasteCode(PASTE_ON));
  if (!plain) return;
  const stop = () => {
    pasteCode(PASTE_OFF);
    // With no listener left, the signal stops the run as the system's own Ctrl-Z does.
    process.removeListener('SIGTSTP', stop);
    process.once('SIGCONT', () => process.on('SIGTSTP', stop));
    process.kill(process.pid, 'SIGTSTP');
  };
  process.on('SIGTSTP', stop);
}

/** Calls `handler` each time the run is carried on after a stop (`fg`, SIGCONT). */
function onContinue(handler) {
  const carriedOn = () => {
    refreshSize();
    handler();
  };
  process.on('SIGCONT', carriedOn);
  return () => process.removeListener('SIGCONT', carriedOn);
}

module.exports = { openPrompt, bracketPastes, onStop, suspend, onSuspend, onContinue, signalNumber, hungUp: () => hungUp };
