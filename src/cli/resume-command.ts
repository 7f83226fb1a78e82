import { shellWord } from '../text/shell-word.js';
import type { AssessOptions } from './assess-options.js';

/**
 * The command that carries on a walk, to print when it stops or leaves questions skipped. It names
 * the questionnaire as this run was given it (a path, or a folder to look in), since the answers
 * file names it only by id, and an id found through `-q FILE` or `--questionnaire-dir` is not found
 * without them.
 */
export function resumeCommand(options: Pick<AssessOptions, 'questionnaire' | 'questionnaireDir'>, answers: string): string {
  const words = ['cyber-ready', 'assess'];
  for (const dir of options.questionnaireDir ?? []) words.push('--questionnaire-dir', shellWord(dir));
  if (options.questionnaire !== undefined) words.push('-q', shellWord(options.questionnaire));
  words.push('--answers', shellWord(answers));
  return words.join(' ');
}
