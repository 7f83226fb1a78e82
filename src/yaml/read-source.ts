import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError, errorAt } from '../errors.js';
import { fsProblem } from '../fs/error-words.js';
import { tildeHint } from '../fs/tilde-hint.js';
import { CASE_ADVICE, caseCorrectedFile } from '../fs/name-case.js';
import { escapeOdd } from '../text/odd-characters.js';
import { conflictMarkerError } from './conflict-markers.js';
import { describeForbidden, firstForbiddenCharacter } from './forbidden-characters.js';
import { describeByte, firstInvalidUtf8 } from './invalid-utf8.js';
import { limits, mb } from './limits.js';
import { wideTextOf } from './wide-text.js';

/** How a file argument of `-` is shown in messages. */
export const STDIN_NAME = '<stdin>';

// Rounded up, so a file a few bytes over the limit does not read "32.0 MB; the limit is 32.0 MB".
const mbUp = (bytes: number): string => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

/** Why a file cannot be read, in words (see fs/error-words.ts for those shared with writing). */
export function describeFsError(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return fsProblem(code) ?? `cannot be read (${code ?? 'unknown error'})`;
  }
}

/**
 * The first `max` bytes of a file. Its size from stat() only holds for regular files: a device such
 * as /dev/zero or /dev/urandom (or a pipe) reports 0 and never ends, and reading it whole hung
 * until memory ran out. Synchronous: a command reads a few local files, and each asynchronous call
 * was a round trip through the thread pool, most of the wait of a short run.
 */
function readAtMost(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, max - total));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Where a run reads from: standard input, and the files its standard output and error were sent to. */
export interface SourceReader {
  readStdin(maxBytes: number): Promise<Buffer>;
  /** As Io's: the regular file standard output (1) or error (2) was sent to, as `DEV:INO`. */
  streamFile?(fd: 1 | 2): string | undefined;
}

/**
 * A file this run reads that its standard output or error was sent to (`assess -f json >> answers.yaml`):
 * the report or a warning would be written into the file, which the next run could not read.
 * Refused before anything is written; `streams` says which, so that the error is not itself
 * written into the file (see cli/run.ts).
 */
