import { namedQuestionnaire } from '../answers/load-answers.js';
import { ExitCode, InputError, errorAt } from '../errors.js';
import { renderDiff } from '../report/diff.js';
import { DIFF_FORMATS, type DiffFormat } from '../report/formats.js';
import { diffAssessments, type DiffGateResult, type RegressionFailure } from '../scoring/diff-assessments.js';
import { earlierFileDay } from '../scoring/diff-judged-day.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import type { Location } from '../questionnaire/types.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { assessmentWarnings, loadAssessment } from './load-assessment.js';
import { outputStyle, resolveToday, resolveWidth } from './options.js';
import { confirmWritten } from './confirm-written.js';
import { writeOutputs } from './write-output.js';
import { safeLine } from '../text/safe-text.js';
import { diffGateAnnotations } from './github.js';
import { reportPaths } from './repo-root.js';
import { checkReportDestinations } from './report-destinations.js';
import { parseReportTargets } from './report-targets.js';
import { refuseSharedSystemFiles } from './shared-system-files.js';

export interface DiffOptions extends CommonOptions {
  questionnaire?: string;
  format: DiffFormat;
  output?: string;
  /** `--report FMT=FILE`: the result in another format as well (SPEC shares assess's report options with diff). */
  report?: string[];
  failOnRegression?: boolean;
  today?: string;
}


/** The failures of a gate by kind, each kind with what it names: "1 answer regressed: logged (revenues); 1 critical system removed: waste". */
function gateLine(gate: DiffGateResult, label: string, many: string): string {
  const kinds: [RegressionFailure['kind'], string, string][] = [
    ['regressed', 'answer regressed', 'answers regressed'],
    ['no-longer-answered', 'answer no longer answered', 'answers no longer answered'],
    ['system-removed', `${label} removed`, `${many} removed`],
  ];
  return kinds.flatMap(([kind, one, many]) => {
    const of = gate.failures.filter((f) => f.kind === kind);
    if (!of.length) return [];
    const names = of.map((f) => (f.question === null ? (f.system ?? '') : f.system === null ? f.question : `${f.question} (${f.system})`));
    return [`${of.length} ${of.length === 1 ? one : many}: ${names.join(', ')}`];
  }).join('; ');
}

/**
 * Where the later file lists its systems (its `systems:` key), for a system taken off that list: a
 * GitHub annotation lands on the list it was taken from. Null when the file has no such key.
 */
function systemsKey(parsed: ParsedYaml): Location | null {
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('systems' in data)) return null;
  const place = parsed.positions.keyOf('/systems');
  return place === undefined ? null : { file: parsed.file, line: place.line, column: place.column };
}

