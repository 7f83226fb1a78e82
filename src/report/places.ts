import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Location } from '../questionnaire/types.js';
import type { Assessment, ScopeId } from '../scoring/assessment.js';
import type { ReportPaths } from './types.js';

/** A place in the answers file for machines: a path relative to the base, and a region. */
export interface MachinePlace {
  /** Forward slashes, relative to the repository root (or the working folder); never absolute. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
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

/** The files a team keeps its answers in: the answers file and any system's own file (SPEC "v2: critical systems"). */
export function answerFiles(a: Assessment): Set<string> {
  return new Set([a.answersFile, ...a.systems.flatMap((s) => (s.file === null ? [] : [s.file]))]);
}

/**
 * The file a scope's answers are kept in: a system's own file when it has one (its owner keeps
 * and reviews it), else the answers file.
 */
export function homeFile(a: Assessment, system: ScopeId): string {
  return (system !== null ? a.systems.find((s) => s.id === system)?.file : null) ?? a.answersFile;
}

/**
 * Where results belong for machines. Only the answers files are places a team can change: a
 * location in the questionnaire (an unanswered question with no entry) moves to the top of the
 * file that scope's answers are kept in (see homeFile). At an answer's key the region covers the
 * key (the question id); elsewhere it is the place's whole line.
 */
export function machinePlaces(a: Assessment, paths: ReportPaths | undefined): (location: Location | null, question: string | null, system?: ScopeId) => MachinePlace | null {
  const editable = answerFiles(a);
  const at = (l: Location): string => `${l.file}\0${l.line}\0${l.column}`;
  const keys = new Set(a.questions.flatMap((q) => (q.answerLocation ? [at(q.answerLocation)] : [])));
  return (location, question, system = null) => {
    const path = machinePath(homeFile(a, system), paths) ?? machinePath(a.answersFile, paths);
    if (path === null) return null;
    const own = location && editable.has(location.file) ? machinePath(location.file, paths) : null;
    if (!location || own === null) return { path, startLine: 1, startColumn: 1, endLine: 2, endColumn: 1 };
    const { line, column } = location;
    if (question !== null && keys.has(at(location))) return { path: own, startLine: line, startColumn: column, endLine: line, endColumn: column + question.length };
    return { path: own, startLine: line, startColumn: column, endLine: line + 1, endColumn: 1 };
  };
}
