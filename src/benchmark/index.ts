import type { BenchmarkFormat, BenchmarkRenderer } from './formats.js';
import { renderBenchmarkHtml } from './render-html.js';
import { renderBenchmarkJson } from './render-json.js';
import { renderBenchmarkMarkdown } from './render-markdown.js';
import { renderBenchmarkText } from './render-text.js';

/** One pure renderer per benchmark format; `satisfies` makes the compiler check every format has one. */
export const benchmarkRenderers = {
  text: renderBenchmarkText,
  markdown: renderBenchmarkMarkdown,
  json: renderBenchmarkJson,
  html: renderBenchmarkHtml,
} satisfies Record<BenchmarkFormat, BenchmarkRenderer>;
