// Loaded only with the prompt library: it needs node:stream, which the other commands never load.
import { Writable } from 'node:stream';

// Select Graphic Rendition: colour, bold, dim. Cursor movement and erasing end in other letters and are kept.
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * The terminal the prompts draw on, without colour or style codes. The prompt library colours by
 * its own rules (`NO_COLOR`, and whether standard output is a terminal), which know nothing of
 * `--no-color`; this keeps its cursor movement and drops the rest.
 */
export function uncoloured(output: NodeJS.WritableStream): NodeJS.WritableStream {
  const terminal = output as NodeJS.WritableStream & { columns?: number; rows?: number; isTTY?: boolean };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      terminal.write(String(chunk).replace(SGR, ''));
      done();
    },
  });
  // The library pipes into it and would end it after each prompt, as it never ends standard error.
  Object.defineProperties(stream, {
    _isStdio: { value: true },
    columns: { get: () => terminal.columns },
    rows: { get: () => terminal.rows },
    isTTY: { get: () => terminal.isTTY },
  });
  return stream;
}
