import { dirname } from 'node:path';
import { rmdirSync } from 'node:fs';

/** Remove `folder` and the empty folders above it, up to and including `top`, which this run made. */
export function removeMadeFolders(folder: string, top: string): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // Not empty (something else put a file there meanwhile) or gone: left as it is.
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}
