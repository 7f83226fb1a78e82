import type { BenchmarkFormat, BenchmarkRenderer } from './formats.js';

/**
 * The renderer for one format, loaded only when asked for (a JSON run never loads terminal colours).
 * The switch is exhaustive: a format without a case does not compile.
 */
export async function loadBenchmarkRenderer(format: BenchmarkFormat): Promise<BenchmarkRenderer> {
  switch (format) {
    case 'text':
      return (await import('./render-text.js')).renderBenchmarkText;
    case 'markdown':
      return (await import('./render-markdown.js')).renderBenchmarkMarkdown;
    case 'json':
      return (await import('./render-json.js')).renderBenchmarkJson;
    case 'html':
      return (await import('./render-html.js')).renderBenchmarkHtml;
  }
}
