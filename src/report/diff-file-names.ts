import { resolve } from 'node:path';
import type { AssessmentDiff } from '../scoring/diff-assessments.js';
import { foldersApart, foldersUp } from './folders-apart.js';
import { shownPath } from './shown-path.js';

/**
 * How a diff for people names its two files: each as any paper names an answers file (shownPath),
 * so `diff /home/jsmith/…/base/readiness.yaml …` names no account. The two often share a name, and
 * "from readiness.yaml to readiness.yaml" would not say which was which: where the names read the
 * same, a file given absolute or with a `..` is named by as many of its nearest folders as tell
 * it from the other (`base/readiness.yaml`, `now/readiness.yaml`), read from `cwd` where it climbs
 * out of it. A file given inside the working folder keeps its name as given. One file given twice
 * (or by two paths to one place) has one name.
 */
export function diffFileNames(oldFile: string, newFile: string, cwd?: string): { old: string; new: string } {
  // One file named two ways (`/x/jd/base/readiness.yaml` and `base/readiness.yaml` run in /x/jd) is
  // one name: the one given inside the working folder, where either is.
  if (cwd !== undefined && oldFile !== '-' && newFile !== '-' && resolve(cwd, oldFile) === resolve(cwd, newFile)) {
    const name = [newFile, oldFile].find((f) => shownPath(f) === f) ?? shownPath(newFile);
    return { old: name, new: name };
  }
  const [oldName, newName] = [shownPath(oldFile), shownPath(newFile)];
  if (oldName !== newName) return { old: oldName, new: newName };
  const [oldUp, newUp] = [foldersUp(oldFile, cwd), foldersUp(newFile, cwd)];
  if (oldFile === newFile || oldUp.join('/') === newUp.join('/')) return { old: oldName, new: newName };
  // Given inside the working folder, a file that reads as the other's name is that name alone: it has no folders to add.
  const folders = (file: string, up: string[]): string[] => (shownPath(file) === file ? [] : up);
  const names = foldersApart(new Map([['old', folders(oldFile, oldUp)], ['new', folders(newFile, newUp)]] as const), oldName);
  return { old: names.get('old') ?? oldName, new: names.get('new') ?? newName };
}

/** The diff with each file named as a report for people names it (diffFileNames); the JSON keeps the paths as given. */
export function withFilesShown(d: AssessmentDiff, cwd?: string): AssessmentDiff {
  const names = diffFileNames(d.old.file, d.new.file, cwd);
  return { ...d, old: { ...d.old, file: names.old }, new: { ...d.new, file: names.new } };
}
