import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

const MAX_LINKS = 40;

/**
 * Linux's rule for following a symbolic link (fs.protected_symlinks): in a folder anyone may write
 * that has the sticky bit (/tmp), a link is followed only by its owner, or when the folder's owner
 * made it. Otherwise another user could plant `/tmp/report.md -> /their/folder/loot.md` and be
 * handed what the next user writes there. A shell's `>` is refused so; the tool, which resolves
 * links itself to write beside the file and rename, must refuse it too.
 */
export const followForbidden = (link: { uid: number }, folder: { mode: number; uid: number }, me: number): boolean =>
  (folder.mode & 0o1002) === 0o1002 && link.uid !== me && link.uid !== folder.uid;

/**
 * The first symbolic link on the way to `path` (absolute) that followForbidden forbids `me` to
 * follow (this process's effective user by default), or undefined. Resolved name by name, as the system resolves a path, so that a link in a
 * link's target is looked at too. Where there are no owners to compare (Windows), none is.
 */
export function forbiddenLink(path: string, me: number | undefined = process.geteuid?.()): string | undefined {
  if (me === undefined) return undefined;
  let todo = path.split('/');
  let at = '/';
  for (let hops = 0; todo.length > 0; ) {
    const name = todo.shift() as string;
    if (name === '' || name === '.') continue;
    if (name === '..') {
      at = dirname(at);
      continue;
    }
    const next = join(at, name);
    const link = lstatSync(next, { throwIfNoEntry: false });
    // Nothing there (a new file, or a folder yet to be made): no link further on to follow.
    if (!link) return undefined;
    if (!link.isSymbolicLink()) {
      at = next;
      continue;
    }
    if (followForbidden(link, statSync(at), me)) return next;
    // A loop is said by whatever opens the path next.
    if (++hops > MAX_LINKS) return undefined;
    const target = readlinkSync(next);
    todo = [...target.split('/'), ...todo];
    if (isAbsolute(target)) at = '/';
  }
  return undefined;
}
