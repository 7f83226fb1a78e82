import { checkAnswers } from '../answers/load-answers.js';
import type { Answers } from '../answers/types.js';
import type { Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import type { CommandContext } from './context.js';
import { readSystemFiles } from './read-system-files.js';
import { commandFor } from './resume-command.js';

/**
 * An answers file checked against its questionnaire, with the files of its systems read beside it.
 * `questionnaire` is the `-q` this run was given, for the commands its messages suggest.
 */
export async function checkAnswersFile(
  ctx: CommandContext,
  parsed: ParsedYaml,
  answersPath: string,
  loaded: LoadedQuestionnaire,
  options: { requireSystems?: boolean | 'warning'; questionnaire?: string | undefined } = {},
): Promise<{ answers?: Answers; diagnostics: Diagnostic[] }> {
  const { files, diagnostics } = parsed.data === undefined ? { files: new Map(), diagnostics: [] } : await readSystemFiles(ctx, parsed, answersPath);
  const walkCommand = commandFor('assess', { questionnaireDir: ctx.options.questionnaireDir, questionnaire: options.questionnaire }, parsed.file);
  return checkAnswers(parsed, loaded, { systemFiles: files, readProblems: diagnostics, walkCommand, ...(options.requireSystems !== undefined ? { requireSystems: options.requireSystems } : {}) });
}
