import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface FileToWrite {
  file: string;
  content: string;
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

const tempNameFor = (file: string): string => join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

async function writeTemp(file: string, content: string): Promise<string> {
  const temp = tempNameFor(file);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
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

/**
 * Write files so that a reader sees either the old files or all the new ones: every file is first
 * written and flushed to a temporary file beside it, and only when all of them are written are they
 * renamed into place. An interrupted run leaves no half-written file.
 */
export async function writeFilesAtomic(files: FileToWrite[]): Promise<void> {
  const temps: { temp: string; file: string }[] = [];
  try {
    for (const { file, content } of files) temps.push({ temp: await writeTemp(file, content), file });
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  for (const { temp, file } of temps) {
    try {
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw new WriteError(file, (error as NodeJS.ErrnoException).code);
    }
  }
}

export const writeFileAtomic = (file: string, content: string): Promise<void> => writeFilesAtomic([{ file, content }]);
