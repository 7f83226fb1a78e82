import { REPORT_FORMAT_REGISTRY, type ReportFormat, type TextFormat } from './formats.js';
import type { BinaryReporter, ReportContent, ReportContext, Reporter } from './types.js';
import type { Assessment } from '../scoring/assessment.js';
import { nameSystemsApart } from './systems-named-apart.js';

/**
 * The renderer for one format, loaded from the registry only when it is asked for (formats.ts).
 * Every format but JSON, which is the assessment as data, names systems that share a title apart.
 */
export async function loadReporter(format: TextFormat): Promise<Reporter>;
export async function loadReporter(format: ReportFormat): Promise<Reporter | BinaryReporter>;
export async function loadReporter(format: ReportFormat): Promise<Reporter | BinaryReporter> {
  const render = await REPORT_FORMAT_REGISTRY[format].load();
  if (format === 'json') return render;
  // The same kind of renderer, text or bytes, as the one it wraps.
  return ((a: Assessment, ctx: ReportContext) => render(nameSystemsApart(a), ctx)) as typeof render;
}

/** Any format's report, text or bytes. */
export async function renderReport(format: ReportFormat, assessment: Assessment, context: ReportContext): Promise<ReportContent> {
  return (await loadReporter(format))(assessment, context);
}
