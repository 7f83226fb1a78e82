import type { ReportFormat, TextFormat } from './formats.js';
import type { BinaryReporter, ReportContent, ReportContext, Reporter } from './types.js';
import type { Assessment } from '../scoring/assessment.js';
import { nameSystemsApart } from './systems-named-apart.js';

/**
 * The renderer for one format, loaded only when it is asked for, so that a JSON run never loads
 * terminal colours or XML escaping, and nothing but a docx run loads the Word library. Every format
 * but JSON, which is the assessment as data, names systems that share a title apart. (The eager
 * registry in index.ts is for callers that want every renderer.)
 */
export async function loadReporter(format: TextFormat): Promise<Reporter>;
export async function loadReporter(format: ReportFormat): Promise<Reporter | BinaryReporter>;
export async function loadReporter(format: ReportFormat): Promise<Reporter | BinaryReporter> {
  const render = await importReporter(format);
  if (format === 'json') return render;
  // The same kind of renderer, text or bytes, as the one it wraps.
  return ((a: Assessment, ctx: ReportContext) => render(nameSystemsApart(a), ctx)) as typeof render;
}

/** The switch is exhaustive: a format without a case here does not compile. */
async function importReporter(format: ReportFormat): Promise<Reporter | BinaryReporter> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).renderText;
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'junit':
      return (await import('./junit.js')).renderJunit;
    case 'sarif':
      return (await import('./sarif.js')).renderSarif;
    case 'gitlab':
      return (await import('./gitlab.js')).renderGitlab;
    case 'csv':
      return (await import('./csv.js')).renderCsv;
    case 'html':
      return (await import('./html.js')).renderHtml;
    case 'docx':
      return (await import('./docx.js')).renderDocx;
  }
}

/** Any format's report, text or bytes. */
export async function renderReport(format: ReportFormat, assessment: Assessment, context: ReportContext): Promise<ReportContent> {
  return (await loadReporter(format))(assessment, context);
}
