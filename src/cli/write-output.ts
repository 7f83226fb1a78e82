import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { insideFolder } from '../fs/inside-folder.js';
import { packageRoot } from '../paths.js';
import { InputError, errorAt } from '../errors.js';
import { WriteError, writeFilesAtomic } from '../fs/atomic-write.js';
import { fsProblem, unknownFsProblem } from '../fs/error-words.js';
import { inspectTarget } from '../fs/inspect-target.js';
import { landingPath } from '../fs/landing-path.js';
import { forbiddenLink } from '../fs/protected-link.js';
import { planWrites, type ReadInput } from '../fs/plan-writes.js';
import { standardStream } from '../fs/standard-stream.js';
import { FOLDER_NOT_WRITABLE, OPEN_ELSEWHERE, folderWritable } from '../fs/write-permission.js';
import { tildeHint } from '../fs/tilde-hint.js';
import type { Io } from './io.js';
import { shellWord } from '../text/shell-word.js';
import { safeLine } from '../text/safe-text.js';

/**
 * Where a symbolic link at `path` (absolute) leads, as its text says when that is where writing
 * lands, else the place writing lands after every link (a link to a link); nothing when `path` is not a link.
 */
function linkTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const text = readlinkSync(path);
    const next = resolve(dirname(path), text);
    return lstatSync(next, { throwIfNoEntry: false })?.isSymbolicLink() ? landingPath(path) : text;
  } catch {
    return undefined;
  }
}

/**
 * Why a file cannot be written, in words (see fs/error-words.ts for those shared with reading).
 * `path`, the file named (absolute), lets a missing folder be told as its link's: `-o report.txt`,
 * a link to `old/report.txt`, lacks old/, not the folder report.txt is in.
 */
export function describeWriteError(code: string | undefined, path?: string): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR': {
      const target = path === undefined ? undefined : linkTarget(path);
      return target === undefined ? 'its folder does not exist' : `it links to ${target}, whose folder does not exist`;
    }
    case 'EISDIR':
      return 'is a folder';
    case 'ENXIO':
      return 'it cannot be opened as a file (a socket, or a FIFO no one reads)';
    case 'EPIPE':
      return 'what was reading it (a FIFO or pipe) stopped reading before the whole report was written';
    default:
      return fsProblem(code) ?? unknownFsProblem(code);
  }
}

/**
 * Why an output cannot be written, with the reason a missing folder may have: a `~` the shell left
 * (`--output=~/r.md`; `-o=~/r.md` names "=~/r.md", and -o is the one short option an output has).
 */
function cannotWrite(code: string | undefined, target: string, full: string): string {
  const hint = code === 'ENOENT' || code === 'ENOTDIR' ? tildeHint(target, target.startsWith('=') ? '-o' : undefined) : '';
  return `cannot write: ${describeWriteError(code, full)}${hint}`;
}

/**
 * Temporary files a failed write could not remove, named so that they are not a mystery later: a
 * folder made append-only (`chattr +a`) lets a file be made in it, but not renamed or removed.
 */
function leftBehind(left: readonly string[]): string {
  if (left.length === 0) return '';
  const names = left.map((f) => safeLine(basename(f))).join(', ');
  return `; ${left.length === 1 ? 'a temporary file' : 'temporary files'} could not be removed and ${left.length === 1 ? 'is' : 'are'} left beside it (${names}): the folder lets files be made but not removed (append-only?)`;
}

/** A file a run has read, so that no output of the same run may replace it. */
export interface InputFile {
  path: string;
  display: string;
  role: string;
}

/** What writing needs of a command: where relative paths start, and the files it read. */
export interface WriteContext {
  io: Io;
  inputs: readonly InputFile[];
}

function inspect(io: Io, target: string): ReturnType<typeof inspectTarget> {
  // Both would otherwise write somewhere the user did not name: an empty name (an unset CI variable
  // in `-o "$REPORT"`) the run's own folder's parent path, and "out/" a file called "out".
  if (target === '') throw new InputError([errorAt('cyber-ready', 'cannot write: an output file name is empty (was a variable in "-o" unset?)')]);
  // Every command takes "-" for standard output before it comes here; a name typed at the walk's
  // last prompt made a file called "-", which the next command would read as standard input.
  if (target === '-') throw new InputError([errorAt(target, 'cannot write: "-" stands for standard output, which is not offered here; give a file name')]);
  if (/[\\/]$/.test(target)) throw new InputError([errorAt(target, `cannot write: a file name cannot end with "${target.slice(-1)}"; give the name of the file to write`)]);
  const full = resolve(io.cwd, target);
  let link: string | undefined;
  try {
    link = forbiddenLink(full);
    if (link === undefined) return inspectTarget(full);
  } catch (error) {
    throw new InputError([errorAt(target, cannotWrite((error as NodeJS.ErrnoException).code, target, full))]);
  }
  throw new InputError([errorAt(target, `cannot write: ${link} is a symbolic link that another user made in a folder anyone may write (${dirname(link)}), so it is not followed, as the system would not follow it for a shell's ">"; choose another file`)]);
}

