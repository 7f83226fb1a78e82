import { renameSync } from 'node:fs';

/** What renameOver uses, given in tests to play Windows. */
export interface RenameDeps {
  platform: NodeJS.Platform;
  rename: (from: string, to: string) => void;
  /** Waits without letting other work run: the writes are synchronous (see atomic-write.ts). */
  sleep: (ms: number) => void;
}

/** The longest a rename is retried for, in milliseconds. */
export const RETRY_FOR_MS = 5000;
const RETRIED = new Set(['EPERM', 'EACCES', 'EBUSY']);

const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const DEFAULTS: RenameDeps = { platform: process.platform, rename: renameSync, sleep: sleepSync };

/**
 * Renaming a finished temporary file over the file it replaces. On Windows a file that another
 * program has open for a moment (an antivirus or search indexer scanning the file just written, a
 * sync client such as OneDrive) cannot be replaced until that program lets go: the rename fails with
 * EPERM, EACCES or EBUSY. Those are retried for a few seconds, as npm's graceful-fs does, rather than
 * failing a save the user would have to repeat. Elsewhere the same codes mean what they say (a
 * folder that forbids the change), so they are not retried.
 */
export function renameOver(from: string, to: string, deps: RenameDeps = DEFAULTS): void {
  let waited = 0;
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      deps.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (deps.platform !== 'win32' || !RETRIED.has(code) || waited >= RETRY_FOR_MS) throw error;
      deps.sleep(pause);
      waited += pause;
    }
  }
}
