import { safeLine } from '../text/safe-text.js';
import type { Io } from './io.js';

/**
 * The one convention for every command that writes files the user named (`-o`, `--report`, `init`):
 * a one-line confirmation on standard error when a person is watching it, and silence in scripts
 * and CI logs, where the exit code says it.
 */
export function confirmWritten(io: Io, files: string[], extra = ''): void {
  if (!io.stderr.isTTY || files.length === 0) return;
  io.stderr.write(`Wrote ${files.map(safeLine).join(', ')}.${extra ? ` ${extra}` : ''}\n`);
}