/** What to write where; `within`, a folder (relative to the run's folder) the file must land in, links followed. */
export interface OutputFile {
  target: string;
  content: string | Uint8Array;
  within?: string;
}

/**
 * Write the files the user asked for, all or none: look at every target first (links followed),
 * refuse a folder, an input of this run, a file that lands outside its `within` folder, or two
 * outputs that are one file before writing anything, then replace files atomically and write
 * devices and FIFOs directly. A failure names the file as the user gave it. `editing` names the input roles the outputs may replace: the answers file an
 * interactive run saves into, and a system's own file saved with it.
 */
export async function writeOutputs(ctx: WriteContext, outputs: OutputFile[], options: { editing?: string | readonly string[]; stdoutCarriesReport?: boolean } = {}): Promise<void> {
  // Nothing asked for: nothing to look at. (A report to standard output is the usual case.)
  if (outputs.length === 0) return;
  const { io } = ctx;
  const planned = [];
  for (const { within, ...o } of outputs) {
    const info = inspect(io, o.target);
    // Looked at here, just before writing: a link made after the file was named is caught too.
    planned.push({ ...o, info, ...(within !== undefined ? { within: inspect(io, within).real } : {}) });
  }
  const inputs: ReadInput[] = [];
  const editing: readonly string[] = typeof options.editing === 'string' ? [options.editing] : options.editing ?? [];
  for (const input of ctx.inputs) {
    if (editing.includes(input.role)) continue;
    // An input that has gone since it was read cannot be written over.
    let info;
    try {
      info = inspectTarget(input.path);
    } catch {
      continue;
    }
    inputs.push({ display: input.display, role: input.role, info });
  }
  const plan = planWrites(planned, inputs, io.platform);
  if (!plan.ok) throw new InputError([errorAt(plan.target, plan.message)]);
  refuseStreamFiles(io, planned, options.stdoutCarriesReport === true);
  refuseOwnCode(planned);
  const byFile = new Map(plan.steps.map((s) => [s.file, s.target]));
  // Standard output and error are written through the streams the run already has, where the shell
  // put them (appending, at the end of what is there, down a socket): opening /dev/stdout again
  // would start at the top of a file that `>>` appends to. Text only to standard error, which takes no bytes.
  const streamOf = (s: (typeof plan.steps)[number]): 1 | 2 | null => {
    const stream = s.how === 'direct' ? standardStream(s.file) : null;
    return stream === 2 && typeof s.content !== 'string' ? null : stream;
  };
  const pick = (how: 'replace' | 'direct') => plan.steps.filter((s) => s.how === how && streamOf(s) === null).map((s) => ({ file: s.file, content: s.content }));
  try {
    // A FIFO with no reader waits for one, as a shell's `> fifo` does; said, so that a run does not sit silent.
    const onWait = (file: string): void => io.stderr.write(`cyber-ready: waiting for something to read ${safeLine(byFile.get(file) ?? file)} (a FIFO) to write the report into it; Ctrl-C to stop\n`);
    await writeFilesAtomic(pick('replace'), pick('direct'), io.whileWriting, onWait);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    // The file itself may be writable: say that it is the folder, where the temporary file goes.
    const refused = error.code === 'EACCES' || error.code === 'EPERM';
    const folder = refused && !folderWritable(dirname(error.file));
    // On Windows a file another program holds open cannot be replaced (see OPEN_ELSEWHERE).
    const held = io.platform === 'win32' && !folder && (refused || error.code === 'EBUSY') ? `; ${OPEN_ELSEWHERE}` : '';
    const target = byFile.get(error.file) ?? error.file;
    throw new InputError([errorAt(target, `${folder ? `cannot write: ${FOLDER_NOT_WRITABLE}` : cannotWrite(error.code, target, resolve(io.cwd, target))}${held}${leftBehind(error.left)}`)]);
  }
  // After the files, so that a file that cannot be written leaves the streams as they were too.
  for (const step of plan.steps) {
    const stream = streamOf(step);
    if (stream === 1) io.stdout.write(step.content);
    else if (stream === 2) io.stderr.write(step.content as string);
  }
}

