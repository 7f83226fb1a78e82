import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathProblem } from '../answers/system-refs.js';
import { insideFolder } from '../fs/inside-folder.js';
import { landingPath } from '../fs/landing-path.js';
import { caseCorrected } from '../fs/name-case.js';

/** Whether `path` is a symbolic link, dangling or not. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Why `ref` cannot be a new system's own file beside the answers file in `folder`; undefined when it
 * can. `taken` says whether another system's file is at that full path already.
 */
export function newSystemFileProblem(folder: string, ref: string, taken: (full: string) => boolean): string | undefined {
  const problem = pathProblem(ref);
  if (problem) return problem;
  if (!/\.ya?ml$/i.test(ref)) return 'give it a name ending in .yaml';
  // A folder named in another case than on disk: Windows would put the file in it, Linux (CI) would not find it.
  const folderSpelt = ref.includes('/') ? caseCorrected(folder, ref.slice(0, ref.lastIndexOf('/'))) : undefined;
  if (folderSpelt !== undefined) return `the folder is spelt ${folderSpelt} on disk; write it so, since Linux, and so CI, takes the two for different folders`;
  const full = resolve(folder, ref);
  if (taken(full)) return 'another system keeps its answers there already';
  // Where writing it would land, every link followed: a link at its name or a folder on the way
  // that leads out, existing or dangling, would have the walk write outside the folder.
  let landing: string;
  try {
    landing = landingPath(full);
  } catch {
    return 'it cannot be reached (too many symbolic links)';
  }
  const home = realpathSync(folder);
  if (!insideFolder(landing, home)) return "it leads outside the answers file's folder through a link";
  // A link at that name, even a dangling one into the folder, is someone else's: not written through.
  if (isLink(full)) return 'a link of that name exists already; choose another name';
  if (existsSync(landing)) return 'a file of that name exists already; choose another name';
  let near = dirname(landing);
  while (!existsSync(near)) near = dirname(near);
  if (!statSync(near).isDirectory()) return `${relative(home, near)} is a file, not a folder`;
  return undefined;
}
