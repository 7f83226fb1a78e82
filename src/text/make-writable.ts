import { shellWord } from './shell-word.js';

/**
 * How to make a read-only file writable, in the user's own system's words: Windows has no chmod;
 * a file there is read-only by its attribute, which Node reports as mode 0444.
 */
export function makeWritable(target: string, platform: string | undefined): string {
  if (platform !== 'win32') return `chmod u+w ${shellWord(target)}`;
  return `clear "Read-only" in its Properties, or attrib -r ${/^[\w.:\\/-]+$/.test(target) ? target : `"${target}"`}`;
}
