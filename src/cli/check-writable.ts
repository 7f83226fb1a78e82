import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, errorAt } from '../errors.js';
import { landingPath } from '../fs/landing-path.js';
import { standardStream } from '../fs/standard-stream.js';
import { tildeHint } from '../fs/tilde-hint.js';
import { FOLDER_NOT_WRITABLE, folderWritable, writeLock } from '../fs/write-permission.js';
import { makeWritable } from '../text/make-writable.js';
import { safeLine } from '../text/safe-text.js';
import { describeWriteError } from './write-output.js';

/**
 * Refuse at once a save target that cannot be the walk's answers file: a name that is empty or "-",
 * a folder, a device or FIFO, or a file in a folder that does not exist or cannot be written. The
 * walk reads its answers file and writes it again after every answer, so it must be a file: `--save
 * -` made a file called "-" and then said to carry on with `--answers -` (standard input), and
 * `--save /dev/stdout` sat reading the terminal.
 */
export function checkWritable(path: string, target: string, resuming: boolean, platform?: string): void {
  const fail = (why: string): never => {
    throw new InputError([errorAt(target === '' ? 'cyber-ready' : target, `cannot save answers here: ${why}`)]);
  };
  if (target === '') fail('the file name is empty (was a variable in --save or --answers unset?)');
  if (target === '-') fail('"-" is standard input or output, and answers are saved into a file after every question; give a file name');
  let kind: 'folder' | 'special' | 'file' | undefined;
  let locked: ReturnType<typeof writeLock>;
  try {
    const info = statSync(path);
    kind = info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'special';
    locked = writeLock(path, info);
  } catch {
    // Does not exist yet: its folder must.
  }
  if (kind === 'folder') fail('it is a folder');
  // /dev/stdout is the run's output even where the shell sent it to a file, which the report goes into.
  if (kind === 'special' || standardStream(path) !== null) fail('it is not a regular file (a device, FIFO, socket or standard stream), and answers are saved into a file after every question; give a file name');
  // Root may write anything, but a file nobody may write was made so on purpose (see write-permission.ts).
  if (locked === 'read-only') fail(`it is read-only; make it writable first (${makeWritable(target, platform)}) to carry on answering in it, ${resuming ? 'or add --no-interactive to score it without asking' : 'or give --save another file name'}`);
  const exists = existsSync(path);
  const option = resuming ? '--answers' : '--save';
  let folder: string | undefined;
  try {
    // A new file's folder is where it lands: a link to a folder that is not there is caught now, not at the first save.
    if (!exists) folder = dirname(landingPath(path));
    accessSync(folder ?? path, constants.W_OK);
  } catch (error) {
    const { code, path: at } = error as NodeJS.ErrnoException;
    // A new file in a folder this user may not write to (a shared folder, the default file's
    // current folder): a bare "permission denied" named neither the folder nor a way on. Where
    // the way to it passes a folder this user may not look into, that folder is the one named.
    if (!exists && (code === 'EACCES' || code === 'EPERM')) fail(`permission denied on its folder (${safeLine(folder ?? dirname(at ?? path))}), where the file would be made; give ${option} FILE in a folder you may write to`);
    // In the words of any failed write: a read-only file system is not a permission.
    fail(`${describeWriteError(code, path)}${code === 'ENOENT' ? tildeHint(target, option) : ''}`);
  }
  // A file that may be written in a folder that may not: every save failed, after the first answer.
  if (!folderWritable(dirname(path))) fail(`${FOLDER_NOT_WRITABLE}; copy it into a folder you may write to`);
}
