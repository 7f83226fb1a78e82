import { Option, type Command } from 'commander';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/types.js';
import { DIFF_FORMATS, REPORT_FORMATS } from '../report/formats.js';
import type { AssessOptions } from './assess-options.js';
import { addCommonOptions, helpFooter } from './common-options.js';
import type { DiffOptions } from './diff.js';
import type { InitOptions } from './init.js';
import type { Io } from './io.js';
import type { ListOptions } from './list.js';
import { collect, parseCount, parseDate, parseFileName, parseLabel, parseOutputName, parseScore, parseSeverity } from './options.js';
import type { BenchmarkOptions } from './benchmark.js';
import { BENCHMARK_FORMATS } from '../benchmark/formats.js';
import { DEFAULT_MIN_GROUP } from '../benchmark/min-group.js';
import type { ShareOptions } from './share.js';
import type { ShowOptions } from './show.js';
import { TREND_FORMATS } from '../history/formats.js';
import type { TrendOptions } from './trend.js';
import type { ValidateOptions } from './validate.js';
import { defaultFormatWarning } from './format-by-name.js';
import { safeLine } from '../text/safe-text.js';

/**
 * Every command's options and help, without the code that runs it: each action imports its
 * implementation only when that command runs, so `--version`, `--help` and usage errors load only
 * commander.
 */
/**
 * An output file named for another format than the default text it gets (format-by-name.ts), said
 * once the report is written (exit 0, or 1 for a failed gate): a run that stops on bad input writes
 * no report, and its one line of error stays one line.
 */
function afterWritten(io: Io, command: Command, output: string | undefined, formats: readonly string[], code: number): number {
  const line = command.getOptionValueSource('format') === 'default' && code <= 1 ? defaultFormatWarning(output, formats) : undefined;
  if (line) io.stderr.write(`cyber-ready: warning: ${safeLine(line)}\n`);
  return code;
}