export class SentToInputError extends Error {
  override name = 'SentToInputError';
  constructor(
    readonly diagnostics: InputError['diagnostics'],
    readonly streams: readonly (1 | 2)[],
  ) {
    // Not an InputError: the places that take an InputError as one file's problem and go on to the
    // next file would go on writing into this one.
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

function refuseStreamTarget(reader: SourceReader, id: string, name: string): void {
  const streams = ([1, 2] as const).filter((fd) => reader.streamFile?.(fd) === id);
  if (streams.length === 0) return;
  const which = streams.length === 2 ? 'standard output and error' : streams[0] === 1 ? 'standard output' : 'standard error';
  const what = streams.includes(1) ? 'the report' : 'warnings and errors';
  throw new SentToInputError([errorAt(name, `${which} of this run ${streams.length === 2 ? 'are' : 'is'} sent to this file, which it reads, so ${what} would be written into it; send ${streams.length === 2 ? 'them' : 'it'} to another file`)], streams);
}

/**
 * Read a file (or standard input) as text, refusing what is too big, binary or not UTF-8, left
 * mid-merge by git, or what this run's own output is sent to. The text has no byte order mark;
 * `bom` says there was one, so a file edited in place can keep it.
 */
export async function readSource(file: string, reader: SourceReader, displayName?: string): Promise<{ name: string; text: string; bom: boolean }> {
  const name = displayName ?? (file === '-' ? STDIN_NAME : file);
  let bytes: Buffer;
  try {
    if (file === '-') {
      bytes = await reader.readStdin(limits.maxFileBytes + 1);
    } else {
      const fd = openSync(file, 'r');
      try {
        const info = fstatSync(fd);
        if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        if (info.isFile()) refuseStreamTarget(reader, `${info.dev}:${info.ino}`, name);
        if (info.size > limits.maxFileBytes) {
          throw new InputError([errorAt(name, `file is too large (${mbUp(info.size)}; the limit is ${mb(limits.maxFileBytes)})`)]);
        }
        bytes = readAtMost(fd, limits.maxFileBytes + 1);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof SentToInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // `Council.yaml` typed for `council.yaml`: found on Windows and macOS, not on Linux or in CI; said
    // as a system file's `file:` is (read-system-files.ts), with the name to write.
    const spelt = code === 'ENOENT' && file !== '-' ? caseCorrectedFile(file, name) : undefined;
    if (spelt !== undefined) {
      throw new InputError([errorAt(name, `no such file; the name differs only in case from the file's name (${escapeOdd(spelt)}); ${CASE_ADVICE}`)]);
    }
    if (file === '-' && code === 'EISDIR') throw new InputError([errorAt(name, 'standard input is a folder (as after "< FOLDER"), not a file; give the file\'s name instead of "-", or send the file itself with "< FILE"')]);
    throw new InputError([errorAt(name, `${describeFsError(code)}${code === 'ENOENT' ? tildeHint(name) : ''}`)]);
  }
  if (bytes.length > limits.maxFileBytes) {
    throw new InputError([errorAt(name, `input is too large (over ${mb(limits.maxFileBytes)})`)]);
  }
  const text = decodeText(bytes, name);
  // Before any parser sees it: what a parser says of a marker line is about YAML or JSON, not the merge.
  const conflict = conflictMarkerError(text, name);
  if (conflict) throw new InputError([conflict]);
  return { name, text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

/** UTF-8 text without its byte order mark; binary data and invalid UTF-8 are errors with their place. */
export function decodeText(bytes: Buffer, name: string): string {
  // Windows PowerShell 5 (`cyber-ready init > answers.yaml`) and some editors save UTF-16 with a
  // byte order mark: text, but full of NUL bytes, so it was called binary data. Without a byte order
  // mark, UTF-16 of plain text is every other byte NUL: called binary data, it told the user nothing
  // they could act on.
  const wide = wideTextOf(bytes);
  if (wide?.bom) throw new InputError([errorAt(name, `text is ${wide.encoding}, not UTF-8; save the file as UTF-8`, { line: 1, column: 1 })]);
  if (wide) throw new InputError([errorAt(name, 'text looks like UTF-16 without a byte order mark, not UTF-8; save the file as UTF-8', { line: 1, column: 1 })]);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError([errorAt(name, 'binary data, not YAML text (found a NUL byte)', placeOf(bytes, nul))]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Placed at the byte itself: a U+FFFD written in the file earlier (valid UTF-8) is not taken for it.
    const bad = Math.max(firstInvalidUtf8(bytes), 0);
    throw new InputError([errorAt(name, `text is not valid UTF-8 at ${describeByte(bytes[bad] as number)}; save the file as UTF-8`, placeOf(bytes, bad))]);
  }
  const forbidden = firstForbiddenCharacter(text);
  if (forbidden !== -1) {
    const what = describeForbidden(text[forbidden] as string);
    // JSON allows these raw in a string, but a JSON file here is read as YAML is (an answers file) or
    // made by this tool, which writes them escaped (report/json.ts): YAML's words would puzzle its reader.
    const rule = /\.json$/i.test(name) ? 'which this tool does not read raw in a JSON file' : 'which YAML does not allow in a file';
    throw new InputError([errorAt(name, `the text holds ${what}, ${rule}; remove it`, textPlaceOf(text, forbidden))]);
  }
  return text;
}

/** The line and column of a character of decoded text (no byte order mark), counted as placeOf() counts them. */
function textPlaceOf(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * The line and column of a byte, counted as the YAML reader counts them: after any byte order mark,
 * with CRLF, CR (as old Mac editors save) and LF each ending a line.
 */
function placeOf(bytes: Buffer, offset: number): { line: number; column: number } {
  const lines = bytes.subarray(0, offset).toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
