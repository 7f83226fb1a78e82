import { realpathSync, statSync } from 'node:fs';
import { landingPath } from './landing-path.js';
import { standardStream } from './standard-stream.js';
import { writeLock } from './write-permission.js';
import type { TargetInfo } from './plan-writes.js';

/**
 * What `path` is, symbolic links followed: an existing file, folder or other thing (a device, a
 * FIFO) with its device and inode, or where a new file would go. A link that points nowhere yet
 * gives the place its target would be made, so writing through it creates the target and keeps
 * the link. (Synchronous: node:fs/promises would load a dozen of Node's modules for two calls.)
 */
export function inspectTarget(path: string): TargetInfo {
  // The run's own standard output or error is a stream even when it leads to a regular file.
  const stream = standardStream(path);
  if (stream !== null) return { kind: 'special', real: path, id: `stream:${stream}` };
  const info = statSync(path, { throwIfNoEntry: false });
  if (info) {
    const id = `${info.dev}:${info.ino}`;
    // A link to /proc/self/fd/1 may have no real path (a pipe): the path itself is then written to.
    let real = path;
    try {
      real = realpathSync.native(path);
    } catch {
      // Kept as given.
    }
    if (info.isDirectory()) return { kind: 'folder', real, id };
    if (!info.isFile()) return { kind: 'special', real, id };
    const locked = writeLock(path, info);
    return { kind: 'file', real, id, ...(locked ? { locked } : {}) };
  }
  // Not there: where the new file will be, dangling links (at the end or on the way) followed.
  return { kind: 'missing', real: landingPath(path) };
}
