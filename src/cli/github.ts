import { probeFifo } from '../fs/fifo-probe.js';
import type { Diagnostic } from '../errors.js';
import { machinePath, machinePlaces } from '../report/places.js';
import { reportPaths } from './repo-root.js';
import type { ReportPaths } from '../report/types.js';
import { relative, resolve, sep } from 'node:path';
import type { Assessment } from '../scoring/assessment.js';
import type { DiffGateResult } from '../scoring/diff-assessments.js';
import { safeLine } from '../text/safe-text.js';

/** GitHub shows at most 10 error annotations per step; the rest are summed up in one more. */
export const MAX_ANNOTATIONS = 10;
/** A step summary may hold at most 1 MiB. */
export const MAX_SUMMARY_BYTES = 1024 * 1024;
const MAX_MESSAGE = 4000;

// Workflow commands (actions/runner ActionCommand.cs): data escapes %, CR and LF; property values
// also escape : and ,. % goes first, so the runner's unescaping gives back exactly the text. Other
// control characters are made visible, as everywhere text reaches a log.
const escapeData = (text: string): string => safeLine(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error` workflow commands for every failed gate, placed on the answer that caused it. The file
 * is relative to the repository root, as GitHub shows files (the runner keeps a relative path as
 * it is), a system's own file when the answer lives there, and never a questionnaire under
 * node_modules.
 */
export function gateAnnotations(a: Assessment, paths: ReportPaths): string[] {
  const placeOf = machinePlaces(a, paths);
  const failures = a.gates.filter((g) => !g.passed).flatMap((g) => g.failures.map((f) => ({ gate: g, f })));
  const lines = failures.slice(0, failures.length > MAX_ANNOTATIONS ? MAX_ANNOTATIONS - 1 : MAX_ANNOTATIONS).map(({ gate, f }) => {
    const place = placeOf(f.location, f.question, f.system);
    const props = [
      ...(place ? [`file=${escapeProperty(place.path)}`, `line=${place.startLine}`, `col=${place.startColumn}`] : []),
      ...(place?.endColumn !== undefined ? [`endColumn=${place.endColumn}`] : []),
      `title=${escapeProperty(`cyber-ready: ${gate.title}`)}`,
    ];
    return `::error ${props.join(',')}::${escapeData(f.message.slice(0, MAX_MESSAGE))}`;
  });
  if (failures.length > MAX_ANNOTATIONS) {
    const rest = failures.length - (MAX_ANNOTATIONS - 1);
    lines.push(`::error title=${escapeProperty('cyber-ready')}::${escapeData(`${rest} more gate failures; see the report for all of them`)}`);
  }
  return lines;
}

/**
 * A warning with a file as a `::warning` workflow command, so a pull request shows it on the line it
 * is about, as gate failures are; it replaces the `FILE:LINE:COL: warning:` line rather than adding
 * one. Null for a file GitHub cannot show (standard input, outside the work tree the run is in,
 * node_modules), which keeps its plain line. The path is relative to the root of the work tree that holds the file.
 */
export function warningAnnotation(d: Diagnostic, cwd: string, env: Record<string, string | undefined>): string | null {
  const paths = reportPaths(cwd, d.file, env);
  // Only files of the work tree the job runs in: the base branch checked out beside it for `diff`
  // (`git worktree add base`) is a work tree of its own, and its `readiness.yaml` named relative to
  // its own root would put a warning about the old file on the new file's line.
  if (paths.root !== reportPaths(cwd, '-', env).root) return null;
  const path = machinePath(d.file, paths);
  if (path === null) return null;
  const props = [`file=${escapeProperty(path)}`, ...(d.line !== undefined ? [`line=${d.line}`, `col=${d.column ?? 1}`] : []), `title=${escapeProperty('cyber-ready')}`];
  return `::warning ${props.join(',')}::${escapeData(d.message.slice(0, MAX_MESSAGE))}`;
}

/**
 * `::error` workflow commands for the failures of `diff`'s gates, at the answer in the later files
 * (a path relative to the repository root, as for assess), so a pull request shows each on its line.
 */
export function diffGateAnnotations(gates: readonly DiffGateResult[], paths: ReportPaths): string[] {
  const failures = gates.filter((g) => !g.passed).flatMap((g) => g.failures.map((f) => ({ gate: g, f })));
  const base = paths.root ?? paths.cwd;
  const lines = failures.slice(0, failures.length > MAX_ANNOTATIONS ? MAX_ANNOTATIONS - 1 : MAX_ANNOTATIONS).map(({ gate, f }) => {
    const file = relative(base, resolve(paths.cwd, f.location.file)).split(sep).join('/');
    const props = [`file=${escapeProperty(file)}`, `line=${f.location.line}`, `col=${f.location.column}`, `title=${escapeProperty(`cyber-ready: ${gate.title}`)}`];
    return `::error ${props.join(',')}::${escapeData(f.message.slice(0, MAX_MESSAGE))}`;
  });
  if (failures.length > MAX_ANNOTATIONS) {
    const rest = failures.length - (MAX_ANNOTATIONS - 1);
    lines.push(`::error title=${escapeProperty('cyber-ready')}::${escapeData(`${rest} more gate failures; see the report for all of them`)}`);
  }
  return lines;
}

/** Less room than this is no room: not even the summary page of the report would fit. */
const MIN_SUMMARY_BYTES = 4 * 1024;

/** Why the report was not added to the job summary, in words for a warning; `added` when it was. */
export type SummaryResult = 'added' | 'no room' | 'no reader';

/**
 * Append the markdown report to the job summary, cut short (with a note) if it would pass GitHub's
 * limit. The limit is on the step's whole file, and other commands of the step (another answers
 * file's run, an `echo >> $GITHUB_STEP_SUMMARY`) may have written to it first: past the limit
 * GitHub drops the whole summary, theirs too.
 */
export async function appendStepSummary(file: string, markdown: string): Promise<SummaryResult> {
  const { appendFile, stat, truncate } = await import('node:fs/promises'); // loaded only in GitHub Actions
  const info = await stat(file).catch(() => undefined);
  // GitHub's is a file; a FIFO is someone's own set-up, and one that no one reads made the job wait
  // for ever: it is skipped, with a warning.
  const probe = await probeFifo(file, info?.isFIFO() === true);
  if (probe === null) return 'no reader';
  try {
    return await appendReport(file, markdown, info?.isFile() ? info.size : 0, appendFile);
  } catch (error) {
    // A full disk stopped the append part way, mid-word: what was added goes, so the summary ends
    // where the step's other commands left it rather than in half a report.
    if (info === undefined || info.isFile()) await truncate(file, info?.size ?? 0).catch(() => undefined);
    throw error;
  } finally {
    await probe?.close();
  }
}

async function appendReport(file: string, markdown: string, used: number, appendFile: typeof import('node:fs/promises').appendFile): Promise<SummaryResult> {
  const room = MAX_SUMMARY_BYTES - used;
  let text = `${markdown}\n`;
  if (Buffer.byteLength(text) > room) {
    if (room < MIN_SUMMARY_BYTES) return 'no room';
    const note = '\n\n_The report was cut short to fit the job summary; publish the full report as an artifact._\n';
    const budget = room - Buffer.byteLength(note);
    text = `${Buffer.from(text).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '').replace(/\n[^\n]*$/, '')}${note}`;
  }
  await appendFile(file, text, 'utf8');
  return 'added';
}
