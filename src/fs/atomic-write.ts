import { basename, dirname, join } from 'node:path';

// node:fs/promises and node:crypto are loaded only when something is written: between them they pull
// in a dozen more of Node's modules (streams, readline), a few milliseconds that a run which only
// reads and reports should not pay.
const fsp = () => import('node:fs/promises');

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

async function tempNameFor(file: string): Promise<string> {
  const { randomBytes } = await import('node:crypto');
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeTemp(file: string, content: string | Uint8Array): Promise<string> {
  const { open, stat, unlink } = await fsp();
  const temp = await tempNameFor(file);
  // The temporary file replaces the old one whole, permissions too: a report kept private (0600)
  // came back readable by everyone (0644). So it takes the old file's permissions when there is one.
  const mode = await stat(file).then((info) => (info.isFile() ? info.mode & 0o777 : undefined), () => undefined);
  let handle;
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    if (mode !== undefined) await handle.chmod(mode); // exactly, whatever the umask
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    return temp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new WriteError(file, (error as NodeJS.ErrnoException).code);
  }
}

/** Write to a device or FIFO that already exists: opened as it is, never truncated, replaced or unlinked. */
async function writeDirect(file: string, content: string | Uint8Array): Promise<void> {
  const { open, constants } = await fsp();
  let handle;
  try {
    // No O_CREAT and no O_TRUNC: if it went away since it was looked at, fail rather than make a file.
    handle = await open(file, constants.O_WRONLY);
    await handle.writeFile(content, 'utf8');
  } catch (error) {
    throw new WriteError(file, (error as NodeJS.ErrnoException).code);
  } finally {
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
 * ready and before any rename, so a failure on one still replaces no file.
 */
export async function writeFilesAtomic(files: FileToWrite[], direct: FileToWrite[] = []): Promise<void> {
  if (files.length === 0 && direct.length === 0) return;
  const { rename, unlink } = await fsp();
  const temps: { temp: string; file: string }[] = [];
  try {
    for (const { file, content } of files) temps.push({ temp: await writeTemp(file, content), file });
    for (const { file, content } of direct) await writeDirect(file, content);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  const discard = (from: number): Promise<unknown> => Promise.all(temps.slice(from).map(({ temp }) => unlink(temp).catch(() => undefined)));
  // All or none: a replacement the folder forbids is found before any file is replaced.
  for (const { temp, file } of temps) {
    if (await renameForbidden(temp, file)) {
      await discard(0);
      throw new WriteError(file, 'EPERM');
    }
  }
  for (const [i, { temp, file }] of temps.entries()) {
    try {
      await rename(temp, file);
    } catch (error) {
      // What is still to rename is not left behind as temporary files.
      await discard(i);
      throw new WriteError(file, (error as NodeJS.ErrnoException).code);
    }
  }
}

/**
 * Whether replacing `file` by renaming `temp` over it would be refused: in a shared folder with the
 * sticky bit (as /tmp, or a team's drop folder), only the file's owner, the folder's owner or root
 * may replace a file. The temporary file, just made here, tells who this process is. Checked for
 * every file before any is replaced, so a run that cannot write one of its reports writes none.
 */
async function renameForbidden(temp: string, file: string): Promise<boolean> {
  const { stat } = await fsp();
  const [me, target, folder] = await Promise.all([stat(temp), stat(file).catch(() => undefined), stat(dirname(file))]);
  if (!target || me.uid === 0) return false;
  return (folder.mode & 0o1000) !== 0 && target.uid !== me.uid && folder.uid !== me.uid;
}
