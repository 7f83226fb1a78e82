/** What an output needs from the process; bin/ passes the real ones, tests pass their own. */
export interface OutputDeps {
  /** fs.writeSync on the descriptor: bytes written, or throws. */
  writeSync(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  /** The process's stream for the descriptor, made only if it is needed. */
  stream(): { write(chunk: Uint8Array | string): unknown };
  /** The reader went away (EPIPE): stop quietly. */
  onClosed(): void;
  /** Whether the descriptor is a terminal, asked only when something needs to know. */
  isTerminal(fd: number): boolean;
  /** The terminal's width in columns, asked only when it is a terminal and something wraps to it. */
  columns?(fd: number): number | undefined;
}

export interface Output {
  /** Text (as UTF-8) or bytes, such as a docx report sent down a pipe. */
  write(text: string | Uint8Array): void;
  readonly isTTY: boolean;
  /** The terminal's width, when it is a terminal that says; else undefined. */
  readonly columns: number | undefined;
}

/**
 * Standard output or error. Text goes straight to the descriptor: process.stdout is a stream whose
 * first use loads a dozen of Node's modules (streams, and net or fs streams), which took longer than
 * writing a report. If the descriptor will not take it that way (a non-blocking pipe that is full
 * answers EAGAIN), the rest of this text and everything after it go through the stream, in order.
 */
export function createOutput(fd: number, deps: OutputDeps): Output {
  let viaStream = false;
  let tty: boolean | undefined;
  return {
    write(text: string | Uint8Array): void {
      if (viaStream) {
        deps.stream().write(text);
        return;
      }
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      let done = 0;
      try {
        while (done < bytes.length) done += deps.writeSync(fd, bytes, done, bytes.length - done);
      } catch (error) {
        // A closed pipe (`cyber-ready ... | head`) is not an error worth a stack trace.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
          deps.onClosed();
          return;
        }
        viaStream = true;
        deps.stream().write(bytes.subarray(done));
      }
    },
    get isTTY(): boolean {
      tty ??= deps.isTerminal(fd);
      return tty;
    },
    get columns(): number | undefined {
      return this.isTTY ? deps.columns?.(fd) : undefined;
    },
  };
}