/** A top-level key of a parsed file, as written (undefined where the file is not a mapping). */
function headerField(parsed: ParsedYaml, key: string): unknown {
  const data = parsed.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

async function diff(ctx: CommandContext, oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const { io } = ctx;
  const today = resolveToday(options.today, io);
  // Refused before any file is read, as assess does: an unknown format, or two reports to one stream.
  const targets = parseReportTargets(options.report ?? [], DIFF_FORMATS);
  await checkReportDestinations(io, options.format, options.output, targets);
  // Both files are scored against one questionnaire: the later file's (or the one given).
  // Loaded quietly: the later file is read first (for its questionnaire), but its warnings are said
  // after the earlier file's, each file's by line, as a reader goes through old then new.
  const newParsed = await ctx.parseFile(newFile);
  const after = await loadAssessment(ctx, newFile, { parsed: newParsed, ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}), today, quiet: true });
  // Two questionnaires cannot be compared: say so once, at the place in the earlier file.
  const oldParsed = await ctx.parseFile(oldFile);
  const oldNames = oldParsed.data !== undefined ? namedQuestionnaire(oldParsed) : undefined;
  const newId = after.loaded.questionnaire.id;
  if (oldNames !== undefined && oldNames !== newId) {
    const given = options.questionnaire !== undefined ? `-q gives "${newId}"` : `${newFile} answers "${newId}"`;
    throw new InputError([errorAt(oldParsed.file, `these answers are for questionnaire "${oldNames}", but ${given}; diff compares two answers files of one questionnaire`, oldParsed.positions.of('/questionnaire'))]);
  }
  // What lapsed is judged with the earlier file on the day it was assessed, where that is earlier
  // than the later file's (diff-judged-day); what came back, with it on the later day, as the later
  // file is. Its `assessedOn` is read as written: a bad one stops the load below anyway.
  const before = await loadAssessment(ctx, oldFile, {
    parsed: oldParsed,
    questionnaire: { ...after.loaded, display: after.display, bundled: after.bundled },
    ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}),
    today: earlierFileDay(headerField(oldParsed, 'assessedOn'), headerField(newParsed, 'assessedOn'), today),
    quiet: true,
  });
  const beforeOnLaterDay = before.assessment.today === today ? before.assessment : scoreAssessment(before.loaded.questionnaire, before.answers, { today, tool: before.assessment.tool, warnings: [], questionnaireFile: before.display, questionnaireBundled: before.bundled, gates: {} });
  refuseSharedSystemFiles(io.cwd, { parsed: oldParsed, path: oldFile }, { parsed: newParsed, path: newFile });
  for (const { assessment } of [before, after]) ctx.warn(assessmentWarnings(assessment));
  const result = diffAssessments(before.assessment, after.assessment, { failOnRegression: options.failOnRegression === true, systemsPlace: systemsKey(newParsed), beforeOnLaterDay,
    answersVersions: { old: before.answers.questionnaireVersion ?? null, new: after.answers.questionnaireVersion ?? null },
  });
  // The papers name each file from the working folder (diff-file-names); the JSON names them as given.
  const paths = reportPaths(io.cwd, newFile, io.env);
  const rendered = await renderDiff(options.format, result, { ...outputStyle(options.color, io, options.output), paths });
  // Every file is rendered first (no colour, a file's width) and written all or none, as assess's reports are.
  const files: { target: string; content: string | Uint8Array }[] = [];
  for (const t of targets) files.push({ target: t.file, content: await renderDiff(t.format, result, { colorLevel: 0, width: resolveWidth(io, { isTTY: false }), paths }) });
  if (options.output) files.push({ target: options.output, content: rendered });
  await writeOutputs(ctx, files, { stdoutCarriesReport: !options.output });
  confirmWritten(io, files.map((f) => f.target));
  if (!options.output) io.stdout.write(rendered);
  // Regressions in any scope count: the organisation's and those of every system in both files, an
  // answer taken out, and a system taken off the list (diff-gate says why).
  const failed = result.gates.filter((g) => !g.passed);
  if (failed.length) {
    // FILE:LINE:COL first, as assess gives them, so CI logs and editors lead to the answer; then one line naming them all.
    // Under GitHub Actions, annotations on the answers instead, as assess gives them.
    const github = io.env.GITHUB_ACTIONS === 'true';
    if (github) for (const line of diffGateAnnotations(failed, paths)) io.stderr.write(`${line}\n`);
    for (const gate of failed) {
      if (!github) for (const f of gate.failures) io.stderr.write(`${safeLine(f.location.file)}:${f.location.line}:${f.location.column}: gate ${gate.id} failed: ${safeLine(f.message)}\n`);
      io.stderr.write(`cyber-ready: ${safeLine(gateLine(gate, result.systemLabel ?? 'system', result.systemLabelPlural ?? 'systems'))}\n`);
    }
    return ExitCode.GateFailed;
  }
  return ExitCode.Ok;
}

export const runDiff = (io: Io, oldFile: string, newFile: string, options: DiffOptions): Promise<number> => diff(new CommandContext(io, options), oldFile, newFile, options);
