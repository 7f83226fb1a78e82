import { ExitCode } from '../errors.js';
import { renderQuestionnaireMarkdown } from '../report/questionnaire-markdown.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { confirmWritten } from './confirm-written.js';
import { writeOutputs } from './write-output.js';

export interface ShowOptions extends CommonOptions {
  output?: string;
}

/** `cyber-ready show`: the questionnaire as markdown. */
export async function runShow(io: Io, ref: string, options: ShowOptions): Promise<number> {
  const ctx = new CommandContext(io, options);
  const { loaded, diagnostics } = await ctx.loadQuestionnaire(ref);
  ctx.warn(diagnostics);
  const markdown = renderQuestionnaireMarkdown(loaded.questionnaire);
  if (options.output) {
    await writeOutputs(ctx, [{ target: options.output, content: markdown }]);
    confirmWritten(io, [options.output]);
  }
  else io.stdout.write(markdown);
  return ExitCode.Ok;
}