/**
 * The tool's own code and the caches it starts from (dist/, bin/), read by every run, and its bundled
 * questionnaires: `show -o node_modules/cyber-ready/dist/cli.cjs`, a slip of tab completion,
 * replaced the program with a report and every later run failed; a report over a bundled
 * questionnaire broke `list` and every run of it. Only these folders: a clone's other folders are
 * where a developer may well write a report.
 */
const OWN_FOLDERS = [
  ['dist', 'which every run is started from'],
  ['bin', 'which every run is started from'],
  ['questionnaires', 'which holds the bundled questionnaires every run offers'],
] as const;

function refuseOwnCode(planned: readonly { target: string; info: ReturnType<typeof inspectTarget> }[]): void {
  for (const [part, why] of OWN_FOLDERS) {
    let folder: string;
    try {
      folder = realpathSync(join(packageRoot, part));
    } catch {
      continue;
    }
    const out = planned.find((p) => p.info.kind !== 'special' && insideFolder(p.info.real, folder));
    if (out) throw new InputError([errorAt(out.target, `cannot write: it is in cyber-ready's own ${part}/ folder, ${why}; choose another file`)]);
  }
}

/**
 * A file that standard output or error was sent to (`--report json=r.json > r.json`) is written by
 * the run through that stream as well (standard output only when a report goes there): replacing it left the stream writing into the old file,
 * gone from the folder, so the text report (or the warnings and gate lines) vanished without a word.
 */
function refuseStreamFiles(io: Io, planned: readonly { target: string; info: ReturnType<typeof inspectTarget> }[], stdoutCarriesReport: boolean): void {
  if (!io.streamFile) return;
  // Standard error may carry a warning or a gate line from any run; standard output only a report.
  for (const fd of stdoutCarriesReport ? ([1, 2] as const) : ([2] as const)) {
    const id = io.streamFile(fd);
    const out = id === undefined ? undefined : planned.find((p) => p.info.kind === 'file' && p.info.id === id);
    if (out) throw new InputError([errorAt(out.target, `cannot write: standard ${fd === 1 ? 'output' : 'error'} of this run is sent to it too (${fd === 1 ? '>' : '2>'} ${shellWord(out.target)}), and one would be lost under the other; choose another file`)]);
  }
}

/**
 * Look at the files a long interactive run will write at its end, before its first question: a
 * folder, a folder that does not exist, the answers file it saves into, an input read so far
 * (`others`: the questionnaire, a system file, the framework catalogue), or two outputs that are
 * one file were refused only after the last answer, with the report unwritten. Nothing is written
 * here; writeOutputs looks again when it writes.
 */
export function checkOutputsEarly(io: Io, targets: readonly string[], saved: InputFile, others: readonly InputFile[] = []): void {
  if (targets.length === 0) return;
  const planned = targets.map((target) => ({ target, content: '', info: inspect(io, target) }));
  let savedInfo;
  try {
    savedInfo = inspectTarget(saved.path);
  } catch {
    savedInfo = undefined;
  }
  const inputs: ReadInput[] = savedInfo ? [{ display: saved.display, role: saved.role, info: savedInfo }] : [];
  for (const input of others) {
    try {
      inputs.push({ display: input.display, role: input.role, info: inspectTarget(input.path) });
    } catch {
      // Gone since it was read: nothing there to lose.
    }
  }
  const plan = planWrites(planned, inputs, io.platform);
  if (!plan.ok) throw new InputError([errorAt(plan.target, plan.message)]);
  refuseOwnCode(planned);
  for (const { target, info } of planned) {
    // A new answers file is not there yet, so planWrites cannot know it as an input: its path says.
    if (savedInfo?.kind === 'missing' && info.real === savedInfo.real) throw new InputError([errorAt(target, `cannot write: it is the ${saved.role} this run saves into (${saved.display}); choose another file`)]);
    if (info.kind === 'missing' && !statSync(dirname(info.real), { throwIfNoEntry: false })?.isDirectory()) {
      throw new InputError([errorAt(target, cannotWrite('ENOENT', target, resolve(io.cwd, target)))]);
    }
  }
}
