import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemRefs } from '../answers/system-refs.js';
import { InputError, errorAt } from '../errors.js';
import { escapeOdd } from '../text/odd-characters.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { placeOf } from './read-system-files.js';

/** One side of a comparison: an answers file as read, and its path as given (`-` for standard input). */
export interface ComparedFile {
  parsed: ParsedYaml;
  path: string;
}

const realOr = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** The real path of each system file a side names, with the system and where the file names it. */
function systemFilesOf(cwd: string, side: ComparedFile): { real: string; id: string; ref: string; pointer: string }[] {
  // Where readSystemFiles looks for them (standard input's in the working folder).
  const { folder } = placeOf(cwd, side.path);
  return systemRefs(side.parsed).refs.map((r) => ({ ...r, real: realOr(resolve(folder, r.ref)) }));
}

/**
 * Refuse a comparison whose two sides read one system file. A copy of last year's answers file made
 * beside this year's (`git show v2026:readiness.yaml > old.yaml`, or piped to `diff -`) names the
 * system files by the same paths, so both sides scored today's answers for those systems: a system
 * owner's answer made worse showed no change and `--fail-on-regression` passed it. Comparing one
 * answers file with itself reads them alike too, but compares nothing, so it is left alone.
 */
export function refuseSharedSystemFiles(cwd: string, old: ComparedFile, now: ComparedFile): void {
  if (old.path !== '-' && now.path !== '-' && realOr(resolve(cwd, old.path)) === realOr(resolve(cwd, now.path))) return;
  const newFiles = new Map(systemFilesOf(cwd, now).map((f) => [f.real, f]));
  const shared = systemFilesOf(cwd, old).filter((f) => newFiles.has(f.real));
  const first = shared[0];
  if (first === undefined) return;
  const theirs = newFiles.get(first.real);
  const others = shared.length > 1 ? ` (as are ${shared.length - 1} more of its system files)` : '';
  const message =
    `"file: ${escapeOdd(first.ref)}" is the file ${now.parsed.file} reads for system "${escapeOdd(theirs?.id ?? first.id)}" too${others}, ` +
    'so both sides would score the answers it holds today and no change in it could show; ' +
    'check the earlier version out in a folder of its own, with its system files (git worktree add ../base REF), and diff the answers file there';
  throw new InputError([errorAt(old.parsed.file, message, old.parsed.positions.of(first.pointer), first.pointer)]);
}
