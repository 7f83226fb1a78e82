// Files of one name told apart, in a report meant for people, by the folders nearest each: never by
// the path from the working folder, which says where that folder sits (`../home/jsmith/forum/…`).
// `benchmark` labels a forum's many `readiness.yaml` so; `diff` names its two files so where their
// names alone read the same.

import { ABSOLUTE_PATH } from '../text/portable-path.js';

/**
 * The folders a file is in, nearest first, read from its path alone with either separator:
 * `/x/forum/wrenford/readiness.yaml` is wrenford, forum, x. A relative path is read from `cwd`
 * (`../base/readiness.yaml` from `/x/now` is in base, x); `.` is no folder and `a/..` none. A home
 * (`~`, `~jsmith`) is no folder. Without `cwd`, the folders of a relative path end
 * where it climbs out of the working folder: those above it are not known.
 */
export function foldersUp(path: string, cwd?: string): string[] {
  const rooted = ABSOLUTE_PATH.test(path) || cwd !== undefined;
  const parts = [...(ABSOLUTE_PATH.test(path) || cwd === undefined ? [] : cwd.split(/[\\/]/)), ...path.split(/[\\/]/).slice(0, -1)];
  const folders: string[] = [];
  parts.forEach((given, i) => {
    // `C:x\…` is x on drive C; a drive alone (`C:\…`) is kept, the one thing that tells `C:\x` from `D:\x`.
    const part = i === 0 ? given.replace(/^([A-Za-z]:)(?=.)/, '') : given;
    if (part === '' || part === '.' || (i === 0 && part.startsWith('~'))) return;
    if (part !== '..') folders.push(part);
    else if (folders.length > 0 && folders.at(-1) !== '..') folders.pop();
    // Above the top of a drive is the top; above the working folder, not known.
    else if (!rooted) folders.push('..');
  });
  const nearest = folders.reverse();
  const unknown = nearest.indexOf('..');
  return unknown === -1 ? nearest : nearest.slice(0, unknown);
}

/** The `k` folders nearest the file, outermost first, with its name after them: `wrenford/readiness`. */
const trailed = (folders: readonly string[], k: number, name: string): string => [...folders.slice(0, k).reverse(), name].join('/');

/**
 * Names for files that share `name`, each by as many of its folders (nearest first, at least one)
 * as tell it from the others: `wrenford/readiness`; `a/2026/readiness` beside `b/2026/readiness`.
 * Files in the same folders are one file and share a name. A file with fewer folders than it needs
 * keeps all it has, and the others go on past them (`x/readiness` beside `a/x/readiness`).
 */
export function foldersApart<K>(files: ReadonlyMap<K, readonly string[]>, name: string): Map<K, string> {
  const names = new Map<K, string>();
  for (const [file, mine] of files) {
    const others = [...files.values()].filter((theirs) => theirs !== mine && theirs.join('/') !== mine.join('/'));
    let k = 1;
    while (k < mine.length && others.some((theirs) => trailed(theirs, k, name) === trailed(mine, k, name))) k++;
    names.set(file, trailed(mine, k, name));
  }
  return names;
}
