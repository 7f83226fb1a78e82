import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const MAX_LINKS = 40;

/**
 * Where writing `path` (absolute) lands, every link followed: its real path when it exists, else
 * the real path a new file would be created at. realpath() alone gives up on a path that is not
 * there yet, and checking only the folders that exist misses a dangling link, at the end or on the
 * way (`systems -> /elsewhere`), which writing follows and creates the target of. A loop of links
 * throws ELOOP, as opening the path would.
 */
export function landingPath(path: string, hops = 0): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  const parent = dirname(path);
  if (parent === path) return path;
  const realParent = landingPath(parent, hops);
  const here = join(realParent, basename(path));
  let isLink = false;
  try {
    isLink = lstatSync(here).isSymbolicLink();
  } catch {
    // Not there (or below a file): a new file would go exactly here.
  }
  if (!isLink) return here;
  if (hops >= MAX_LINKS) throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
  // Relative to the link's real folder, as the system resolves it (not to the path as written).
  return landingPath(resolve(realParent, readlinkSync(here)), hops + 1);
}
