import { readdirSync } from 'node:fs';
import { isAbsolute, join, normalize, parse, sep } from 'node:path';

/** What to do about a name that differs from the file's only in case: said wherever one is found. */
export const CASE_ADVICE = 'write it as the file is named, since Linux, and so CI, takes them for different files';

/**
 * `ref` (a relative path, forward slashes) under `folder` as the folders' own entries spell it, when
 * a name in it differs from an entry's only in case; undefined when each name is spelt exactly as on
 * disk, or there is no one such file. Windows and macOS find `systems/Revenues.yaml` when the file is
 * `systems/revenues.yaml`; Linux, where CI runs, and git's trees do not. So the same mismatch is
 * refused everywhere, with the spelling to use.
 */
export function caseCorrected(folder: string, ref: string): string | undefined {
  let dir = folder;
  let changed = false;
  const out: string[] = [];
  for (const name of ref.split('/')) {
    if (name === '' || name === '.') {
      out.push(name);
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return undefined;
    }
    let entry = name;
    if (!entries.includes(name)) {
      const alike = entries.filter((e) => e.toLowerCase() === name.toLowerCase());
      if (alike.length !== 1) return undefined;
      entry = alike[0]!;
      changed = true;
    }
    out.push(entry);
    dir = join(dir, entry);
  }
  return changed ? out.join('/') : undefined;
}

/**
 * A file named on the command line that is not there, as `shown` would spell it if it were written
 * as the file on disk is named: `Council.yaml` for `council.yaml`, when that is the one entry of
 * the folder that differs from it only in case; undefined otherwise. `full` is the absolute path
 * read, `shown` the name as the user gave it (relative to the working folder, or absolute).
 */
export function caseCorrectedFile(full: string, shown: string): string | undefined {
  const root = parse(full).root;
  const corrected = caseCorrected(root, full.slice(root.length).split(sep).join('/'));
  if (corrected === undefined) return undefined;
  const names = normalize(shown).split(/[\\/]/).filter((n) => n !== '' && n !== '.');
  if (isAbsolute(shown)) return join(root, corrected);
  // The names the user wrote are the last ones of the path read; any leading ".." stays as written.
  const up = names.filter((n) => n === '..').length;
  const own = names.length - up;
  if (own === 0) return undefined;
  const fixed = corrected.split('/').slice(-own);
  const read = full.split(sep).slice(-own);
  // Only when the names shown are the names read (a display name may be a label): else the path read.
  if (read.join('/').toLowerCase() !== names.slice(up).join('/').toLowerCase()) return join(root, corrected);
  return names.slice(0, up).concat(fixed).join('/');
}
