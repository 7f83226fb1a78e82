import { namedQuestionnaire } from '../answers/load-answers.js';
import { resolve } from 'node:path';
import { InputError, UsageError, errorAt, formatDiagnostic, ExitCode } from '../errors.js';
import { insideFolder } from '../fs/inside-folder.js';
import { inspectTarget } from '../fs/inspect-target.js';
import { safeLine } from '../text/safe-text.js';
import { buildTrend } from '../history/build-trend.js';
import type { TrendFormat } from '../history/formats.js';
import { trendRenderers } from '../history/index.js';
import { scoreVersion, unscored } from '../history/score-version.js';
import { DEFAULT_QUESTIONNAIRE } from './resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import type { TrendVersion } from '../history/types.js';
import { toolVersion } from '../version.js';
import { confirmWritten } from './confirm-written.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { dateInTodaysZone, resolveToday, resolveWidth } from './options.js';
import { noteSystemFiles } from './read-system-files.js';
import { refuseSystemFile } from './refuse-system-file.js';
import { readHistory } from './trend-history.js';
import { writeOutputs } from './write-output.js';

export interface TrendOptions extends CommonOptions {
  questionnaire?: string;
  since?: string;
  format: TrendFormat;
  output?: string;
  today?: string;
}

type Found = { loaded: LoadedQuestionnaire; display: string } | { problem: string };

/** Why a questionnaire could not be had, in one line. */
function problemOf(error: unknown): string {
  if (error instanceof UsageError) return error.message.replace(/; for a questionnaire of your own.*$/, '');
  if (error instanceof InputError) return error.diagnostics[0] ? formatDiagnostic(error.diagnostics[0]) : 'the questionnaire has errors';
  throw error;
}

/**
 * Score every committed version of an answers file. Git is asked for the history in a few batched
 * calls (trend-history); the questionnaires are this installation's, each loaded once; scoring and
 * rendering are pure.
 */
async function trend(ctx: CommandContext, file: string, options: TrendOptions): Promise<number> {
  const { io } = ctx;
  // "-" is standard input to the other commands; a trend needs a file's versions, which a stream has not.
  if (file === '-') throw new UsageError('trend reads the versions of a file in its git history, and standard input has none; give the answers file by its path in the repository');
  const today = resolveToday(options.today, io);
  // A date still to come is most likely a mistyped year: said, and the run goes on as asked.
  if (options.since !== undefined && options.since > today) io.stderr.write(`cyber-ready: warning: --since ${options.since} is later than today (${today}), so the trend shows only the latest version\n`);
  ctx.noteInput(file, file, 'answers file');
  // A questionnaire given with -q must load: that mistake is the user's, not the history's.
  const given = options.questionnaire !== undefined ? await ctx.loadQuestionnaire(options.questionnaire) : undefined;
  const history = await readHistory(io, file, options.since ?? null, dateInTodaysZone(options.today, io));
  const found = new Map<string, Found>();
  if (given) found.set(given.loaded.questionnaire.id, { loaded: given.loaded, display: given.file.display });
  const tool = { name: 'cyber-ready', version: toolVersion() };
  const versions: TrendVersion[] = [];
  // git runs until every version is read: stopped however the run ends.
  try {
    // The system files are inputs of the run as much as the answers file (SPEC "v2: writing files
    // safely"), though they are read from git: those the answers file names now, and those the
    // committed versions depend on, at the same paths in the work tree. None may be written over.
    // The answers file as it is now, read once: an unreadable one names no system files.
    const current = await ctx.parseFile(file).catch((error: unknown) => {
      if (error instanceof InputError) return undefined;
      throw error;
    });
    if (current) noteSystemFiles(ctx, current, file);
    for (const { path, display } of history.systemPaths) ctx.noteInput(path, display, 'system file');
    const questionnaireFor = async (id: string | undefined): Promise<Found> => {
      const key = id ?? given?.loaded.questionnaire.id ?? DEFAULT_QUESTIONNAIRE;
      let hit = found.get(key);
      if (!hit) {
        try {
          const loaded = await ctx.loadQuestionnaire(key);
          hit = { loaded: loaded.loaded, display: loaded.file.display };
        } catch (error) {
          hit = { problem: problemOf(error) };
        }
        found.set(key, hit);
      }
      return hit;
    };
    // A system's own file has no council answers to score: refused, as every command that scores does.
    if (current?.data !== null && typeof current?.data === 'object' && 'system' in current.data) {
      const hit = await questionnaireFor(namedQuestionnaire(current));
      refuseSystemFile(current, 'loaded' in hit ? hit.loaded.questionnaire : undefined, options);
    }
    // One version at a time is read, parsed and scored: only its row is kept (trend-history).
    for (const version of history.versions) {
      // -q is the questionnaire to score against, as for assess: a version that answers another one
      // is not scored against a questionnaire of its own choosing behind the user's back.
      const givenId = given?.loaded.questionnaire.id;
      if (givenId !== undefined && version.named !== null && version.named.id !== givenId) {
        versions.push(unscored(version, 'not-comparable', `answers questionnaire ${version.named.id}, not ${givenId} given with -q`));
        continue;
      }
      const questionnaire = await questionnaireFor(version.named?.id);
      const read = await history.read(version);
      versions.push(scoreVersion(read.version, questionnaire, read.systemFile, tool));
    }
  } finally {
    history.close();
  }
  for (const v of versions) v.baseline = v.commit === history.baseline;
  const questionnaires = new Map(
    [...found].flatMap(([id, f]) => ('loaded' in f ? [[id, { version: f.loaded.questionnaire.version, title: f.loaded.questionnaire.title, systemLabel: f.loaded.questionnaire.systemScoped ? f.loaded.questionnaire.systemLabel : null, systemLabelPlural: f.loaded.questionnaire.systemScoped ? f.loaded.questionnaire.systemLabelPlural : null }] as const] : [])),
  );
  // A paper on the trend names the council: as the file names it now, or as it last did.
  const organisation = history.versions.findLast((v) => v.organisation !== null)?.organisation ?? null;
  const result = buildTrend({ answersFile: file, organisation, today, since: options.since ?? null, tool, versions, questionnaires, notes: history.notes, current: history.current });
  const rendered = trendRenderers[options.format](result, { width: options.output ? 100 : resolveWidth(io) });
  if (options.output) {
    refuseGitFolder(io, options.output, history.gitDirs);
    await writeOutputs(ctx, [{ target: options.output, content: rendered }]);
    confirmWritten(io, [options.output]);
  } else io.stdout.write(rendered);
  return ExitCode.Ok;
}

/**
 * The history comes from the repository's git folder, read by git all through the run: `-o
 * .git/HEAD` replaced HEAD with the report and left a repository git no longer knew. No file in
 * it is the user's to write a report into, so the whole folder is refused.
 */
function refuseGitFolder(io: Io, output: string, gitDirs: readonly string[]): void {
  let real: string;
  try {
    real = inspectTarget(resolve(io.cwd, output)).real;
  } catch {
    return; // said by writeOutputs, in its words
  }
  const dir = gitDirs.find((d) => insideFolder(real, d));
  if (dir) throw new InputError([errorAt(output, `cannot write: it is inside the repository's git folder (${safeLine(dir)}), which trend reads its history from; choose a file outside it`)]);
}

export const runTrend = (io: Io, file: string, options: TrendOptions): Promise<number> => trend(new CommandContext(io, options), file, options);
