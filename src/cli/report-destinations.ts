import { closeSync, constants, openSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { standardStream } from '../fs/standard-stream.js';
import { isBinaryFormat, type ReportFormat } from '../report/formats.js';
import type { Io } from './io.js';
import type { ReportTarget } from './report-targets.js';

/** A report of this run and where it goes, as the option that asked for it is shown in a message. */
interface Destination {
  format: ReportFormat;
  /** The file named, or undefined for standard output (no `-o`). */
  file: string | undefined;
  option: string;
  /** What asked for its format, for a message about the format. */
  asked: string;
}

const STREAM_NAMES = { 1: 'standard output', 2: 'standard error' } as const;

/**
 * Whether the character device at `path` is a terminal (/dev/tty, /dev/pts/3, /dev/console):
 * opened without waiting and without making it the controlling terminal, then asked. node:tty is
 * loaded only here, for a binary report bound for a device, which is rare.
 */
async function isTerminalDevice(path: string): Promise<boolean> {
  if (!statSync(path, { throwIfNoEntry: false })?.isCharacterDevice()) return false;
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return false; // said when it is written to, in the usual words
  }
  try {
    return (await import('node:tty')).isatty(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuse, before any question is asked or file read, the reports that would spoil where they go:
 *
 * - A binary report (a Word document) on a terminal is a screenful of noise that can leave the
 *   terminal in a strange state, however the terminal is named: standard output, `/dev/stderr`,
 *   `/dev/tty`, `/proc/self/fd/2`, `/dev/pts/3`, or a link to one of them.
 * - A binary report to standard error, terminal or not, runs into the run's own warnings and
 *   errors; and written into a file that `2>>log` appends to, it was written over the log's start.
 * - Two reports to one standard stream (`--report json=/dev/stdout` while the `--format` report
 *   goes to standard output too) came out one after the other as a file no reader could parse.
 *   `--report FMT=-` was refused already; the other names of the same stream were not.
 */
export async function checkReportDestinations(io: Io, format: ReportFormat, output: string | undefined, targets: readonly ReportTarget[]): Promise<void> {
  // `-o -` is standard output. Commander stores the undefined that parseOutputName gives for it as
  // '', which as a path resolved to the working folder, no terminal: a Word paper went to one.
  const file = output === undefined || output === '-' || output === '' ? undefined : output;
  const all: Destination[] = [
    { format, file, option: file === undefined ? `the --format ${format} report` : `-o ${output}`, asked: `--format ${format}` },
    ...targets.map((t) => ({ format: t.format, file: t.file, option: `--report ${t.format}=${t.file}`, asked: `--report ${t.format}=${t.file}` })),
  ];
  const seen = new Map<1 | 2, Destination>();
  for (const d of all) {
    const path = d.file === undefined ? undefined : resolve(io.cwd, d.file);
    const stream = path === undefined ? 1 : standardStream(path);
    if (stream !== null) {
      const earlier = seen.get(stream);
      if (earlier) throw new UsageError(`${d.option} goes to ${STREAM_NAMES[stream]}, where ${earlier.option} goes already, and the two would run into each other; give one of them a file name`);
      seen.set(stream, d);
    }
    if (!isBinaryFormat(d.format)) continue;
    const main = d === all[0];
    const hint = `use ${main ? `-o report.${d.format}` : `--report ${d.format}=report.${d.format}`}${main && stream === 1 ? ', or redirect standard output to a file' : ''}`;
    if (stream === 2) throw new UsageError(`${d.asked}: a Word document cannot go to standard error, which carries the run's messages; ${hint}`);
    const terminal = stream === 1 ? io.stdout.isTTY : await isTerminalDevice(path as string);
    if (terminal) throw new UsageError(`${d.asked} writes a Word document, not text for a terminal; ${hint}`);
  }
}
