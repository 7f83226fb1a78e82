import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ReportPaths } from '../report/types.js';

/**
 * The root of the git work tree that holds `file`: the nearest folder above it with a `.git`
 * entry (a folder, or a file in worktrees and submodules). Found by looking, not by running git,
 * which would cost more than the rest of a run and may not be installed.
 */
export function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Where the answers file's repository is, for reports that name files (`-` means standard input). */
export function reportPaths(cwd: string, answersFile: string): ReportPaths {
  const from = answersFile === '-' ? cwd : dirname(resolve(cwd, answersFile));
  return { cwd, root: findRepoRoot(from) };
}
