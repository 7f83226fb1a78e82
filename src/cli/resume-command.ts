import { STDIN_NAME } from '../yaml/read-source.js';
import { shellWord } from '../text/shell-word.js';
import type { CommonOptions } from './context.js';

/**
 * What a printed command says in place of a questionnaire this run read from standard input: `-q -`
 * cannot be run as it is (the walk needs standard input for the terminal), so the user is told what
 * to put there.
 */
export const QUESTIONNAIRE_PLACEHOLDER = 'QUESTIONNAIRE.yaml';

/** The same for answers read from standard input: `--answers '<stdin>'` names no file there is. */
export const ANSWERS_PLACEHOLDER = 'ANSWERS.yaml';

/** How this run was told where its questionnaire is: `-q`, and any folders to look in. */
export type QuestionnaireGiven = Pick<CommonOptions, 'questionnaireDir'> & { questionnaire?: string | undefined };

/**
 * A command to print for the user to run on an answers file. It names the questionnaire as this
 * run was given it (a path, or a folder to look in), since the answers file names it only by id,
 * and an id found through `-q FILE` or `--questionnaire-dir` is not found without them.
 */
export function commandFor(command: 'assess' | 'validate', given: QuestionnaireGiven, answers: string): string {
  const words = ['cyber-ready', command];
  for (const dir of given.questionnaireDir ?? []) words.push('--questionnaire-dir', shellWord(dir));
  if (given.questionnaire !== undefined) words.push('-q', given.questionnaire === '-' ? QUESTIONNAIRE_PLACEHOLDER : shellWord(given.questionnaire));
  if (command === 'assess') words.push('--answers');
  words.push(answers === STDIN_NAME ? ANSWERS_PLACEHOLDER : shellWord(answers));
  return words.join(' ');
}

/** The options of a walk that its command to carry on repeats, as `assess` names them. */
export type WalkGiven = QuestionnaireGiven & {
  plain?: boolean | undefined;
  notes?: boolean | undefined;
  today?: string | undefined;
  profile?: string | undefined;
  minScore?: number | undefined;
  failOn?: string | undefined;
  failOnStale?: boolean | undefined;
  format?: string | undefined;
  output?: string | undefined;
  report?: readonly string[] | undefined;
  detail?: boolean | undefined;
};

/**
 * The command that carries on a walk, to print when it stops or leaves questions skipped. It is the
 * same run again: how the walk asks (a screen-reader user who chose `--plain` would otherwise paste a
 * command that redraws, and `--notes` would stop asking for notes half way through), the day it
 * judges review dates and waivers on (`--today`: without it a walk carried on judged them on another
 * day), the gates its report is judged by and the reports it writes at its end.
 */
export function resumeCommand(given: WalkGiven, answers: string): string {
  const words = [commandFor('assess', given, answers)];
  if (given.plain) words.push('--plain');
  if (given.notes) words.push('--notes');
  if (given.today !== undefined) words.push('--today', shellWord(given.today));
  if (given.profile !== undefined) words.push('--profile', shellWord(given.profile));
  if (given.minScore !== undefined) words.push('--min-score', String(given.minScore));
  if (given.failOn !== undefined) words.push('--fail-on', shellWord(given.failOn));
  if (given.failOnStale) words.push('--fail-on-stale');
  if (given.format !== undefined && given.format !== 'text') words.push('--format', shellWord(given.format));
  if (given.output !== undefined) words.push('-o', shellWord(given.output));
  for (const report of given.report ?? []) words.push('--report', shellWord(report));
  if (given.detail) words.push('--detail');
  return words.join(' ');
}
