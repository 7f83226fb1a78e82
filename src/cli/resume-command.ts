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

/**
 * The command that carries on a walk, to print when it stops or leaves questions skipped. It keeps
 * how the walk was asked for: a screen-reader user who chose `--plain` would otherwise paste a
 * command that redraws, and `--notes` would stop asking for notes half way through.
 */
export const resumeCommand = (given: QuestionnaireGiven & { plain?: boolean | undefined; notes?: boolean | undefined }, answers: string): string =>
  [commandFor('assess', given, answers), ...(given.plain ? ['--plain'] : []), ...(given.notes ? ['--notes'] : [])].join(' ');
