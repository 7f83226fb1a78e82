import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, errorAt } from '../errors.js';

/** Refuse at once a save target in a folder that does not exist or cannot be written, or that is a folder. */
export function checkWritable(path: string, target: string): void {
  const fail = (why: string): never => {
    throw new InputError([errorAt(target, `cannot save answers here: ${why}`)]);
  };
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // Does not exist yet: its folder must.
  }
  if (isDirectory) fail('it is a folder');
  try {
    accessSync(existsSync(path) ? path : dirname(path), constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' || code === 'ENOTDIR' ? 'its folder does not exist' : 'permission denied');
  }
}
