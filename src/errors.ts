import { safeLine } from './text/safe-text.js';

/** Exit codes of the public contract (SPEC "Exit codes"). */
export const ExitCode = {
  Ok: 0,
  GateFailed: 1,
  CannotAssess: 2,
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Severity = 'error' | 'warning';

/** One problem found in a file, with its place when one exists. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer of the value the problem is about, when there is one. */
  pointer?: string;
  severity: Severity;
  message: string;
}

/** Bad usage: wrong flag values, unknown ids, missing arguments. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** No questionnaire has the id asked for: a mistake in the answers file when the file names it. */
export class UnknownQuestionnaireError extends UsageError {
  override name = 'UnknownQuestionnaireError';
}

/** Input files that cannot be used; carries every diagnostic found. Exit 2. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export function errorAt(file: string, message: string, place?: { line: number; column: number }, pointer?: string): Diagnostic {
  return { file, severity: 'error', message, ...(place ? { line: place.line, column: place.column } : {}), ...(pointer !== undefined ? { pointer } : {}) };
}

/**
 * A file name as a message shows it: quoted when it is empty or starts or ends with white space,
 * which would otherwise not show at all (`   : no such file` names nothing a reader can see).
 */
export const shownFileName = (file: string): string => (file === '' || /^\s|\s$/u.test(file) ? JSON.stringify(file) : file);

/** `FILE:LINE:COL: message`, or `FILE: message` when there is no place. */
export function formatDiagnostic(d: Diagnostic): string {
  const file = shownFileName(d.file);
  const where = d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return safeLine(`${where}: ${prefix}${d.message}`);
}

/** Errors first by file, then by position, so a reader can walk the file top to bottom. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export const hasErrors = (list: Diagnostic[]): boolean => list.some((d) => d.severity === 'error');

/** The most problems printed for one failed run: a file with thousands of mistakes is one mistake repeated. */
export const MAX_SHOWN_PROBLEMS = 100;

/**
 * Diagnostics as lines to print, the first MAX_SHOWN_PROBLEMS of them and a count of the rest;
 * `format` says how one is printed (the command line's makes warnings annotations under GitHub Actions).
 */
export function diagnosticLines(list: readonly Diagnostic[], format: (d: Diagnostic) => string = formatDiagnostic): string[] {
  const lines = list.slice(0, MAX_SHOWN_PROBLEMS).map((d) => format(d));
  const more = list.length - MAX_SHOWN_PROBLEMS;
  const next = list[MAX_SHOWN_PROBLEMS];
  // At the first problem not shown, so the line has a place like every other.
  if (next) lines.push(formatDiagnostic({ ...next, message: `… and ${more} more problem${more === 1 ? '' : 's'} from here on; fix these first` }));
  return lines;
}
