import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { leadsOutside, systemRefs } from '../answers/system-refs.js';
import { insideFolder } from '../fs/inside-folder.js';
import { CASE_ADVICE, caseCorrected } from '../fs/name-case.js';
import type { SystemFile } from '../answers/validate-answers.js';
import { InputError, errorAt, type Diagnostic } from '../errors.js';
import { validateSchema } from '../schema/validate-schema.js';
import { describeOddCharacters, escapeOdd } from '../text/odd-characters.js';
import { describeOtherFile } from '../yaml/detect-kind.js';
import { SentToInputError, describeFsError } from '../yaml/read-source.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import type { CommandContext } from './context.js';
import { pushAll } from '../text/spread-free.js';

const fsCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** Where an answers file's system files are: its folder, and a `file:` as shown (under the folder as the user named it). */
export function placeOf(cwd: string, answersPath: string): { folder: string; shown: (ref: string) => string } {
  const folder = answersPath === '-' ? cwd : dirname(resolve(cwd, answersPath));
  const shownFolder = answersPath === '-' ? '' : dirname(answersPath);
  return { folder, shown: (ref) => (shownFolder && shownFolder !== '.' ? join(shownFolder, ref) : ref) };
}

/**
 * Note the system files an answers file names as inputs of the run without reading them, for a
 * command that reads them from elsewhere (trend reads them from git): no output of the run may
 * replace one.
 */
export function noteSystemFiles(ctx: CommandContext, answers: ParsedYaml, answersPath: string): void {
  const { folder, shown } = placeOf(ctx.io.cwd, answersPath);
  for (const { ref } of systemRefs(answers).refs) ctx.noteInput(resolve(folder, ref), shown(ref), 'system file');
}

/**
 * Read the files of the systems an answers file keeps elsewhere (SPEC "v2: critical systems"), each
 * relative to the answers file's folder. A path that is absolute, climbs out with "..", or reaches
 * outside the folder through a link is refused at its line, and so is anything but a regular file
 * (a folder; a FIFO, which would hang the run waiting for a writer). A file that is plainly
 * something else (a report, a SARIF log, a questionnaire) is named for what it is. Each file read
 * is an input of the run.
 */
export async function readSystemFiles(ctx: CommandContext, answers: ParsedYaml, answersPath: string): Promise<{ files: Map<string, SystemFile>; diagnostics: Diagnostic[] }> {
  const { refs, diagnostics } = systemRefs(answers);
  const files = new Map<string, SystemFile>();
  if (!refs.length) return { files, diagnostics };
  const { folder, shown } = placeOf(ctx.io.cwd, answersPath);
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
  } catch {
    realFolder = folder;
  }
  for (const { ref, pointer } of refs) {
    const at = (message: string): void => {
      diagnostics.push(errorAt(answers.file, message, answers.positions.of(pointer), pointer));
    };
    const target = resolve(folder, ref);
    // Spelt as on disk, case and all: Windows would find it in any case, Linux and git only in this one.
    const spelt = caseCorrected(folder, ref);
    if (spelt !== undefined) {
      at(`"file: ${escapeOdd(ref)}" differs only in case from the file's name (${spelt}); ${CASE_ADVICE}`);
      continue;
    }
    let real: string;
    try {
      real = realpathSync(target);
    } catch (error) {
      // A name that differs from the real one only by an invisible or look-alike character is named.
      const odd = describeOddCharacters(ref, true);
      const named = `"file: ${escapeOdd(ref)}"${odd ? ` (${odd})` : ''}`;
      at(fsCode(error) === 'ENOENT' ? `${named}: no such file (looked for ${escapeOdd(relative(ctx.io.cwd, target) || target)})` : `${named}: ${describeFsError(fsCode(error))}`);
      continue;
    }
    if (!insideFolder(real, realFolder)) {
      at(`"file: ${ref}" ${leadsOutside(real)}`);
      continue;
    }
    const kind = statSync(real);
    if (!kind.isFile()) {
      at(kind.isDirectory() ? `"file: ${ref}" is a folder; give the system's answers file in it` : `"file: ${ref}" is not a regular file (a FIFO, socket or device); a system's answers must be in a file`);
      continue;
    }
    const display = shown(ref);
    ctx.noteInput(target, display, 'system file');
    let parsed: ParsedYaml;
    try {
      parsed = await ctx.parseFile(target, display);
    } catch (error) {
      if (!(error instanceof InputError || error instanceof SentToInputError)) {
        at(`"file: ${ref}" cannot be read: ${(error as Error).message}`);
        continue;
      }
      // A problem with the file as a whole (permission denied, too large, this run's output sent to
      // it) has no line in it: said at the "file:" that names it, as a missing file is.
      const placed = error.diagnostics.map((d) => (d.line === undefined && d.file === display ? errorAt(answers.file, `"file: ${escapeOdd(ref)}": ${d.message}`, answers.positions.of(pointer), pointer) : d));
      if (error instanceof SentToInputError) throw new SentToInputError(placed, error.streams);
      pushAll(diagnostics, placed);
      continue;
    }
    if (parsed.data === undefined) {
      pushAll(diagnostics, parsed.diagnostics);
      continue;
    }
    // Git for Windows without symbolic links (core.symlinks false, its default) checks a link out as
    // a small file holding the path it leads to: said so, rather than "must be a mapping".
    const linkText = checkedOutLink(parsed.data, dirname(real));
    if (linkText) {
      const instead = relative(realFolder, resolve(dirname(real), linkText)).split(sep).join('/');
      at(`"file: ${ref}" holds only the path ${linkText}: a symbolic link that git checked out as a plain file (as Git for Windows does while core.symlinks is false); write "file: ${instead}" instead, or check out with symbolic links`);
      continue;
    }
    const other = describeOtherFile(parsed, 'system');
    if (other) {
      diagnostics.push(errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer));
      continue;
    }
    const schema = validateSchema('answers', parsed);
    pushAll(diagnostics, [...parsed.diagnostics, ...schema]);
    if (schema.length === 0) files.set(ref, { raw: parsed.data as SystemFile['raw'], file: display, positions: parsed.positions });
  }
  return { files, diagnostics };
}

/** The path a file holds when all it holds is one line naming a file beside it (a link checked out as text). */
function checkedOutLink(data: unknown, folder: string): string | undefined {
  if (typeof data !== 'string' || data.includes('\n') || data.length > 1000 || !/\.ya?ml$/i.test(data)) return undefined;
  return existsSync(resolve(folder, data)) ? data : undefined;
}
