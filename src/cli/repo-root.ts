import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { insideFolder } from '../fs/inside-folder.js';
import type { ReportPaths } from '../report/types.js';

/** A `.git` file is one line (`gitdir: PATH`); more than this is not one git wrote. */
const GIT_FILE_BYTES = 4096;

/**
 * The git folder that `dir`'s `.git` entry stands for: the entry itself when it is a folder (or
 * anything else git may make of it), the folder a `.git` file's `gitdir:` line names (absolute),
 * or null when `dir` has no `.git` entry. Only a file is read, and only its first few KB.
 */
function gitDirOf(dir: string): { gitDir: string; file: boolean } | null {
  const entry = join(dir, '.git');
  let isFile: boolean;
  try {
    isFile = statSync(entry).isFile();
  } catch {
    return null;
  }
  if (!isFile) return { gitDir: entry, file: false };
  let text = '';
  try {
    const fd = openSync(entry, 'r');
    try {
      const buffer = Buffer.alloc(GIT_FILE_BYTES);
      text = buffer.subarray(0, readSync(fd, buffer, 0, GIT_FILE_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    // An unreadable `.git` file still marks a work tree's root, as it did before it was read.
  }
  const named = /^gitdir: *(.+?)\s*$/m.exec(text)?.[1];
  return { gitDir: named === undefined ? entry : resolve(dir, named), file: true };
}

/**
 * Whether a `.git` file's git folder may be a submodule's: under some repository's `modules/`
 * (`.git/modules/NAME`, nested ones `.git/modules/A/modules/B`). A linked worktree's is
 * `.git/worktrees/NAME` (a submodule's own worktree's too, `.git/modules/A/worktrees/NAME`), and
 * a worktree is a checkout of its own: its root is the root.
 */
const maySubmodule = (gitDir: string): boolean => {
  const parts = gitDir.split(/[\\/]/);
  return parts.at(-2) !== 'worktrees' && parts.slice(0, -1).includes('modules');
};

/**
 * The root of the git work tree that holds `start`: the nearest folder above it with a `.git` entry
 * (a folder, or a file in worktrees and submodules), except that a submodule's root is not the
 * repository anyone checked out: the superproject's is, and the walk goes on up to it. A `.git`
 * file is a submodule's when the superproject found above holds its git folder under its
 * `modules/`; if the folder above holds no such thing, the submodule's own root stays the answer.
 * Found by looking, not by running git, which would cost more than the rest of a run and may not be
 * installed.
 */
export function findRepoRoot(start: string): string | null {
  let root: string | null = null;
  // The git folder the superproject must hold under its `modules/`, while `root` is a submodule's.
  let wanted: string | null = null;
  let dir = start;
  for (;;) {
    const found = gitDirOf(dir);
    if (found !== null) {
      if (root !== null && (wanted === null || !insideFolder(wanted, join(found.gitDir, 'modules')))) return root;
      root = dir;
      if (!found.file || !maySubmodule(found.gitDir)) return root;
      wanted = found.gitDir;
    }
    const parent = dirname(dir);
    if (parent === dir) return root;
    dir = parent;
  }
}

/**
 * The folder the CI checked the repository out to, when it says: `GITHUB_WORKSPACE` under GitHub
 * Actions, `CI_PROJECT_DIR` under GitLab CI. Their code views name files from there.
 */
export function ciCheckout(env: Record<string, string | undefined>, cwd: string): string | null {
  const folder = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_WORKSPACE : env.GITLAB_CI === 'true' ? env.CI_PROJECT_DIR : undefined;
  return folder ? resolve(cwd, folder) : null;
}

/**
 * Where the answers file's repository is, for reports that name files (`-` means standard input):
 * the git work tree that holds it (findRepoRoot), or the CI's checkout when the file is inside it
 * and no work tree of its own is found there (a checkout made without git). A repository inside the
 * checkout is one of its own (a second checkout with `path:`, the base branch's worktree for
 * `diff`) and names its files from its own root, as its code view does.
 */
export function reportPaths(cwd: string, answersFile: string, env: Record<string, string | undefined>): ReportPaths {
  const from = answersFile === '-' ? cwd : dirname(resolve(cwd, answersFile));
  const root = findRepoRoot(from);
  const checkout = ciCheckout(env, cwd);
  if (checkout !== null && insideFolder(from, checkout) && (root === null || !insideFolder(root, checkout))) return { cwd, root: checkout };
  return { cwd, root };
}
