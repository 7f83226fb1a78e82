import { resolve } from 'node:path';
import { inspectTarget } from '../fs/inspect-target.js';
import { safeLine } from '../text/safe-text.js';
import { fitToTerminal } from '../text/fit-command.js';
import type { Io } from './io.js';

/**
 * Whether `target`, now written, is a file a person can open later: not a device (`/dev/null`), a
 * FIFO, or the run's own standard output or error, which were streamed to and keep nothing.
 */
function isFileOnDisk(io: Io, target: string): boolean {
  try {
    return inspectTarget(resolve(io.cwd, target)).kind === 'file';
  } catch {
    return false;
  }
}

/**
 * The one convention for every command that writes files the user named (`-o`, `--report`, `init`):
 * a one-line confirmation on standard error when a person is watching it, and silence in scripts
 * and CI logs, where the exit code says it. Only files are named: "Wrote /dev/null." would read as a
 * file having been made, so devices, FIFOs and the run's own streams are left out, and with nothing
 * left the line (and its advice about the file) is not printed.
 */
export function confirmWritten(io: Io, files: string[], extra = '', command?: string): void {
  if (!io.stderr.isTTY) return;
  const kept = files.filter((f) => isFileOnDisk(io, f));
  if (kept.length === 0) return;
  const line = `Wrote ${kept.map(safeLine).join(', ')}.${extra ? ` ${extra}` : ''}`;
  // Wrapped between words to the terminal, as the walk's lines are: a terminal that wraps it
  // itself cuts a file name in two (`cyber-ready validate a.yam` / `l`).
  io.stderr.write(`${fitToTerminal(line, command, io.stderr.columns)}\n`);
}
