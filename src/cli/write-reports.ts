import type { ReportContent, ReportPaths } from '../report/types.js';
import { renderReport } from '../report/load-reporter.js';
import type { Assessment } from '../scoring/assessment.js';
import type { CommandContext } from './context.js';
import { confirmWritten } from './confirm-written.js';
import type { Io } from './io.js';
import { resolveWidth } from './options.js';
import type { ReportTarget } from './report-targets.js';
import { writeOutputs } from './write-output.js';

/**
 * The files a run writes at its end, the same for `assess` and for the guided walk: every
 * `--report` rendered for a file (no colour, a file's width), then `-o` with the main report, all
 * written or none, and said on `told`'s standard error when a person is watching. Returns the
 * files as named.
 */
export async function writeReports(
  ctx: CommandContext,
  assessment: Assessment,
  reports: { main: ReportContent; output?: string | undefined; targets: readonly ReportTarget[]; detail: boolean; paths?: ReportPaths | undefined },
  told: Io,
): Promise<string[]> {
  const { main, output, targets, detail, paths } = reports;
  const context = { catalog: ctx.catalog(), colorLevel: 0 as const, width: resolveWidth(ctx.io, { isTTY: false }), detail, ...(paths ? { paths } : {}) };
  const files = await Promise.all(targets.map(async (t) => ({ target: t.file, content: await renderReport(t.format, assessment, context) })));
  if (output) files.push({ target: output, content: main });
  await writeOutputs(ctx, files, { stdoutCarriesReport: !output });
  const written = files.map((f) => f.target);
  confirmWritten(told, written);
  return written;
}
