/** Everything a command may touch of the outside world; `bin/` builds the real one, tests their own. */
export interface Io {
  /** Takes bytes as well as text (a docx report may go down a pipe); `columns`: the terminal's width, when standard output is a terminal that says. */
  stdout: { write(text: string | Uint8Array): void; isTTY: boolean; columns?: number | undefined };
  /** `columns`: the terminal's width, when standard error is a terminal that says (for the lines a person reads there). */
  stderr: { write(text: string): void; isTTY: boolean; columns?: number | undefined };
  stdinIsTTY: boolean;
  /** Standard input, read until its end or until more than `maxBytes` have come (then stop reading). */
  readStdin(maxBytes: number): Promise<Buffer>;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /**
   * Streams for interactive prompts, opened at the first call, when standard input is a terminal:
   * that terminal to read, and standard error to draw on (or, when standard error is not a terminal,
   * the controlling terminal). Undefined when there is nothing the prompts could be seen on.
   */
  prompt?(): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } | undefined;
  /**
   * While a prompt is open: on SIGINT, SIGTERM or SIGHUP, call `handler` with the exit status that
   * signal gives (130, 143, 129) instead of ending the run. Returns the function to call when the
   * prompt is closed.
   */
  onStop?(handler: (code: number) => void): () => void;
  /** Stop the run as Ctrl-Z does in a shell; settles once it is carried on (`fg`). Absent where there is no such stop (Windows). */
  suspend?(): Promise<void>;
  /** While a prompt is open: on a SIGTSTP sent from outside, call `handler` instead of stopping. Returns the function to call when the prompt is closed. */
  onSuspend?(handler: () => void): () => void;
  /** Call `handler` each time the run is carried on after a stop (`fg`). Returns the function that stops calling it. */
  onContinue?(handler: () => void): () => void;
  /**
   * While the walk has the terminal: its bracketed paste mode on, so that a paste comes marked as
   * one (see pasted-lines.ts); off when the run ends or is stopped (Ctrl-Z), on again when it is
   * carried on. `plain`: the prompts read in the terminal's own mode, where Ctrl-Z stops the run by
   * SIGTSTP.
   */
  bracketPastes?(plain: boolean): void;
  /**
   * While files are being written: on SIGINT, SIGTERM or SIGHUP, call `tidy` (which removes the
   * temporary files not yet renamed) before the run ends as that signal ends it. Returns the
   * function to call when the writing is over.
   */
  whileWriting?(tidy: () => void): () => void;
  /**
   * The regular file standard output (1) or error (2) was sent to by the shell (`> out.txt`), as
   * `DEV:INO`, so an output of the run that is the same file can be refused; undefined otherwise.
   */
  streamFile?(fd: 1 | 2): string | undefined;
  /** The operating system (`process.platform`): only the words of a way out depend on it (`chmod` or `attrib`). */
  platform?: string;
}
