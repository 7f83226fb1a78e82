import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { renderAnswersTemplate } from '../answers/render-template.js';
import { ExitCode, UsageError } from '../errors.js';
import { schemasDir } from '../paths.js';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/resolve-questionnaire.js';
import { toolVersion } from '../version.js';
import { addCommonOptions } from './common-options.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { parseDate, resolveToday } from './options.js';
import { writeOutputs } from './write-output.js';

interface InitOptions extends CommonOptions {
  questionnaire: string;
  output: string;
  force?: boolean;
  today?: string;
}

const CONVENTIONAL_SCHEMA = 'node_modules/cyber-ready/schemas/answers.schema.json';

/** The schema path an editor should use from the template's folder; machine-specific paths are avoided. */
function schemaRefFor(outputFile: string): string {
  const rel = relative(dirname(outputFile), join(schemasDir, 'answers.schema.json')).split('\\').join('/');
  return rel.includes('node_modules/cyber-ready/') || !rel.startsWith('..') ? rel : CONVENTIONAL_SCHEMA;
}

export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('init')
    .description('write an answers template: every question as an entry with its options in comments')
    .option('-q, --questionnaire <id|path>', 'questionnaire to answer', DEFAULT_QUESTIONNAIRE)
    .option('-o, --output <file>', 'where to write the template ("-" for standard output)', 'cyber-ready-answers.yaml')
    .option('--force', 'overwrite the file if it exists')
    .option('--today <YYYY-MM-DD>', 'date for assessedOn (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(command);
  command.action(async (options: InitOptions) => {
    const ctx = new CommandContext(io, options);
    const { loaded, diagnostics } = await ctx.loadQuestionnaire(options.questionnaire);
    ctx.warn(diagnostics);
    const toStdout = options.output === '-';
    const target = resolve(io.cwd, options.output);
    if (!toStdout && existsSync(target) && !options.force) {
      throw new UsageError(`${options.output} already exists; pass --force to overwrite it`);
    }
    const template = renderAnswersTemplate(loaded.questionnaire, {
      schemaRef: schemaRefFor(toStdout ? join(io.cwd, 'answers.yaml') : target),
      today: resolveToday(options.today, io),
      toolVersion: toolVersion(),
    });
    if (toStdout) io.stdout.write(template);
    else {
      await writeOutputs(io, [{ target: options.output, content: template }]);
      io.stderr.write(`Wrote ${options.output}: ${loaded.questionnaire.questions.size} questions to answer. Check it with: cyber-ready validate ${options.output}\n`);
    }
    setExit(ExitCode.Ok);
  });
}
