import { accessSync, closeSync, constants, fchmodSync, fstatSync, fsyncSync, ftruncateSync, openSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { probeFifo } from './fifo-probe.js';
import { renameOver } from './rename-over.js';
import { tempName } from './temp-name.js';

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
  ) {
    super(`cannot write ${file} (${code ?? 'unknown error'})`);
  }
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;
const quietly = (action: () => void): void => {
  try {
    action();
  } catch {
    // Tidying up after a failure that is already being reported.
  }
};

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
    if (temp !== undefined) quietly(() => unlinkSync(temp!));
    throw new WriteError(file, codeOf(error));
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
 * renamed into place, so a failure while writing changes none of them. An interrupted run leaves no
 * half-written file; only a kill in the moment between two renames leaves some new and some old
 * (seen in test/hardening/atomic-write.test.ts), and a kill leaves its temporary files behind.
 * Devices and FIFOs (`direct`) cannot be replaced; they are written after every temporary file is
 * ready and before any rename, so a failure on one still replaces no file. A file that renaming
 * would cut from its other names or its owner is written in place at the rename's turn instead
 * (see renameWouldBreak). With `whileWriting` (the binary's), a stop signal removes the temporary
 * files that are not yet renamed before the run ends, rather than leaving them beside the reports.
 */
export async function writeFilesAtomic(files: FileToWrite[], direct: FileToWrite[] = [], whileWriting?: (tidy: () => void) => () => void, onWait?: (file: string) => void): Promise<void> {
  if (files.length === 0 && direct.length === 0) return;
  // The temporary files made and not yet renamed or removed: what a stop signal removes (see io.ts).
  const pending = new Set<string>();
  const remove = (temp: string): void => {
    quietly(() => unlinkSync(temp));
    pending.delete(temp);
  };
  const done = whileWriting?.(() => [...pending].forEach(remove));
  try {
    await writeAndRename(files, direct, pending, remove, onWait);
  } finally {
    done?.();
  }
}

async function writeAndRename(files: FileToWrite[], direct: FileToWrite[], pending: Set<string>, remove: (temp: string) => void, onWait?: (file: string) => void): Promise<void> {
  const temps: { temp: string; file: string; content: string | Uint8Array }[] = [];
  const discard = (from: number): void => temps.slice(from).forEach(({ temp }) => remove(temp));
  try {
    for (const { file, content } of files) {
      const temp = writeTemp(file, content);
      pending.add(temp);
      temps.push({ temp, file, content });
    }
    for (const { file, content } of direct) await writeDirect(file, content, onWait);
  } catch (error) {
    discard(0);
    throw error;
  }
  // All or none: a replacement the folder forbids is found before any file is replaced.
  const inPlace = new Map<string, Stats>();
  for (const { temp, file } of temps) {
    const me = statSync(temp);
    const target = statSync(file, { throwIfNoEntry: false });
    if (!target) continue;
    if (renameWouldBreak(me, target) && writable(file)) {
      inPlace.set(file, target);
      continue;
    }
    if (renameForbidden(me, target, file)) {
      discard(0);
      throw new WriteError(file, 'EPERM');
    }
  }
  for (const [i, { temp, file, content }] of temps.entries()) {
    try {
      const seen = inPlace.get(file);
      if (seen) rewriteInPlace(file, content, temp, seen);
      else renameOver(temp, file);
      pending.delete(temp);
    } catch (error) {
      // What is still to rename is not left behind as temporary files.
      discard(i);
      throw new WriteError(file, codeOf(error));
    }
  }
}

/**
 * Whether renaming a new file over `target` would lose something the file has: its other names (a
 * hard link, as some councils keep a dated copy beside the current one) or its owner and group (a
 * file of a colleague's, saved by root in a container). Renaming gives the name a new file, so the
 * other names keep the old text and the owner becomes whoever ran the tool. Such a file is written
 * in place instead, as vim's 'backupcopy=auto' does for the same reasons.
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
 * Write `content` into the file itself (same inode: its links, owner and permissions stay), once
 * the complete text is safe in `temp`: a full disk has failed the save before the file was
 * touched. The file is written, then cut to length, then flushed; only then is `temp` removed. If
 * that write fails half way, the file is replaced by `temp` after all: its other names keep the
 * old text, but no name is left with half of the new one. A run killed during the write leaves
 * `temp` beside it, complete.
 */
function rewriteInPlace(file: string, content: string | Uint8Array, temp: string, seen: Stats): void {
  let fd = -1;
  try {
    // Not through a link put in its place since it was looked at, and only into the file looked at:
    // anything else is replaced by renaming, as any other file is.
    fd = openSync(file, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
    const opened = fstatSync(fd);
    if (opened.ino !== seen.ino || opened.dev !== seen.dev) throw new Error('not the file looked at');
    writeAll(fd, content);
    ftruncateSync(fd, typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
  } catch {
    if (fd >= 0) quietly(() => closeSync(fd));
    renameOver(temp, file);
    return;
  }
  quietly(() => unlinkSync(temp));
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
