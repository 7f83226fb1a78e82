import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
