import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * The text of `file`, or null when what is there is not a file but a FIFO, socket or device. It is
 * opened without waiting and looked at before it is read: reading a FIFO waits, for ever, for
 * something to write into it. A folder, and whatever stops it being opened, is thrown as an error
 * with its code (EISDIR, ENOENT, EACCES…), as reading it would throw.
 */
export function readRegularFile(file: string): string | null {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR' });
    return info.isFile() ? readFileSync(fd, 'utf8') : null;
  } finally {
    closeSync(fd);
  }
}
