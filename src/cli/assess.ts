import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerKeyEnds } from '../answers/key-ends.js';
import type { Answers } from '../answers/types.js';
import { ExitCode, InputError, UsageError, errorAt } from '../errors.js';
import type { Location } from '../questionnaire/types.js';
import type { Assessment } from '../scoring/assessment.js';
import { FORMATS_WITH_PATHS, type ReportFormat } from '../report/formats.js';
import { loadReporter, renderReport } from '../report/load-reporter.js';
import { countAnswers } from '../scoring/to-answer.js';
import type { AssessOptions } from './assess-options.js';
import { CommandContext } from './context.js';
import { failedGateWords } from './gate-lines.js';
import { incompleteScoring } from './incomplete-words.js';
import { unplacedWarning } from './unplaced-warning.js';
import { appendStepSummary, gateAnnotations } from './github.js';
import { assessInteractively } from './interactive.js';
import type { Io } from './io.js';
import { loadAssessment } from './load-assessment.js';
import { gatesFrom, outputStyle, resolveToday } from './options.js';
import { reportPaths } from './repo-root.js';
import { standardStream } from '../fs/standard-stream.js';
import { checkReportDestinations } from './report-destinations.js';
import { refuseUnknownProfile } from './refuse-unknown-profile.js';
import { refuseSaveBesideAnswers, warnWalkOptionsUnused, whyNoWalk } from './walk-options.js';
import { parseReportTargets } from './report-targets.js';
import { writeReports } from './write-reports.js';
import { describeWriteError } from './write-output.js';
import { safeLine } from '../text/safe-text.js';
import { countNoun } from '../text/plural-noun.js';

export type { AssessOptions } from './assess-options.js';


/** Whether an answers file (missing counts) still has questions to ask, so a terminal run resumes it. */
async function hasToAsk(ctx: CommandContext, options: AssessOptions, today: string): Promise<boolean> {
  if (!existsSync(resolve(ctx.io.cwd, options.answers as string))) return true;
  // A file with no systems yet, for a questionnaire that needs them, is resumed: the walk asks for them.
  const { assessment, answers, loaded } = await loadAssessment(ctx, options.answers as string, { ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}), today, quiet: true, requireSystems: false });
  // Counted as the walk counts (text and weight-0 questions too), so a question the walk left for
  // later is asked when the command it suggested is run.
  const count = countAnswers(loaded.questionnaire, answers);
  // --review-stale asks the answers past their review date too, as the report counts them.
  const stale = options.reviewStale === true && assessment.stale.length > 0;
  return stale || assessment.unanswered.length > 0 || count.answered < count.toAnswer || (loaded.questionnaire.systemScoped && answers.systems.length === 0);
}

