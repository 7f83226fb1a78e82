import { landingPath } from './landing-path.js';
import type { TargetInfo } from './plan-writes.js';

const fsp = () => import('node:fs/promises');

/**
 * What `path` is, symbolic links followed: an existing file, folder or other thing (a device, a
 * FIFO) with its device and inode, or where a new file would go. A link that points nowhere yet
 * gives the place its target would be made, so writing through it creates the target and keeps
 * the link.
 */
export async function inspectTarget(path: string): Promise<TargetInfo> {
  const { stat, realpath } = await fsp();
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info) {
    const id = `${info.dev}:${info.ino}`;
    // A link to /proc/self/fd/1 may have no real path (a pipe): the path itself is then written to.
    const real = await realpath(path).catch(() => path);
    if (info.isDirectory()) return { kind: 'folder', real, id };
    return { kind: info.isFile() ? 'file' : 'special', real, id };
  }
  // Not there: where the new file will be, dangling links (at the end or on the way) followed.
  return { kind: 'missing', real: landingPath(path) };
}
