import type { SavesMade } from './saves-made.js';
import { listWords } from '../text/list-words.js';

/** What a stopped walk finds on disk and in itself, with its words already made safe to print. */
export interface StopState extends SavesMade {
  /** The files the walk saves into, as shown: the answers file first. */
  files: readonly string[];
  /** What is at the answers file's path now: nothing, the file, or something else (a folder made there during the walk). */
  found: 'nothing' | 'file' | 'other';
  /** Systems' own files, as shown, that are no longer files (deleted, or a FIFO or folder in their place): not among `files`. */
  lost: readonly string[];
  /** Every question answered, and the report reached. */
  complete: boolean;
  /** "Save again?" answered no (rather than Ctrl-C, Esc or end of input). */
  declined: boolean;
  /** What the stop left unsaved or unconfirmed, said after where the answers are (each with its leading space), or ''. */
  unsaved: string;
  unconfirmed: string;
  /** Stopped while naming a critical system: carrying on names it again. */
  naming: boolean;
}

/**
 * What the files hold now, in the words a stop starts with. Each says only what is so: a stop at
 * "Carry on with them?", or at the first question of a resumed walk, said "Your answers so far are
 * saved", of a file the run had not written; a new file stopped at the assessor said so of a file
 * with no answer in it.
 */
function onDisk(s: StopState): string {
  const [main = ''] = s.files;
  if (s.found === 'nothing') return 'Nothing was saved.';
  if (s.found === 'other') return `${main} is no longer a file (something else is in its place), so no answer is saved in it.`;
  // A system's file gone from under the walk: the answers saved there this run went with it.
  const lost = s.lost.length ? ` ${listWords([...s.lost], 'and')} ${s.lost.length === 1 ? 'is no longer a file, so no answer is saved in it' : 'are no longer files, so no answer is saved in them'}.` : '';
  const all = listWords([...s.files], 'and');
  const are = s.files.length === 1 ? 'is' : 'are';
  if (!s.wrote) return `Nothing new was saved: ${all} ${are} unchanged.${lost}`;
  if (s.held === 0) return `${all} ${are} saved, with no answers yet.${lost}`;
  return `${s.failing ? `Your earlier answers are saved in ${all}.` : `Your answers so far are saved in ${all}.`}${lost}`;
}

/**
 * The last line of a stopped walk: what is on disk, then the command to carry on with (`carryOn`;
 * `report` once every question is answered), which the caller lays out on a line of its own.
 */
export function stopWords(s: StopState, carryOn: string, report: string): { line: string; command?: string } {
  const saved = onDisk(s);
  if (s.found !== 'file') return { line: `Stopped. ${saved}` };
  if (s.declined) return { line: `Stopped. ${saved} Once writing works again, carry on with:`, command: carryOn };
  if (s.complete) return { line: `Stopped. Every question is answered: the assessment in ${listWords([...s.files], 'and')} is complete. For its report:`, command: report };
  return { line: `Stopped. ${saved}${s.unsaved}${s.unconfirmed} Carry on${s.naming ? ', naming it again,' : ''} with:`, command: carryOn };
}
