import { resolve } from 'node:path';
import { InputError, errorAt } from '../errors.js';
import { WriteError, writeFilesAtomic } from '../fs/atomic-write.js';
import type { Io } from './io.js';

function describeWriteError(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return code ?? 'unknown error';
  }
}

/**
 * Write the files the user asked for, all or none, atomically; a failure names the file as they
 * gave it (`target`), not its temporary file.
 */
export async function writeOutputs(io: Io, outputs: { target: string; content: string }[]): Promise<void> {
  const byPath = new Map(outputs.map((o) => [resolve(io.cwd, o.target), o.target]));
  try {
    await writeFilesAtomic(outputs.map((o) => ({ file: resolve(io.cwd, o.target), content: o.content })));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new InputError([errorAt(byPath.get(error.file) ?? error.file, `cannot write: ${describeWriteError(error.code)}`)]);
  }
}
