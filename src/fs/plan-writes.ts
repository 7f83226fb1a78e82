/**
 * Deciding how each output of a run is written, before anything is: pure, so the rules of SPEC
 * "v2: writing files safely" are one table of cases. What a path is on disk is found first
 * (inspect-target.ts); this step only compares and classifies.
 */

import { makeWritable } from '../text/make-writable.js';
import { insideFolder } from './inside-folder.js';

/** What an output or input path turned out to be, links followed. */
export type TargetInfo =
  | { kind: 'missing'; real: string }
  /** `locked`: the file's permissions forbid writing it (see write-permission.ts). */
  | { kind: 'file'; real: string; id: string; locked?: 'read-only' | 'denied' }
  | { kind: 'special'; real: string; id: string }
  | { kind: 'folder'; real: string; id: string };

export interface PlannedOutput {
  /** The path as the user gave it, for messages. */
  target: string;
  content: string | Uint8Array;
  info: TargetInfo;
  /**
   * The real path of the folder the file must land in, links followed: a system's own file stays in
   * its answers file's folder (SPEC "v2: critical systems"), whatever was checked when it was named.
   */
  within?: string;
}

export interface ReadInput {
  display: string;
  /** What the input is to the run, for the message: "answers file", "questionnaire". */
  role: string;
  info: TargetInfo;
}

export type WriteStep =
  /** A regular file (or a new one): written beside `file` and renamed over it, all outputs together. */
  | { how: 'replace'; target: string; file: string; content: string | Uint8Array }
  /** A device or FIFO: opened and written, never replaced or unlinked. */
  | { how: 'direct'; target: string; file: string; content: string | Uint8Array };

export type WritePlan = { ok: true; steps: WriteStep[] } | { ok: false; target: string; message: string };

/** Why a file whose permissions forbid writing is not replaced, and the way out. */
function lockedMessage(target: string, locked: 'read-only' | 'denied', platform: string | undefined): string {
  return locked === 'read-only'
    ? `cannot write: it is read-only, so it is not replaced; make it writable first (${makeWritable(target, platform)}) if it is to be, or choose another file`
    : 'cannot write: permission denied (this user may not write to it), so it is not replaced; choose another file';
}

/** Two paths are one file when they share device and inode, or (not there yet) the same real path. */
const sameFile = (a: TargetInfo, b: TargetInfo): boolean => ('id' in a && 'id' in b ? a.id === b.id : a.real === b.real);

/**
 * The steps that write `outputs`, or the first reason not to write any: a folder, an output that
 * is an input of the same run, or two outputs that are one file. Writing to a device or FIFO,
 * even twice, loses nothing, so only files count as a clash.
 */
export function planWrites(outputs: PlannedOutput[], inputs: ReadInput[], platform?: string): WritePlan {
  const steps: WriteStep[] = [];
  for (const [i, out] of outputs.entries()) {
    if (out.info.kind === 'folder') return { ok: false, target: out.target, message: 'cannot write: is a folder' };
    if (out.within !== undefined && !insideFolder(out.info.real, out.within)) {
      return { ok: false, target: out.target, message: `cannot write: it leads outside the answers file's folder through a link (to ${out.info.real}); keep a system's file in that folder or below it` };
    }
    if (out.info.kind === 'file' && out.info.locked) return { ok: false, target: out.target, message: lockedMessage(out.target, out.info.locked, platform) };
    // Only a file can be lost by writing over it: a terminal read as /dev/stdin and written as
    // /dev/stdout is one device, and that is fine.
    const input = out.info.kind === 'file' ? inputs.find((inp) => sameFile(inp.info, out.info)) : undefined;
    if (input) {
      return { ok: false, target: out.target, message: `cannot write: it is the ${input.role} this run reads (${input.display}); choose another file` };
    }
    if (out.info.kind !== 'special') {
      const earlier = outputs.slice(0, i).find((o) => o.info.kind !== 'special' && sameFile(o.info, out.info));
      if (earlier) return { ok: false, target: out.target, message: `cannot write: it is the same file as ${earlier.target}, also written by this run; choose another file` };
    }
    steps.push({ how: out.info.kind === 'special' ? 'direct' : 'replace', target: out.target, file: out.info.real, content: out.content });
  }
  return { ok: true, steps };
}
