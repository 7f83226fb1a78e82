import { errorAt, type Diagnostic } from '../errors.js';
import { ABSOLUTE_PATH, showPath, unportablePath } from '../text/portable-path.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';

/** A system whose answers are in a file of its own, as the answers file names it. */
export interface SystemRef {
  id: string;
  /** `file:` as written. */
  ref: string;
  pointer: string;
}

/**
 * The `file:` of each system, checked as text: a relative path under the answers file's folder, so a
 * shared answers file can never make the tool read an arbitrary file. (A link that leads outside the
 * folder is caught by whoever reads the file, which is the only place that can see it.)
 */
export function systemRefs(parsed: ParsedYaml): { refs: SystemRef[]; diagnostics: Diagnostic[] } {
  const data = parsed.data as { systems?: unknown } | undefined;
  const list = Array.isArray(data?.systems) ? (data.systems as unknown[]) : [];
  const refs: SystemRef[] = [];
  const diagnostics: Diagnostic[] = [];
  list.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) return;
    const { id, file } = entry as { id?: unknown; file?: unknown };
    if (typeof file !== 'string' || typeof id !== 'string' || file === '') return;
    const pointer = `/systems/${i}/file`;
    const problem = pathProblem(file);
    if (problem) diagnostics.push(errorAt(parsed.file, `"file: ${showPath(file)}" ${problem}`, parsed.positions.of(pointer), pointer));
    else refs.push({ id, ref: file, pointer });
  });
  return { refs, diagnostics };
}

/**
 * Why a `file:` that reaches outside the answers file's folder through a link is refused, for the
 * files in the working folder and those read from a commit alike.
 */
export const leadsOutside = (to: string): string => `leads outside the answers file's folder through a link (to ${to}); keep a system's file in that folder or below it`;

/** Why a system's `file:` may not be used, as text (the rules above, and portable: see text/portable-path.ts); undefined when it may. */
export function pathProblem(path: string): string | undefined {
  if (ABSOLUTE_PATH.test(path)) return "must be a relative path under the answers file's folder, not an absolute one";
  if (path.split(/[\\/]/).includes('..')) return `must stay under the answers file's folder: a ".." segment is not allowed`;
  if (path.includes('\0')) return 'is not a valid path';
  // Read alike on every platform: a path Windows and Linux would take for different files is refused on both.
  return unportablePath(path);
}
