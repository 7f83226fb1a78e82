import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { renderQuestionnaireMarkdown } from '../report/questionnaire-markdown.js';
import { addCommonOptions } from './common-options.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { writeOutputs } from './write-output.js';

interface ShowOptions extends CommonOptions {
  output?: string;
}

export function registerShow(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('show')
    .description('print a questionnaire as markdown, for offline review or printing')
    .argument('<questionnaire>', 'bundled id, id from a questionnaire folder, or path to a YAML file')
    .option('-o, --output <file>', 'write the markdown to a file instead of standard output');
  addCommonOptions(command);
  command.action(async (ref: string, options: ShowOptions) => {
    const ctx = new CommandContext(io, options);
    const { loaded, diagnostics } = await ctx.loadQuestionnaire(ref);
    ctx.warn(diagnostics);
    const markdown = renderQuestionnaireMarkdown(loaded.questionnaire);
    if (options.output) await writeOutputs(io, [{ target: options.output, content: markdown }]);
    else io.stdout.write(markdown);
    setExit(ExitCode.Ok);
  });
}
