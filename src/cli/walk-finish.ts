import type { SessionPrompter } from '../answers/prompter-types.js';
import { answerKeyEnds } from '../answers/key-ends.js';
import { ExitCode } from '../errors.js';
import { FORMATS_WITH_PATHS, type ReportFormat } from '../report/formats.js';
import { loadReporter, renderReport } from '../report/load-reporter.js';
import type { AssessOptions } from './assess-options.js';
import { confirmWritten } from './confirm-written.js';
import type { CommandContext } from './context.js';
import type { Io } from './io.js';
import { loadAssessment } from './load-assessment.js';
import { failedGateWords } from './gate-lines.js';
import { gatesFrom, outputStyle } from './options.js';
import type { ReportTarget } from './report-targets.js';
import { reportPaths } from './repo-root.js';
import { offerReportFile } from './report-file-prompt.js';
import { writeReports } from './write-reports.js';

/** What the walk is given: where to save, and the reports (`-o`, `--report`) to write at its end. */
export type WalkOptions = AssessOptions & { save: string; reports?: readonly ReportTarget[] };

/** The report on screen, then an offer to write the markdown report for a board paper (the offer first when the report goes to a pager or file). */
export async function finishWalk(ctx: CommandContext, options: WalkOptions, target: string, today: string, prompter: SessionPrompter, plain: boolean, fitted: (line: string) => string, talk: Io): Promise<number> {
  const { io } = ctx;
  // Of the files as they are now: the answers are read again, and the questionnaire too if it has
  // changed. Edited during the walk, it was reported as it was read at the start, and the report and
  // its exit status disagreed with `assess` of the same files (an answer no longer one of its options).
  ctx.forgetChangedQuestionnaires();
  const { assessment, answers } = await loadAssessment(ctx, target, {
    ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}),
    today,
    gates: gatesFrom(options),
  });
  const format = (options.format ?? 'text') as ReportFormat;
  const targets = options.reports ?? [];
  // SARIF and GitLab name files relative to the repository, as a run without prompts does.
  const paths = [format, ...targets.map((t) => t.format)].some((f) => FORMATS_WITH_PATHS.includes(f)) ? { ...reportPaths(io.cwd, target, io.env), keyEnd: answerKeyEnds(answers) } : undefined;
  const detail = options.detail === true;
  // The plain walk promises no colour codes, the report at its end included (a screen reader would
  // read them), and the text report is written to be read aloud (ReportContext `plain`). Only here:
  // `--no-interactive` under TERM=dumb (a CI log, often) keeps the usual report.
  // Read aloud only as printed on the terminal: a report written to a file (-o, as --report) is the
  // usual one, so two text reports of one run never differ.
  const style = outputStyle(options.color, io, options.output);
  const aloud = plain && (options.output === undefined || options.output === '-');
  const report = await renderReport(format, assessment, { catalog: ctx.catalog(), colorLevel: plain ? 0 : style.colorLevel, width: style.width, detail, ...(aloud ? { plain: true } : {}), ...(paths ? { paths } : {}) });
  // -o and --report take their reports here as in a run without prompts, all or none (a docx report cannot go to the terminal).
  await writeReports(ctx, assessment, { main: report, output: options.output, targets, detail, paths }, talk);
  const offer = async (): Promise<void> => {
    const written = await offerReportFile(ctx, target, prompter, async () => (await loadReporter('markdown'))(assessment, { catalog: ctx.catalog(), colorLevel: 0 }), (line) => talk.stderr.write(`${fitted(line)}\n`), plain);
    if (written !== undefined) confirmWritten(talk, [written]);
  };
  // A report not on the screen (-o, or standard output sent to a file or pipe: `> report.txt`,
  // `| less`) leaves nothing there to say that a gate failed, only exit 1: its gates are said as a
  // run without prompts says them, ending with the `gate failed` line, before the offer and before
  // a pager takes the terminal. On the terminal the walk draws on, and on standard error as well when
  // that is sent elsewhere (`2> walk.log`), so a log or script gets the lines a run without prompts
  // gives. A report on the screen ends with its gates.
  if ((options.output !== undefined && options.output !== '-') || !io.stdout.isTTY) {
    const words = failedGateWords(assessment);
    for (const line of words) talk.stderr.write(`${fitted(line)}\n`);
    if (!io.stderr.isTTY) for (const line of words) io.stderr.write(`${line}\n`);
  }
  // The markdown paper offered is the one -o or --report has just written: not offered again.
  const markdownWritten = (format === 'markdown' && options.output !== undefined && options.output !== '-') || targets.some((t) => t.format === 'markdown');
  // On a terminal the report is read first, then the offer is made under it. When standard output
  // is not the terminal (a pager, `| less`, or a file) the offer comes first: asked after the
  // report, it was drawn over the pager's screen and each key went to both. Asked first, every
  // question of the walk is over before the pager takes the terminal.
  const offerFirst = !options.output && !io.stdout.isTTY;
  if (offerFirst && !markdownWritten) await offer();
  if (!options.output) io.stdout.write(report);
  if (!offerFirst && !markdownWritten) await offer();
  return assessment.passed ? ExitCode.Ok : ExitCode.GateFailed;
}
