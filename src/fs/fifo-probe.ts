import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/**
 * Opening a FIFO to write waits until something reads it, and a run that waits for ever on a FIFO
 * no one reads says nothing. So a FIFO is opened first without waiting (O_NONBLOCK fails at once
 * with ENXIO when no one reads it): null then. Otherwise the handle, to keep open while the FIFO is
 * opened again to write (which then does not wait) and close after, since closing it first would
 * tell the reader it had ended. Undefined when the path is not a FIFO.
 */
export async function probeFifo(file: string, isFifo: boolean): Promise<FileHandle | null | undefined> {
  if (!isFifo) return undefined;
  const { open } = await import('node:fs/promises');
  return open(file, constants.O_WRONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENXIO') return null;
    throw error;
  });
}
