import { accessSync, closeSync, constants, fchmodSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { probeFifo } from './fifo-probe.js';
import { renameOver } from './rename-over.js';
import { quietly, rewriteInPlace } from './rewrite-in-place.js';
import { tempName } from './temp-name.js';
import { pushAll } from '../text/spread-free.js';

// Plain synchronous calls on node:fs, which every run has loaded already. node:fs/promises and
// node:crypto (for a random name) pulled in a dozen more of Node's modules (streams, readline,
// ciphers): 12 ms on every run that wrote a file, more than scoring the example takes. A command
// line tool has nothing else to do while it writes, and a write that cannot be interrupted half way
// by a signal handler is what these files want anyway.

export interface FileToWrite {
  file: string;
  content: string | Uint8Array;
}

/** A failed write, naming the file it was for rather than its temporary file. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    /**
     * Temporary files that could not be removed after the failure: a folder made append-only
     * (`chattr +a`) lets files be made in it but not removed or renamed. Said, so they are not a
     * mystery later.
     */
    readonly left: string[] = [],
  ) {
    super(`cannot write ${file} (${code ?? 'unknown error'})`);
  }
}

/** Remove a temporary file; false when it is still there (see WriteError's `left`). */
function removeTemp(temp: string): boolean {
  try {
    unlinkSync(temp);
    return true;
  } catch (error) {
    return codeOf(error) === 'ENOENT';
  }
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** All of `content` to the open file `fd`: writeSync may write less than it was given. */
function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * A new temporary file beside `file`, created exclusively (O_EXCL: never an existing file or a link
 * someone planted), named `.NAME.PID.RANDOM.tmp`. The random part only has to make a clash unlikely,
 * since a clash is refused and another name tried.
 */
function openTemp(file: string, mode: number): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const random = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    const temp = join(dirname(file), tempName(basename(file), process.pid, random));
    try {
      return { temp, fd: openSync(temp, 'wx', mode) };
    } catch (error) {
      if (codeOf(error) !== 'EEXIST' || attempt >= 20) throw error;
    }
  }
}

function writeTemp(file: string, content: string | Uint8Array): string {
  // The temporary file replaces the old one whole, permissions too: a report kept private (0600)
  // came back readable by everyone (0644). So it takes the old file's permissions when there is one.
  let mode: number | undefined;
  try {
    const info = statSync(file);
    if (info.isFile()) mode = info.mode & 0o777;
  } catch {
    // No old file: a new one is made with the usual permissions.
  }
  let temp: string | undefined;
  let fd = -1;
  try {
    ({ temp, fd } = openTemp(file, mode ?? 0o644));
    if (mode !== undefined) fchmodSync(fd, mode); // exactly, whatever the umask
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    return temp;
  } catch (error) {
    if (fd >= 0) quietly(() => closeSync(fd));
    throw new WriteError(file, codeOf(error), temp !== undefined && !removeTemp(temp) ? [temp] : []);
  }
}