export function registerCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  const today = ['--today <YYYY-MM-DD>', 'date for waivers and staleness (default: SOURCE_DATE_EPOCH, else today)', parseDate] as const;

  const assess = program
    .command('assess')
    .description('the guided assessment on a terminal; or score an answers file and report the gaps, in priority order')
    .option('-q, --questionnaire <id|path>', `questionnaire to use (default: the one the answers file names, else ${DEFAULT_QUESTIONNAIRE})`)
    .option('-a, --answers <file>', 'answers file to assess ("-" reads standard input); on a terminal, unanswered questions are asked')
    .addOption(new Option('-f, --format <format>', 'report format on standard output').choices(REPORT_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file ("-": standard output, the default)', parseOutputName)
    .option('--detail', 'text report: every part (each gap with what to do, lists, profiles, frameworks) instead of the one-screen summary')
    .option('--report <format=file>', 'also write a report in another format (repeatable)', collect)
    .option('--min-score <n>', 'gate: the overall score (0-100) must be at least n', parseScore)
    .option('--fail-on <severity>', 'gate: no unwaived gap of this severity or worse (critical, high, medium, low)', parseSeverity)
    .option('--profile <name>', "gate: every requirement of the questionnaire's profile must be met (cyber-ready show lists its profiles and names)")
    .option('--fail-on-stale', 'gate: no answer may be past its review date')
    .option('--allow-incomplete', 'score unanswered questions as 0 (a partly answered outcome by the indicators answered) instead of stopping, or of asking on a terminal')
    .option(...today)
    .option('--save <file>', 'interactive: where to save answers when --answers is not given', 'cyber-ready-answers.yaml')
    .option('--review', 'interactive: walk every question, with the saved answers as defaults, and ask for a new review date where one is past')
    .option('--review-stale', 'interactive: walk only the answers past their review date (and any unanswered), asking each a new review date')
    .option('--notes', 'interactive: ask for an optional note after each answer')
    .option('--add-system', 'interactive: add a critical system to the answers file and walk its questions')
    .option('--plain', 'interactive: one line per prompt with numbered options and no redrawing, for screen readers (also when TERM=dumb)')
    .option('--no-interactive', 'never prompt, even on a terminal');
  addCommonOptions(assess).addHelpText(
    'after',
    helpFooter(
      ['cyber-ready assess', 'cyber-ready assess --plain', 'cyber-ready assess -a readiness.yaml --min-score 70 --fail-on critical', 'cyber-ready assess --answers readiness.yaml --format json -o report.json'],
      '0 assessed and every gate passed, 1 a gate failed, 2 could not assess, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM, 129 by SIGHUP.',
    ),
  );
  assess.action(async (options: AssessOptions, command: Command) => {
    // The default is the walk's to apply; given by the user, it can be told apart (see walk-options.ts).
    if (command.getOptionValueSource('save') === 'default') delete options.save;
    setExit(afterWritten(io, command, options.output, REPORT_FORMATS, await (await import('./assess.js')).runAssess(io, options)));
  });

  const validate = program
    .command('validate')
    .description('check questionnaires and answers files (answers also against their questionnaire)')
    .argument('<file...>', 'files to check ("-" reads standard input)')
    .addOption(new Option('--kind <kind>', 'treat every file as this kind instead of detecting it').choices(['questionnaire', 'answers']))
    .option('-q, --questionnaire <id|path>', 'questionnaire to check answers files and share extracts against (default: the one each file names)');
  addCommonOptions(validate).addHelpText(
    'after',
    helpFooter(['cyber-ready validate readiness.yaml', 'cyber-ready validate -q my-questionnaire.yaml my-answers.yaml', 'cyber-ready validate questionnaires/*.yaml'], '0 every file is valid, 2 a file has an error.'),
  );
  validate.action(async (files: string[], options: ValidateOptions) => setExit(await (await import('./validate.js')).runValidate(io, files, options)));

  const list = program
    .command('list')
    .description('list bundled and custom questionnaires: id, version, sections, questions, source, title')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  addCommonOptions(list).addHelpText('after', helpFooter(['cyber-ready list', 'cyber-ready list --questionnaire-dir ./questionnaires --format json'], '0 listed, 2 a questionnaire folder could not be read, or a questionnaire in one has an error (the others are still listed).'));
  list.action(async (options: ListOptions) => setExit(await (await import('./list.js')).runList(io, options)));

  const show = program
    .command('show')
    .description('print a questionnaire as markdown, for offline review or printing')
    .argument('[questionnaire]', 'bundled id, id from a questionnaire folder, path to a YAML file, or - for standard input')
    // As every other command names its questionnaire: the hints that say "pass -q FILE" hold here too.
    .option('-q, --questionnaire <id|path>', 'the same, as an option')
    .option('-o, --output <file>', 'write the markdown to a file ("-": standard output, the default)', parseOutputName);
  addCommonOptions(show).addHelpText('after', helpFooter(['cyber-ready show council-cyber-resilience > questionnaire.md', 'cyber-ready show -q my-questionnaire.yaml -o questionnaire.md'], '0 shown, 2 the questionnaire was not found or has an error.'));
  show.action(async (ref: string | undefined, options: ShowOptions) => setExit(await (await import('./show.js')).runShow(io, ref, options)));

  const init = program
    .command('init')
    .description('write an answers template: every question as an entry with its options in comments')
    .option('-q, --questionnaire <id|path>', 'questionnaire to answer', DEFAULT_QUESTIONNAIRE)
    .option('-o, --output <file>', 'where to write the template ("-" for standard output)', parseFileName, 'cyber-ready-answers.yaml')
    .option('--force', 'overwrite the file if it exists')
    .option('--today <YYYY-MM-DD>', 'date for assessedOn (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(init).addHelpText(
    'after',
    helpFooter(['cyber-ready init', 'cyber-ready init -q cyber-essentials-readiness -o readiness.yaml', 'cyber-ready init -q my-questionnaire.yaml -o my-answers.yaml'], '0 written, 2 the file exists (without --force), or the questionnaire was not found or has an error.'),
  );
  init.action(async (options: InitOptions) => setExit(await (await import('./init.js')).runInit(io, options)));

  const diff = program
    .command('diff')
    .description('what changed between two answers files of one questionnaire: score deltas, questions improved, regressed, added, removed, risks accepted or no longer accepted under a waiver')
    .argument('<old>', 'the earlier answers file')
    .argument('<new>', 'the later answers file')
    .option('-q, --questionnaire <id|path>', 'questionnaire both files answer (default: the one the new file names)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the result to a file ("-": standard output, the default)', parseOutputName)
    .option('--report <format=file>', 'also write the result in another format (repeatable)', collect)
    .option('--fail-on-regression', 'exit 1 if any answer scores lower than before or is no longer answered, or a system is removed')
    // What lapsed in the old file is judged on the day it was assessed (cli/diff.ts), so --today is the new file's.
    .option('--today <YYYY-MM-DD>', "date for the new file's waivers and staleness; what lapsed in the old file is judged on its assessedOn if earlier than the new file's (default: SOURCE_DATE_EPOCH, else today)", parseDate);
  addCommonOptions(diff).addHelpText(
    'after',
    helpFooter(['cyber-ready diff readiness-2026-05.yaml readiness.yaml', 'cyber-ready diff old.yaml new.yaml --format markdown --fail-on-regression'], '0 compared, 1 with --fail-on-regression: an answer scores lower or is no longer answered, or a system was removed, 2 could not compare.'),
  );
  diff.action(async (oldFile: string, newFile: string, options: DiffOptions, command: Command) => {
    setExit(afterWritten(io, command, options.output, DIFF_FORMATS, await (await import('./diff.js')).runDiff(io, oldFile, newFile, options)));
  });

  const trend = program
    .command('trend')
    .description("score every committed version of an answers file in its git history: date, commit, score, rating, gaps by severity")
    .argument('<answers>', 'the answers file (its renames in history are followed)')
    .option('-q, --questionnaire <id|path>', 'questionnaire to score against (default: the one each version names)')
    .option('--since <YYYY-MM-DD>', 'only versions committed on or after this date, after the one in force on it as the starting point', parseDate)
    .addOption(new Option('-f, --format <format>', 'output format').choices(TREND_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the trend to a file ("-": standard output, the default)', parseOutputName)
    .option('--today <YYYY-MM-DD>', 'the date the trend is made on (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(trend).addHelpText(
    'after',
    helpFooter(['cyber-ready trend readiness.yaml', 'cyber-ready trend readiness.yaml --since 2025-04-01 -f markdown -o trend.md'], '0 shown, 2 not a git work tree, git not found, the file was never committed, or bad usage.'),
  );
  trend.action(async (file: string, options: TrendOptions, command: Command) => {
    setExit(afterWritten(io, command, options.output, TREND_FORMATS, await (await import('./trend.js')).runTrend(io, file, options)));
  });

  const share = program
    .command('share')
    .description('an anonymised extract of an answers file (JSON) for a resilience forum or WARP: answers and scores, never free text')
    .argument('<answers>', 'answers file to share ("-" reads standard input)')
    .option('-o, --output <file>', 'write the extract to a file ("-": standard output, the default)', parseOutputName)
    .option('--label <label>', 'what the benchmark calls this council (default: a random label such as council-3f9a2c, new each run); when sharing again, give the same label, so that the benchmark counts only the later', parseLabel)
    .option('--named', "keep the organisation's name in the extract (nothing else that names anyone is ever kept)")
    .option('-q, --questionnaire <id|path>', 'questionnaire to score against (default: the one the answers file names)')
    .option('--today <YYYY-MM-DD>', 'date for waivers, and the month shared when the answers give no assessedOn (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(share).addHelpText(
    'after',
    helpFooter(['cyber-ready share readiness.yaml -o extract.json', 'cyber-ready share readiness.yaml --label wrenford --named -o wrenford.json'], '0 written, 2 the answers file or its questionnaire has an error.'),
  );
  share.action(async (answers: string, options: ShareOptions) => setExit(await (await import('./share.js')).runShare(io, answers, options)));

  const bench = program
    .command('benchmark')
    .description("compare many councils: per section and question, how many answered, the median and quartiles of the score, and the spread of answers")
    .argument('<file...>', 'share extracts, or answers files (each read as its extract, labelled by its file name)')
    .option('--min-group <n>', 'show no figure over fewer councils than this, and refuse with fewer inputs', parseCount, DEFAULT_MIN_GROUP)
    .option('--highlight <file>', "an extract or answers file: that council's score and percentile beside each figure (counted in the group)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(BENCHMARK_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the benchmark to a file ("-": standard output, the default)', parseOutputName)
    .option('--today <YYYY-MM-DD>', 'date for waivers when answers files are scored, and the month no assessment should be after (default: SOURCE_DATE_EPOCH, else today)', parseDate);
  addCommonOptions(bench).addHelpText(
    'after',
    helpFooter(['cyber-ready benchmark extracts/*.json', 'cyber-ready benchmark extracts/*.json --highlight ours.json -f markdown'], '0 compared, 2 an input has an error, they answer different questionnaires, or there are too few.'),
  );
  bench.action(async (files: string[], options: BenchmarkOptions, command: Command) => {
    setExit(afterWritten(io, command, options.output, BENCHMARK_FORMATS, await (await import('./benchmark.js')).runBenchmark(io, files, options)));
  });
}
