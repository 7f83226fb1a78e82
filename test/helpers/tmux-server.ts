import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// This test process's own tmux server, at a socket of its own. The test files running side by side
// shared one server, so any of them could reach the others' sessions: a session vanished in the
// middle of a test in CI ("can't find pane") while its walk was still running, and a server that
// goes, for whatever cause, took every file's terminals with it. Now a file's terminals are its own.
const socket = join(tmpdir(), `cyber-ready-tmux-${process.pid}`);

// A limit of its own (execFileSync holds the worker, so vitest's timer cannot stop a tmux that hangs).
const LIMIT = { timeout: 30_000 } as const;

/** Whether tmux can be run here; the tests that drive a real terminal need it. */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A tmux command run against this process's server, giving what it prints; throws if it fails. */
export const tmux = (...args: string[]): string => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8', ...LIMIT });

/** As `tmux`, but gives the command's exit status (null if it was stopped) instead of throwing. */
export const tmuxStatus = (...args: string[]): number | null => spawnSync('tmux', ['-S', socket, ...args], LIMIT).status;

/**
 * Starts a session, trying again while the server is going: killing a file's last session stops its
 * server, and a session started while it is stopping fails with "server exited unexpectedly".
 */
export function newTmuxSession(args: string[]): void {
  for (let attempt = 1; tmuxStatus('new-session', ...args) !== 0; attempt++) {
    if (attempt === 5) tmux('new-session', ...args);
    execFileSync('sleep', ['0.3']);
  }
}

/** Ends this process's server, with every session left in it, and removes its socket. */
export function endTmuxServer(): void {
  if (hasTmux) tmuxStatus('kill-server');
  rmSync(socket, { force: true });
}
