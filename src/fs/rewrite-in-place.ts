import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync, type Stats } from 'node:fs';

/** A file rewritten in place, still open: `undo` puts its old bytes back, `close` lets it go. */
export interface InPlace {
  undo: () => void;
  close: () => void;
}

/** Run `action`, ignoring a failure: tidying up or putting things back after one already being reported. */
export const quietly = (action: () => void): void => {
  try {
    action();
  } catch {
    // The failure being reported is the one that matters.
  }
};

function writeAllAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, bytes, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}

/**
 * Write `bytes` into the file itself (same inode: its other names, owner and permissions stay), or
 * leave it exactly as it was and throw the error that stopped it. Only the part of the new text past
 * the old length needs new room on the disk, so it is written (and flushed) first: when the disk is
 * full that fails, and cutting the file back to its old length leaves the old text whole. Only then
 * is the old text overwritten, kept in memory to be written back should anything after fail. Falling
 * back to renaming once the file was touched, as this once did, broke the link and left the other
 * name half-written. Returns null, having changed nothing, when the file cannot be opened to read
 * and write or is no longer the file looked at (`seen`): the caller replaces it by renaming.
 */
export function rewriteInPlace(file: string, bytes: Uint8Array, seen: Stats): InPlace | null {
  let fd: number;
  try {
    // Not through a link put in its place since it was looked at.
    fd = openSync(file, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  let old: Buffer;
  try {
    const opened = fstatSync(fd);
    if (opened.ino !== seen.ino || opened.dev !== seen.dev) {
      closeSync(fd);
      return null;
    }
    old = readAll(fd, opened.size);
  } catch (error) {
    quietly(() => closeSync(fd));
    throw error;
  }
  const putBack = (): void => {
    writeAllAt(fd, old, 0);
    ftruncateSync(fd, old.length);
    fsyncSync(fd);
  };
  try {
    if (bytes.length > old.length) {
      try {
        writeAllAt(fd, bytes.subarray(old.length), old.length);
        fsyncSync(fd);
      } catch (error) {
        // Nothing before the old end was touched: cutting off what was added is enough.
        quietly(() => ftruncateSync(fd, old.length));
        throw error;
      }
    }
    try {
      writeAllAt(fd, bytes.subarray(0, Math.min(bytes.length, old.length)), 0);
      if (bytes.length < old.length) ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      quietly(putBack);
      throw error;
    }
  } catch (error) {
    quietly(() => closeSync(fd));
    throw error;
  }
  return { undo: () => quietly(putBack), close: () => quietly(() => closeSync(fd)) };
}
