import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { safeLine } from '../text/safe-text.js';
import { shellWord } from '../text/shell-word.js';
import type { AssessOptions } from './assess-options.js';
import type { Io } from './io.js';
import { listWords } from '../text/list-words.js';

/** The options that only the guided walk reads, as they are written on the command line. */
const WALK_ONLY = [
  ['save', '--save'],
  ['review', '--review'],
  ['reviewStale', '--review-stale'],
  ['notes', '--notes'],
  ['plain', '--plain'],
  ['addSystem', '--add-system'],
] as const satisfies readonly (readonly [keyof AssessOptions, string])[];

/** Why no walk runs, for the warning: the first reason that holds. */
export function whyNoWalk(io: Io, options: AssessOptions): string {
  if (options.interactive === false) return '--no-interactive was given';
  if (options.answers === '-') return 'the answers come from standard input';
  if (options.questionnaire === '-') return 'the questionnaire comes from standard input';
  if (!io.stdinIsTTY || io.prompt === undefined) return 'standard input is not a terminal';
  if (options.allowIncomplete) return '--allow-incomplete scores the answers file as it is';
  if (options.reviewStale) return `every question in ${safeLine(options.answers ?? '')} is answered and none is past its review date`;
  return `every question in ${safeLine(options.answers ?? '')} is answered (add --review to walk them again)`;
}

/**
 * One line when options that only the guided walk reads were given to a run without one: a CI job
 * given `--save` or `--review`, or `--notes` on a finished file, went on as though they had been
 * understood. A warning, not an error, since the report the run makes is still the one asked for.
 */
export function warnWalkOptionsUnused(io: Io, options: AssessOptions, why: string): void {
  const given = WALK_ONLY.filter(([key]) => options[key] !== undefined && options[key] !== false).map(([, flag]) => flag);
  if (given.length === 0) return;
  const names = listWords(given, 'and');
  const one = given.length === 1;
  io.stderr.write(`cyber-ready: warning: ${names} ${one ? 'is' : 'are'} ignored: ${one ? 'it is' : 'they are'} for the guided assessment, which does not run here because ${why}\n`);
}

/** One file however named (`./a.yaml`, a link, a hard link), or one path when it is not there yet. */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return x && y ? x.dev === y.dev && x.ino === y.ino : a === b;
}

/**
 * `--answers A --save B` on a terminal: the walk saves into A, the file it resumes, so B was
 * ignored and A edited in place, when B was the file the user asked to have written. Refused
 * before anything is asked or written, with the way to start B from A.
 */
export function refuseSaveBesideAnswers(io: Io, options: AssessOptions): void {
  const { answers, save } = options;
  if (answers === undefined || save === undefined || sameFile(resolve(io.cwd, answers), resolve(io.cwd, save))) return;
  throw new UsageError(`--save names where a new answers file goes, but --answers ${shellWord(answers)} is saved into as it is resumed; to carry on in ${shellWord(save)} instead, copy it first (cp ${shellWord(answers)} ${shellWord(save)}) and pass --answers ${shellWord(save)}`);
}
