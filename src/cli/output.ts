/** What an output needs from the process; bin/ passes the real ones, tests pass their own. */
export interface OutputDeps {
  /** fs.writeSync on the descriptor: bytes written, or throws. */
  writeSync(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  /** The process's stream for the descriptor, made only if it is needed. */
  stream(): { write(chunk: Uint8Array | string): unknown };
  /**
   * The reader went away (EPIPE): told once. What is written after that is dropped, and the command
   * goes on to the end, so its gates still set the exit code (`assess --fail-on high | head` in a
   * pipefail shell must not pass), its annotations and job summary are still written.
   */
  onClosed?(): void;
  /** The descriptor cannot be written (a full disk, an I/O error): say so in one line and stop (exit 2). */
  onFailed?(error: NodeJS.ErrnoException): void;
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

/** Standard output or error as the process has it. */
export interface ProcessOutput extends Output {
  /** The reader has gone (the stream said so later, as an error event): drop what is written from now on. */
  close(): void;
}

/** Text longer than this (in UTF-16 units) is encoded a piece at a time into one reused buffer. */
const PIECE = 1 << 16;

/**
 * Standard output or error. Text goes straight to the descriptor: process.stdout is a stream whose
 * first use loads a dozen of Node's modules (streams, and net or fs streams), which took longer than
 * writing a report. If the descriptor will not take it that way (a non-blocking pipe that is full
 * answers EAGAIN), the rest of this text and everything after it go through the stream, in order.
 * A long text (a JSON report with many critical systems runs to megabytes) is encoded piece by piece
 * rather than into one buffer as large as itself: fresh memory costs a page fault every 4 KB.
 */
export function createOutput(fd: number, deps: OutputDeps, piece = PIECE): ProcessOutput {
  let viaStream = false;
  let closed = false;
  let tty: boolean | undefined;
  let buffer: Buffer | undefined;

  /** Write every byte, or hand what is left to the stream; false when nothing more should be written here. */
  const writeBytes = (bytes: Uint8Array): boolean => {
    let done = 0;
    try {
      while (done < bytes.length) done += deps.writeSync(fd, bytes, done, bytes.length - done);
      return true;
    } catch (error) {
      // A closed pipe (`cyber-ready ... | head`) is not an error worth a stack trace.
      const code = (error as NodeJS.ErrnoException).code;
      // The reader went away: a closed pipe, or a closed socket (how Node connects a child's output).
      if (code === 'EPIPE' || code === 'ECONNRESET') {
        closed = true;
        deps.onClosed?.();
        return false;
      }
      // Only a full non-blocking pipe (EAGAIN) is worth handing to the stream; anything else (a
      // full disk: `> /dev/full`) would fail there too, as a stack trace and exit 1, which CI reads
      // as a failed gate.
      if (code !== 'EAGAIN' && deps.onFailed) {
        deps.onFailed(error as NodeJS.ErrnoException);
        return false;
      }
      viaStream = true;
      // A copy: the reused buffer will be written over before the stream gets to it.
      deps.stream().write(Buffer.from(bytes.subarray(done)));
      return false;
    }
  };

  return {
    write(text: string | Uint8Array): void {
      if (closed) return;
      if (viaStream) {
        deps.stream().write(text);
        return;
      }
      if (typeof text !== 'string' || text.length <= piece) {
        writeBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
        return;
      }
      // Three bytes of UTF-8 at most for each UTF-16 unit.
      buffer ??= Buffer.allocUnsafe(piece * 3);
      for (let start = 0; start < text.length; ) {
        let end = Math.min(start + piece, text.length);
        // Never between the two halves of a surrogate pair.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
        const length = buffer.write(text.slice(start, end), 0, 'utf8');
        if (!writeBytes(buffer.subarray(0, length))) {
          if (viaStream && end < text.length) deps.stream().write(text.slice(end));
          return;
        }
        start = end;
      }
    },
    close(): void {
      closed = true;
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
