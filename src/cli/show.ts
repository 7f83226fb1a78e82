import { ExitCode, UsageError } from '../errors.js';
import { quoteValue } from '../text/odd-characters.js';
import { renderQuestionnaireMarkdown } from '../report/questionnaire-markdown.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { confirmWritten } from './confirm-written.js';
import { writeOutputs } from './write-output.js';
import { QUESTIONNAIRE_PLACEHOLDER } from './resume-command.js';
import { shellWord } from '../text/shell-word.js';

export interface ShowOptions extends CommonOptions {
  questionnaire?: string;
  output?: string;
}

/** The questionnaire named by the argument or by -q (one of them, or both the same). */
function questionnaireRef(ref: string | undefined, option: string | undefined): string {
  if (ref !== undefined && option !== undefined && ref !== option) throw new UsageError(`show takes one questionnaire, but was given ${quoteValue(ref)} and -q ${quoteValue(option)}`);
  const chosen = ref ?? option;
  if (chosen === undefined) throw new UsageError('show needs a questionnaire: a bundled id, an id from a questionnaire folder, or a path (cyber-ready list shows the ids)');
  return chosen;
}

/** `cyber-ready show`: the questionnaire as markdown. */
export async function runShow(io: Io, ref: string | undefined, options: ShowOptions): Promise<number> {
  const ctx = new CommandContext(io, options);
  const { loaded, diagnostics, file } = await ctx.loadQuestionnaire(questionnaireRef(ref, options.questionnaire));
  ctx.warn(diagnostics);
  // A questionnaire of the user's own is not found by id later, so the suggested command names it, as init's do.
  const markdown = renderQuestionnaireMarkdown(loaded.questionnaire, file.bundled ? {} : { questionnaireArg: `-q ${file.path === '-' ? QUESTIONNAIRE_PLACEHOLDER : shellWord(file.display)}` });
  if (options.output) {
    await writeOutputs(ctx, [{ target: options.output, content: markdown }]);
    confirmWritten(io, [options.output]);
  }
  else io.stdout.write(markdown);
  return ExitCode.Ok;
}
