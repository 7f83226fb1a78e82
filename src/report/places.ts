import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Location } from '../questionnaire/types.js';
import { answerPlaces } from '../scoring/answer-place.js';
import type { Assessment, ScopeId } from '../scoring/assessment.js';
import type { ReportPaths } from './types.js';

/** A place in the answers file for machines: a path relative to the base, and a region. */
export interface MachinePlace {
  /** Forward slashes, relative to the repository root (or the working folder); never absolute. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Absent for a whole line: SARIF then reads the region to the end of `endLine`. */
  endColumn?: number;
}

/**
 * The path of a file as code scanning, GitLab and GitHub annotations want it: relative to the git
 * work tree's root when there is one, else to the working folder. Null when there is no such path
 * (standard input, another drive) or it leads into node_modules, which no code view shows.
 */
export function machinePath(file: string, paths: ReportPaths | undefined): string | null {
  if (file === '<stdin>' || file === '') return null; // how read-source names standard input
  let rel: string;
  if (paths) {
    rel = relative(paths.root ?? paths.cwd, resolve(paths.cwd, file));
  } else {
    if (isAbsolute(file)) return null;
    rel = file;
  }
  if (rel === '' || isAbsolute(rel)) return null;
  const out = posix.normalize(rel.split(sep).join('/'));
  if (out.split('/').includes('node_modules')) return null;
  return out;
}

/**
 * Where results belong for machines: the place answerPlaces decides (the answer, else where that
 * scope's answers are kept), as a path for the consumer and a region. At an answer's key the region
 * covers the key as written: the question id, and its quotes when it has them (a JSON file's keys
 * all do); elsewhere it runs from the place to the end of its line, with no
 * end column: "to column 1 of the next line" ran past the end of a file whose last line it was.
 */
export function machinePlaces(a: Assessment, paths: ReportPaths | undefined): (location: Location | null, question: string | null, system?: ScopeId) => MachinePlace | null {
  const placeOf = answerPlaces(a);
  const at = (l: Location): string => `${l.file}\0${l.line}\0${l.column}`;
  const keys = new Set(a.questions.flatMap((q) => (q.answerLocation ? [at(q.answerLocation)] : [])));
  return (location, question, system = null) => {
    const { file, line, column } = placeOf(location, system);
    const path = machinePath(file, paths);
    if (path === null) return null;
    if (question !== null && keys.has(at({ file, line, column }))) return { path, startLine: line, startColumn: column, endLine: line, endColumn: paths?.keyEnd?.({ file, line, column }) ?? column + question.length };
    return { path, startLine: line, startColumn: column, endLine: line };
  };
}