/** Write to a device or FIFO that already exists: opened as it is, never truncated, replaced or unlinked. */
async function writeDirect(file: string, content: string | Uint8Array, onWait?: (file: string) => void): Promise<void> {
  // Asynchronous on purpose: opening a FIFO waits until something reads it, and that wait must not
  // stop the process from answering Ctrl-C. Rare enough that loading node:fs/promises here is fine.
  const { open } = await import('node:fs/promises');
  let handle;
  let probe;
  try {
    // A FIFO no one reads yet: said, so that the run does not sit silent while it waits.
    probe = await probeFifo(file, statSync(file).isFIFO());
    if (probe === null) onWait?.(file);
    // No O_CREAT and no O_TRUNC: if it went away since it was looked at, fail rather than make a file.
    handle = await open(file, constants.O_WRONLY);
    await probe?.close();
    probe = undefined;
    await handle.writeFile(content, 'utf8');
  } catch (error) {
    throw new WriteError(file, codeOf(error));
  } finally {
    await probe?.close().catch(() => undefined);
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Write files so that each is either its old or its new version, whole: every file is first
 * written and flushed to a temporary file beside it, and only when all of them are written are they
 * renamed into place, so a failure while writing changes none of them. A failure while putting them
 * in place (a folder that refuses the second rename, a full disk under a file written in place) puts
 * back every file already placed, so the run still changes none. An interrupted run leaves no
 * half-written file; only a kill in the moment between two renames leaves some new and some old
 * (seen in test/hardening/atomic-write.test.ts), and a kill leaves its temporary files behind.
 * Devices and FIFOs (`direct`) cannot be replaced; they are written after every temporary file is
 * ready and before any rename, so a failure on one still replaces no file. A file that renaming
 * would cut from its other names or its owner is written in place instead (see renameWouldBreak). With `whileWriting` (the binary's), a stop signal removes the temporary
 * files that are not yet renamed before the run ends, rather than leaving them beside the reports.
 */
export async function writeFilesAtomic(files: FileToWrite[], direct: FileToWrite[] = [], whileWriting?: (tidy: () => void) => () => void, onWait?: (file: string) => void): Promise<void> {
  if (files.length === 0 && direct.length === 0) return;
  // The temporary files made and not yet renamed or removed: what a stop signal removes (see io.ts).
  const pending = new Set<string>();
  const remove = (temp: string): boolean => {
    pending.delete(temp);
    return removeTemp(temp);
  };
  const done = whileWriting?.(() => [...pending].forEach(remove));
  try {
    await writeAndRename(files, direct, pending, remove, onWait);
  } finally {
    done?.();
  }
}

/** A file of the run once it is in place, and how to take that back should a later one fail. */
interface Done {
  undo: () => void;
  close?: () => void;
}

async function writeAndRename(files: FileToWrite[], direct: FileToWrite[], pending: Set<string>, remove: (temp: string) => boolean, onWait?: (file: string) => void): Promise<void> {
  const temps: { temp: string; file: string; content: string | Uint8Array }[] = [];
  const left: string[] = [];
  const discard = (list: readonly { temp: string }[]): void => list.forEach(({ temp }) => void (remove(temp) || left.push(temp)));
  try {
    for (const { file, content } of files) {
      const temp = writeTemp(file, content);
      pending.add(temp);
      temps.push({ temp, file, content });
    }
    for (const { file, content } of direct) await writeDirect(file, content, onWait);
  } catch (error) {
    discard(temps);
    if (error instanceof WriteError) pushAll(error.left, left);
    throw error;
  }
  // All or none: a replacement the folder forbids is found before any file is replaced.
  const steps: Step[] = [];
  for (const { temp, file, content } of temps) {
    const me = statSync(temp);
    const target = statSync(file, { throwIfNoEntry: false });
    if (!target) steps.push({ how: 'create', temp, file, content });
    else if (renameWouldBreak(me, target) && writable(file)) steps.push({ how: 'in-place', temp, file, content, seen: target });
    else if (renameForbidden(me, target, file)) {
      discard(temps);
      throw new WriteError(file, 'EPERM', left);
    } else steps.push({ how: 'replace', temp, file, content });
  }
  // New files first: taking one back is only removing it. Then the files written in place, whose
  // failure (a full disk) is likeliest, and last those replaced by renaming.
  const order = { create: 0, 'in-place': 1, replace: 2 } as const;
  steps.sort((a, b) => order[a.how] - order[b.how]);
  const done: Done[] = [];
  for (const [i, step] of steps.entries()) {
    try {
      done.push(placeStep(step, i === steps.length - 1));
      if (step.how !== 'in-place') pending.delete(step.temp);
    } catch (error) {
      // Every file already in place goes back to what it was, newest first, and what is still to
      // place is not left behind as temporary files: the run changed none of them.
      discard(steps.slice(i));
      for (const d of done.reverse()) {
        d.undo();
        d.close?.();
      }
      discard(steps.slice(0, i).filter((s) => s.how === 'in-place'));
      throw new WriteError(step.file, codeOf(error), left);
    }
  }
  for (const d of done) d.close?.();
  discard(steps.filter((s) => s.how === 'in-place'));
}

type Step = { temp: string; file: string; content: string | Uint8Array } & ({ how: 'create' | 'replace' } | { how: 'in-place'; seen: Stats });

/**
 * Put one file in place and say how to take it back. A replaced file's old text is kept (read before
 * renaming) unless it is the last step, after which nothing can fail; taking it back writes that text
 * to a new temporary file renamed over the new one, with the same permissions.
 */
function placeStep(step: Step, last: boolean): Done {
  const { temp, file, content } = step;
  if (step.how === 'in-place') {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const written = rewriteInPlace(file, bytes, step.seen);
    if (written) return written;
  }
  if (step.how === 'create') {
    renameOver(temp, file);
    return { undo: () => quietly(() => unlinkSync(file)) };
  }
  const old = last ? undefined : readFileSync(file);
  renameOver(temp, file);
  return {
    undo: () =>
      quietly(() => {
        if (old === undefined) return;
        const back = writeTemp(file, old);
        try {
          renameOver(back, file);
        } catch (error) {
          quietly(() => unlinkSync(back));
          throw error;
        }
      }),
  };
}

/**
 * Whether renaming a new file over `target` would lose something the file has: its other names (a
 * hard link, as some councils keep a dated copy beside the current one) or its owner and group (a
 * file of a colleague's, saved by root in a container). Renaming gives the name a new file, so the
 * other names keep the old text and the owner becomes whoever ran the tool. Such a file is written
 * in place instead (see rewrite-in-place.ts), as vim's 'backupcopy=auto' does for the same reasons.
 */
function renameWouldBreak(temp: Stats, target: Stats): boolean {
  return target.isFile() && (target.nlink > 1 || target.uid !== temp.uid || target.gid !== temp.gid);
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether replacing `file` by renaming `temp` over it would be refused: in a shared folder with the
 * sticky bit (as /tmp, or a team's drop folder), only the file's owner, the folder's owner or root
 * may replace a file. The temporary file, just made here, tells who this process is. Checked for
 * every file before any is replaced, so a run that cannot write one of its reports writes none.
 */
function renameForbidden(me: Stats, target: Stats, file: string): boolean {
  if (me.uid === 0) return false;
  const folder = statSync(dirname(file));
  return (folder.mode & 0o1000) !== 0 && target.uid !== me.uid && folder.uid !== me.uid;
}