export async function assess(ctx: CommandContext, options: AssessOptions): Promise<number> {
  const { io } = ctx;
  const targets = parseReportTargets(options.report ?? []);
  await checkReportDestinations(io, options.format as ReportFormat, options.output, targets);
  const today = resolveToday(options.today, io);
  if (options.review && options.reviewStale) throw new UsageError('--review walks every answer, those past their review date among them: give --review or --review-stale, not both');
  // Prompts need a terminal on standard input; `--answers -` and `-q -` use standard input for a file.
  // Whether they can also be seen is found out when the walk opens them (see interactive.ts).
  const terminal = io.stdinIsTTY && io.prompt !== undefined;
  const canPrompt = terminal && options.interactive !== false && options.answers !== '-' && options.questionnaire !== '-';
  if (options.answers === undefined) {
    if (options.questionnaire === '-') throw new UsageError('-q - reads the questionnaire from standard input, where the guided assessment would ask its questions; pass --answers FILE, or the questionnaire by path');
    // On a terminal, --no-interactive is the reason: "no terminal" sent the user looking for one.
    if (!canPrompt && terminal && options.interactive === false) throw new UsageError('no answers to assess, and --no-interactive says not to ask for them; pass --answers FILE (or - for standard input), or leave out --no-interactive to be asked');
    // At a terminal (its output or error on one), standard input was sent elsewhere (`< /dev/null`):
    // "no terminal" sent the user looking for the one they were at.
    if (!canPrompt && (io.stdout.isTTY || io.stderr.isTTY)) throw new UsageError('no answers to assess, and standard input is not a terminal to ask the questions on; run again without redirecting standard input (<), or pass --answers FILE (or - for standard input)');
    if (!canPrompt) throw new UsageError('no answers to assess and no terminal to ask on; pass --answers FILE (or - for standard input)');
    return assessInteractively(ctx, { ...options, save: options.save ?? 'cyber-ready-answers.yaml', reports: targets }, today);
  }
  if (options.addSystem && !canPrompt) {
    // Said for the reason that holds: on a terminal, "run it in one" sent the user looking for one.
    const instead = 'or add the system under "systems:" in the answers file';
    // At a terminal with standard input sent elsewhere (`< /dev/null`), it is standard input that is not one.
    if (!terminal && (io.stdout.isTTY || io.stderr.isTTY)) throw new UsageError(`--add-system asks for the new system on the terminal, and standard input is not a terminal to ask on; run again without redirecting standard input (<), ${instead}`);
    if (!terminal) throw new UsageError(`--add-system asks for the new system on a terminal; run it in one, ${instead}`);
    if (options.interactive === false) throw new UsageError(`--add-system asks for the new system, and --no-interactive says not to ask; leave out --no-interactive, ${instead}`);
    throw new UsageError(`--add-system asks for the new system on the terminal, but ${whyNoWalk(io, options)}; give that file by name, ${instead}`);
  }
  if (canPrompt && !options.allowIncomplete && (options.review || options.addSystem || (await hasToAsk(ctx, options, today)))) {
    refuseSaveBesideAnswers(io, options);
    return assessInteractively(ctx, { ...options, save: options.save ?? 'cyber-ready-answers.yaml', reports: targets }, today);
  }
  warnWalkOptionsUnused(io, options, whyNoWalk(io, options));

  const { assessment, answers } = await loadAssessment(ctx, options.answers, {
    ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}),
    today,
    gates: gatesFrom(options),
    beforeScoring: ({ questionnaire }) => refuseUnknownProfile(questionnaire, options.profile),
  });

  if (assessment.unanswered.length > 0 && !options.allowIncomplete) {
    // Counted as validate, init and the guided walk count: the questions that apply given the answers.
    const toAnswer = assessment.questions.filter((q) => q.notApplicableBy !== 'condition');
    // Only scored questions stop the run (SPEC: --allow-incomplete scores them); text and
    // weight-0 questions are still counted in "to answer", so the numbers match validate and init.
    const missing = toAnswer.filter((q) => q.status === 'unanswered').length;
    const named = assessment.unanswered.map((u) => (u.system === null ? u.question : `${u.question} (${u.system})`));
    const shown = named.slice(0, 5).join(', ') + (named.length > 5 ? ', …' : '');
    const where = firstMissingPlace(assessment, answers);
    const scored = assessment.unanswered.length;
    throw new InputError([
      errorAt(
        where?.file ?? answers.file,
        `${toAnswer.length === 1 ? 'the only question' : `${missing} of the ${countNoun(toAnswer.length, 'question')}`} to answer ${missing === 1 ? 'has' : 'have'} no answer yet${scored < missing ? ` (${scored} of them scored: ${shown})` : ` (${shown})`}; answer ${missing === 1 ? 'it' : 'them'}, or pass --allow-incomplete to score ${missing === 1 ? 'it' : 'them'} ${incompleteScoring(assessment)}`,
        where,
      ),
    ]);
  }

  const format = options.format as ReportFormat;
  const { colorLevel, width } = outputStyle(options.color, io, options.output);
  const text = { width, detail: options.detail === true };
  const github = io.env.GITHUB_ACTIONS === 'true';
  // Looking for the repository costs a few file checks: only formats that name files need it.
  const needsPaths = github || [format, ...targets.map((t) => t.format)].some((f) => FORMATS_WITH_PATHS.includes(f));
  const paths = needsPaths ? { ...reportPaths(io.cwd, options.answers, io.env), keyEnd: answerKeyEnds(answers) } : undefined;
  const unplaced = unplacedWarning(assessment, options.answers, [format, ...targets.map((t) => t.format)]);
  if (unplaced) io.stderr.write(`cyber-ready: warning: ${unplaced}\n`);
  const main = await renderReport(format, assessment, { catalog: ctx.catalog(), colorLevel, ...text, ...(paths ? { paths } : {}) });
  // Every file is rendered first and written all-or-none, so a failure leaves no partial set of reports.
  const written = await writeReports(ctx, assessment, { main, output: options.output, targets, detail: text.detail, paths }, io);
  if (github && paths) {
    // Annotations go to standard error, which the runner reads too, so standard output stays the report.
    for (const line of gateAnnotations(assessment, paths)) io.stderr.write(`${line}\n`);
    const summary = io.env.GITHUB_STEP_SUMMARY;
    const input = summary ? sameFileIn(ctx, summary, ctx.inputs) : undefined;
    // A report written there by -o or --report is the summary the user chose: appending would show it twice.
    const report = summary && !input ? sameFileIn(ctx, summary, written.map((f) => ({ path: resolve(io.cwd, f), display: f }))) : undefined;
    if (input) io.stderr.write(`cyber-ready: warning: GITHUB_STEP_SUMMARY names ${input}, which this run reads; the job summary is not written\n`);
    // Standard output carries the report: a second one appended there ran into it.
    else if (summary && standardStream(resolve(io.cwd, summary)) === 1) io.stderr.write('cyber-ready: warning: GITHUB_STEP_SUMMARY names standard output, which carries the report; the job summary is not written\n');
    else if (summary && !report) {
      try {
        const result = await appendStepSummary(resolve(io.cwd, summary), format === 'markdown' && typeof main === 'string' ? main : (await loadReporter('markdown'))(assessment, { catalog: ctx.catalog(), colorLevel: 0 }));
        if (result === 'no room') io.stderr.write(`cyber-ready: warning: GITHUB_STEP_SUMMARY has less than 4 KiB left of GitHub's limit of 1 MiB a step, so the report is not added to the job summary\n`);
        if (result === 'no reader') io.stderr.write(`cyber-ready: warning: GITHUB_STEP_SUMMARY names a FIFO that nothing is reading (${safeLine(summary)}), so the report is not added to the job summary\n`);
      } catch (error) {
        io.stderr.write(`cyber-ready: warning: could not append to GITHUB_STEP_SUMMARY (${safeLine(summary)}): ${describeWriteError((error as NodeJS.ErrnoException).code, resolve(io.cwd, summary))}\n`);
      }
    }
  }

  // The `gate failed` line is the last on standard error in every mode (README "Readiness as code"):
  // annotations and the job summary's warnings come before it. On a terminal both streams are the
  // screen, so the gate lines also go before the report, which still ends with its score, rating and
  // gates (SPEC "v2: reports") instead of scrolling them away.
  for (const line of failedGateWords(assessment, !github)) io.stderr.write(`${line}\n`);
  if (!options.output) io.stdout.write(main);

  if (!assessment.passed) return ExitCode.GateFailed;
  return ExitCode.Ok;
}

