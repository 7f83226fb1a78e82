import { statSync } from 'node:fs';
import type { StopState } from './stop-words.js';

/**
 * What is at the answers file's path as a walk stops (see StopState). Something else may have
 * changed it during the walk, and looking can fail: each failure was an "internal error" where the
 * stop should say what is saved. A loop of links (ELOOP) is something else in its place; a part of
 * the path that is no longer a folder (ENOTDIR) holds nothing; a folder that may not be looked into
 * (EACCES) still holds the file as far as anyone can tell, and the stop says it is there.
 */
export function foundAt(path: string): StopState['found'] {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    return info === undefined ? 'nothing' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOTDIR' ? 'nothing' : code === 'ELOOP' ? 'other' : 'file';
  }
}
