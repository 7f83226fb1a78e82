import type { ReportFormat } from './formats.js';
import type { Reporter } from './types.js';

/**
 * The renderer for one format, loaded only when it is asked for, so that a JSON run never loads
 * terminal colours or XML escaping. The switch is exhaustive: a format without a case here does
 * not compile. (The eager registry in index.ts is for callers that want every renderer.)
 */
export async function loadReporter(format: ReportFormat): Promise<Reporter> {
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
  }
}