/** The entry point of `cyber-ready assess`, loaded only when the command runs. */
export const runAssess = (io: Io, options: AssessOptions): Promise<number> => assess(new CommandContext(io, options), options);

/**
 * Where to point for the first question still to answer (SPEC: FILE:LINE:COL wherever a place
 * exists): its entry when it has one (an outcome with indicators left, an empty `id:`), else the
 * `answers:` of its scope, in whichever file holds them (a system's own file, or the answers file).
 */
function firstMissingPlace(assessment: Assessment, answers: Answers): Location | undefined {
  const first = assessment.unanswered[0];
  if (!first) return answers.location;
  const entry = assessment.questions.find((q) => q.id === first.question && q.system === first.system)?.answerLocation;
  if (entry) return entry;
  const system = first.system === null ? undefined : answers.systems.find((s) => s.id === first.system);
  const scope = system ?? answers;
  return scope.emptyEntries?.get(first.question) ?? scope.location ?? system?.entryLocation ?? answers.location;
}

/**
 * Which of `files` `path` is (the same file, however named), as it is shown; undefined when none.
 * The job summary is appended to, not replaced, so it never went through the output checks: pointed
 * at the answers file, it appended a report to it (SPEC: an output that resolves to an input is
 * refused); pointed at a report this run wrote, it added a second copy to it.
 */
function sameFileIn(ctx: CommandContext, path: string, files: readonly { path: string; display: string }[]): string | undefined {
  let target: { dev: number; ino: number };
  try {
    target = statSync(resolve(ctx.io.cwd, path));
  } catch {
    return undefined;
  }
  for (const input of files) {
    try {
      const info = statSync(input.path);
      if (info.dev === target.dev && info.ino === target.ino) return input.display;
    } catch {
      // An input that has gone cannot be written over.
    }
  }
  return undefined;
}
