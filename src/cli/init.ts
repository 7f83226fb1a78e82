import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderAnswersTemplate } from '../answers/render-template.js';
import { ExitCode, UsageError } from '../errors.js';
import { schemaRefFrom } from './schema-ref.js';
import { countToAnswer } from '../scoring/to-answer.js';
import { toolVersion } from '../version.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { resolveToday } from './options.js';
import { confirmWritten } from './confirm-written.js';
import { writeOutputs } from './write-output.js';
import { standardStream } from '../fs/standard-stream.js';
import { QUESTIONNAIRE_PLACEHOLDER } from './resume-command.js';
import { shellWord } from '../text/shell-word.js';
import { countNoun } from '../text/plural-noun.js';
import { countWords } from '../questionnaire/question-count.js';

export interface InitOptions extends CommonOptions {
  questionnaire: string;
  output: string;
  force?: boolean;
  today?: string;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // missing, or not reachable: writing it says why
  }
};

/** A path as one shell word: quoted only when it needs to be. */

/** `cyber-ready init`: an answers template to fill in an editor. */
export async function runInit(io: Io, options: InitOptions): Promise<number> {
  const ctx = new CommandContext(io, options);
  const { loaded, diagnostics, file } = await ctx.loadQuestionnaire(options.questionnaire);
  ctx.warn(diagnostics);
  const toStdout = options.output === '-';
  const target = resolve(io.cwd, options.output);
  // Only a file can be overwritten; a device or FIFO is written into, and a folder is refused on
  // writing. /dev/stdout is the run's own output even when the shell sent it to a file (`> t.yaml`,
  // which the shell has emptied already): nothing there to overwrite.
  if (!toStdout && isFile(target) && standardStream(target) === null && !options.force) {
    throw new UsageError(`${options.output} already exists; pass --force to overwrite it`);
  }
  const template = renderAnswersTemplate(loaded.questionnaire, {
    schemaRef: schemaRefFrom(toStdout ? join(io.cwd, 'answers.yaml') : target),
    today: resolveToday(options.today, io),
    toolVersion: toolVersion(),
    // A questionnaire read from standard input is named by a placeholder, as the answers file is.
    ...(file.bundled ? {} : { questionnaireArg: `-q ${file.path === '-' ? QUESTIONNAIRE_PLACEHOLDER : shellWord(file.display)}` }),
  });
  if (toStdout) io.stdout.write(template);
  else {
    await writeOutputs(ctx, [{ target: options.output, content: template }]);
    // A questionnaire of the user's own is not found by id later, so the suggested command names it.
    const q = file.bundled ? '' : ` -q ${file.path === '-' ? '-' : shellWord(file.display)}`;
    const questionnaire = loaded.questionnaire;
    // A questionnaire read from standard input is to be given there again.
    const check = `cyber-ready validate${q} ${shellWord(options.output)}${file.path === '-' ? ` < ${QUESTIONNAIRE_PLACEHOLDER}` : ''}`;
    if (questionnaire.systemScoped) {
      const org = countToAnswer(questionnaire, () => undefined, { only: 'organisation' });
      const each = countToAnswer(questionnaire, () => undefined, { only: 'system', outer: org.applies });
      const label = questionnaire.systemLabel;
      const counts = countWords(org.toAnswer, each.toAnswer, label, ' and ');
      confirmWritten(io, [options.output], `${counts}. List your ${questionnaire.systemLabelPlural} under "systems:" (the file shows how), then check it with:`, check);
    } else {
      const count = countToAnswer(questionnaire, () => undefined);
      confirmWritten(io, [options.output], `${countNoun(count.toAnswer, 'question')} to answer. Check it with:`, check);
    }
  }
  return ExitCode.Ok;
}
