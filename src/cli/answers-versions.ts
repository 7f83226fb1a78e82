import type { LogCommit } from './git.js';

const SYMLINK = '120000';

/** A commit that left a version of the answers file: the file's path then, and its blob or how to find what is there. */
export interface AnswersEntry {
  commit: string;
  date: string;
  path: string;
  /** The blob, or `COMMIT:PATH` when the path is a folder in that commit (read to say so). */
  name: string;
  oid?: string;
  link: boolean;
  /** Changes under the path, none to it: a folder there, or nothing (the folder removed). */
  folder: boolean;
}

/**
 * The versions in the answers file's log (`git log --follow`, newest first), oldest first. A path
 * given to git log matches the files under it too: a commit that turned the file's path into a
 * folder lists the files in that folder, and none of them is the answers file. Only a change to the
 * file's own path (as it was named then: a rename moves it back to the old name) is a version; a
 * commit that changes what is under the path is read at the path, as the folder it is (or as
 * nothing, when it removed the folder).
 */
export function answersVersions(log: readonly LogCommit[], path: string): AnswersEntry[] {
  const newestFirst: AnswersEntry[] = [];
  let current = path;
  for (const c of log) {
    const own = c.changes.find((ch) => ch.path === current);
    const under = c.changes.some((ch) => ch.path.startsWith(`${current}/`));
    if (own?.oid) newestFirst.push({ commit: c.commit, date: c.date, path: current, name: own.oid, oid: own.oid, link: own.mode === SYMLINK, folder: false });
    else if (under) newestFirst.push({ commit: c.commit, date: c.date, path: current, name: `${c.commit}:${current}`, link: false, folder: true });
    // A file moved out of the folder at this path to the path itself (a.yaml/a.yaml to a.yaml) was
    // not the answers file before: the path was a folder, and is read as one.
    if (own?.from !== undefined && /^[RC]/.test(own.status) && !own.from.startsWith(`${current}/`)) current = own.from;
  }
  return newestFirst.reverse();
}
