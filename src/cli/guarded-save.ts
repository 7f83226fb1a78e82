import { lstatSync, realpathSync } from 'node:fs';
import { insideFolder } from '../fs/inside-folder.js';
import { landingPath } from '../fs/landing-path.js';
import { readRegularFile } from '../fs/read-regular-file.js';
import { resolve } from 'node:path';
import { InputError, errorAt } from '../errors.js';
import type { CommandContext } from './context.js';
import { SaveError, SaveRefused } from './save-again.js';
import { writeOutputs, type OutputFile } from './write-output.js';

/**
 * Files a guided walk writes again and again, each written only while it still holds what the walk
 * last read or wrote there. A walk takes a while, and an answers file is often open in an editor
 * meanwhile: a note added and saved there was silently replaced by the walk's next save. Now that
 * save stops (exit 2), leaving the file as edited, and running the command again carries on from it.
 */
export class GuardedFiles {
  /** What each file held when the walk last read or wrote it, by full path. */
  private readonly onDisk = new Map<string, string>();

  constructor(private readonly ctx: CommandContext) {}

  private full(target: string): string {
    return resolve(this.ctx.io.cwd, target);
  }

  /** `target` holds `text` now (read at the start, or just written). */
  known(target: string, text: string): void {
    this.onDisk.set(this.full(target), text);
  }

  /** Whether `text` is not what the walk last wrote (or read) at `target`. */
  differs(target: string, text: string): boolean {
    return text !== this.onDisk.get(this.full(target));
  }

  /** Write `outputs` all or none, refusing any file changed, moved or deleted by something else since. */
  async save(outputs: OutputFile[], editing: string | readonly string[]): Promise<void> {
    for (const { target, within } of outputs) {
      const full = this.full(target);
      const expected = this.onDisk.get(full);
      let now: string | null | undefined;
      let gone = false;
      try {
        now = readRegularFile(full);
      } catch (error) {
        // Not readable: nothing of anyone's to keep there; writing says what is wrong, if anything.
        // Not there is gone, also where a link in its place leads nowhere: writing through it made
        // the file again at the link's end, a second copy the README promises is not made. One that
        // leads out of a system file's folder is left to writing, which refuses it in those words.
        gone = (error as NodeJS.ErrnoException).code === 'ENOENT' && !this.leadsOut(full, within);
      }
      // Written, it would be a FIFO's reader, or a device, that took the answers, not a file.
      if (now === null) {
        throw new SaveError([errorAt(target, 'cannot write: something that is not a file (a FIFO, socket or device) is in its place now, and answers are saved into a file; put the file back as the walk last saved it, and save again')]);
      }
      if (expected !== undefined && now !== undefined && now !== expected) {
        throw new SaveRefused(target, (what) => `cannot save: the file was changed by something else during the walk (an editor?); ${what} is not saved, so that those changes are kept; run the same command again to carry on from the file as it is now`);
      }
      // Saving would make it again, out of date beside wherever it went, and with new permissions.
      if (expected !== undefined && gone) {
        throw new SaveRefused(target, (what) => `cannot save: the file was moved or deleted by something else during the walk; ${what} is not saved, so that no second, out-of-date copy is made; put the file back, or run the command again on it where it is now, to carry on`);
      }
    }
    try {
      await writeOutputs(this.ctx, outputs, { editing });
    } catch (error) {
      this.lookAgain(outputs);
      throw error instanceof InputError ? new SaveError(error.diagnostics) : error;
    }
    for (const { target, content } of outputs) if (typeof content === 'string') this.known(target, content);
  }

  /** Whether `full` is a link that lands outside the folder `within` (relative to the run's folder). */
  private leadsOut(full: string, within: string | undefined): boolean {
    if (within === undefined) return false;
    try {
      return lstatSync(full).isSymbolicLink() && !insideFolder(landingPath(full), realpathSync(resolve(this.ctx.io.cwd, within)));
    } catch {
      return false;
    }
  }

  /**
   * After a failed save, each file is as it was (writing is all or none), but should one have been
   * left new after all, it is known as the walk's own text: a save tried again blamed "something
   * else" for the walk's own change.
   */
  private lookAgain(outputs: readonly OutputFile[]): void {
    for (const { target, content } of outputs) {
      try {
        if (typeof content === 'string' && readRegularFile(this.full(target)) === content) this.known(target, content);
      } catch {
        // Not there or not readable: what the walk knew of it stands.
      }
    }
  }
}
