import type { Diagnostic } from '../errors.js';

/** What checking a file says: warnings, errors, a "valid" line; or what it threw. */
type Saying = { warn: Diagnostic[] } | { fail: Diagnostic[] } | { valid: string } | { thrown: unknown };

/** Where what a check says goes: standard error and output, or a SaidLater to be said from later. */
export interface Say {
  warn(diagnostics: Diagnostic[]): void;
  fail(diagnostics: Diagnostic[]): void;
  valid(line: string): void;
}

/**
 * What checks said, kept in order to be said later: validate checks each file as it reads it, so
 * that no more than one file's parse is held at a time, and says what it found in the order it
 * always has (every file's errors of reading first, then each file's own problems, then each checked
 * against its questionnaire). What is kept is lines, not files: 400 parsed answers files took 550 MB.
 */
export class SaidLater implements Say {
  private readonly said: Saying[] = [];
  readonly warn = (diagnostics: Diagnostic[]): void => void this.said.push({ warn: diagnostics });
  readonly fail = (diagnostics: Diagnostic[]): void => void this.said.push({ fail: diagnostics });
  readonly valid = (line: string): void => void this.said.push({ valid: line });
  /** An error that stops the run where it was thrown: thrown again when said. */
  readonly thrown = (error: unknown): void => void this.said.push({ thrown: error });

  /** Say it all to `say`, in order; throws what a check threw, at its place. */
  sayTo(say: Say): void {
    for (const s of this.said) {
      if ('warn' in s) say.warn(s.warn);
      else if ('fail' in s) say.fail(s.fail);
      else if ('valid' in s) say.valid(s.valid);
      else throw s.thrown;
    }
  }
}
