import { posix } from 'node:path';
import { leadsOutside } from '../answers/system-refs.js';
import { insideFolder } from '../fs/inside-folder.js';
import type { VersionInfo } from '../history/score-version.js';
import { resolveInCommits, type ReadObjects, type TreePath } from './commit-tree.js';

/** A version's system file as its commit holds it. */
export interface CommittedSystemFile {
  /**
   * The paths (from the repository's top) it depends on: its `file:` as named, the links on the
   * way and where they lead. A commit that changes one of them changes the assessment.
   */
  paths: string[];
  /** The blob to read and its path, or why the version cannot have this file. */
  read: { oid: string; path: string } | { problem: string };
}

/** A version's system files, by commit and `file:` as written. */
export type CommittedSystemFiles = Map<string, CommittedSystemFile>;

export const systemFileKey = (commit: string, ref: string): string => `${commit}\0${ref}`;

/** The folder of a path in the repository, with its trailing `/` ('' at the top). */
export const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** A `file:` of the answers file at `answersPath`, as a path from the repository's top. */
export const repoPath = (answersPath: string, ref: string): string => posix.normalize(`${folderOf(answersPath)}${ref}`);

/**
 * The rules of the working folder's reader (read-system-files) applied to a commit's tree: a link,
 * or a chain of them, is followed when the file it leads to is in the answers file's folder or
 * below it; one that leads outside, round a loop or to nothing is refused.
 */
function systemFileAt(found: TreePath, named: string, answersPath: string): CommittedSystemFile {
  const folder = folderOf(answersPath).replace(/\/$/, '');
  const inside = (path: string): boolean => folder === '' || insideFolder(path, folder, '/');
  // Paths in messages are shown as `file:` is written: from the answers file's folder.
  const up = folder === '' ? '' : '../'.repeat(folder.split('/').length);
  const shown = (path: string): string => (path.startsWith('/') ? path : path.startsWith('../') ? `${up}${path}` : posix.relative(`/${folder}`, `/${path}`));
  const paths = [named, ...found.links, ...('path' in found ? [found.path] : [])];
  const problem = (text: string): CommittedSystemFile => ({ paths, read: { problem: text } });
  switch (found.found) {
    case 'file':
      return inside(found.path) ? { paths, read: { oid: found.oid, path: found.path } } : problem(leadsOutside(shown(found.path)));
    case 'folder':
      return problem(inside(found.path) ? 'is a folder in this commit, not a file' : leadsOutside(shown(found.path)));
    case 'outside':
      return problem(leadsOutside(shown(found.to)));
    case 'loop':
      return problem(`leads round a loop of symbolic links in this commit (from ${shown(found.links[0] ?? named)})`);
    case 'nothing':
      return problem(found.links.length ? `is not in this commit (followed the symbolic link${found.links.length > 1 ? 's' : ''} ${found.links.map(shown).join(', ')})` : 'is not in this commit');
  }
}

/** Find, in its own commit, each system file of these versions not found yet; adds them to `into`. */
export async function locateSystemFiles(versions: VersionInfo[], readBatch: ReadObjects, into: CommittedSystemFiles): Promise<void> {
  const asked = versions.flatMap((v) => v.systemFiles.map((ref) => ({ key: systemFileKey(v.commit, ref), commit: v.commit, path: repoPath(v.path, ref), answersPath: v.path })));
  const fresh = [...new Map(asked.filter((a) => !into.has(a.key)).map((a) => [a.key, a])).values()];
  const found = await resolveInCommits(fresh, readBatch);
  fresh.forEach((a, i) => {
    const at = found[i];
    if (at) into.set(a.key, systemFileAt(at, a.path, a.answersPath));
  });
}

/** Every path a version's system files depend on in its commit (see CommittedSystemFile). */
export const dependsOn = (version: VersionInfo, files: CommittedSystemFiles): string[] =>
  version.systemFiles.flatMap((ref) => files.get(systemFileKey(version.commit, ref))?.paths ?? [repoPath(version.path, ref)]);
