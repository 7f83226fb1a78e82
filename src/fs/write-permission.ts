import { accessSync, constants, type Stats } from 'node:fs';

/**
 * Whether an existing file says it must not be written: `read-only` when no one may write it (mode
 * 0444, as a user makes a signed-off copy), `denied` when this user may not (another user's file).
 * Replacing by rename needs only the folder's permission, so without this look an atomic write
 * replaced such a file without a word, where `>` and `cp` refuse. Root may write anything, as
 * `>` lets it, but a file that nobody may write was made so on purpose, so it is refused for root too.
 */
export function writeLock(path: string, info: Stats): 'read-only' | 'denied' | undefined {
  if (!info.isFile()) return undefined;
  if ((info.mode & 0o222) === 0) return 'read-only';
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A read-only file system is said by the write itself, in the same words as any other failure.
    if (code === 'EACCES' || code === 'EPERM') return 'denied';
  }
  return undefined;
}

/** Whether a new file can be made in `folder`, as every atomic write makes its temporary file there. */
export function folderWritable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why a file that may be written still cannot be saved: a new file is made beside it. */
export const FOLDER_NOT_WRITABLE = 'permission denied on its folder (each save writes a new file there, then renames it into place)';

/**
 * What Windows means by a refused replace of a file the folder lets us write: another program has
 * it open (Word and Excel lock the files they show; an antivirus scan, for a moment).
 */
export const OPEN_ELSEWHERE = 'it may be open in another program (Word and Excel lock the files they show); close it there and run again';
