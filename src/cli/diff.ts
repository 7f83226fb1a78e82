import { Option, type Command } from 'commander';
import { ExitCode } from '../errors.js';
import { DIFF_FORMATS, diffReporters, type DiffFormat } from '../report/diff.js';
import { diffAssessments } from '../scoring/diff-assessments.js';
import { addCommonOptions } from './common-options.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { loadAssessment } from './load-assessment.js';
import { parseDate, resolveColorLevel, resolveToday } from './options.js';
import { writeOutputs } from './write-output.js';

interface DiffOptions extends CommonOptions {
  questionnaire?: string;
  format: DiffFormat;
  output?: string;
  failOnRegression?: boolean;
  today?: string;
}

export function registerDiff(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('diff')
    .description('what changed between two answers files of one questionnaire: score deltas, questions improved, regressed, added, removed')
    .argument('<old>', 'the earlier answers file')
    .argument('<new>', 'the later answers file')
    .option('-q, --questionnaire <id|path>', 'questionnaire both files answer (default: the one the new file names)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the result to a file instead of standard output')
    .option('--fail-on-regression', 'exit 1 if any answer scores lower than before')
    .option('--today <YYYY-MM-DD>', 'date for waivers and staleness (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(command);
  command.action(async (oldFile: string, newFile: string, options: DiffOptions) => {
    setExit(await diff(new CommandContext(io, options), oldFile, newFile, options));
  });
}

async function diff(ctx: CommandContext, oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const { io } = ctx;
  const today = resolveToday(options.today, io);
  // Both files are scored against one questionnaire: the later file's (or the one given).
  const after = await loadAssessment(ctx, newFile, { ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}), today });
  const before = await loadAssessment(ctx, oldFile, { questionnaire: { ...after.loaded, display: after.display }, today });
  const result = diffAssessments(before.assessment, after.assessment);
  const colorLevel = resolveColorLevel(options.color, io, options.output ? { isTTY: false } : io.stdout);
  const rendered = diffReporters[options.format](result, { colorLevel });
  if (options.output) await writeOutputs(io, [{ target: options.output, content: rendered }]);
  else io.stdout.write(rendered);
  if (options.failOnRegression && result.regressed.length > 0) {
    io.stderr.write(`cyber-ready: ${result.regressed.length} answer${result.regressed.length === 1 ? '' : 's'} regressed: ${result.regressed.map((q) => q.question).join(', ')}\n`);
    return ExitCode.GateFailed;
  }
  return ExitCode.Ok;
}
