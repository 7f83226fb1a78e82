import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import type { BinaryFormat, TextFormat } from './formats.js';
import { renderGitlab } from './gitlab.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { BinaryReporter, Reporter } from './types.js';

/** One pure renderer per format; `satisfies` makes the compiler check it covers every format. */
export const reporters = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  junit: renderJunit,
  sarif: renderSarif,
  gitlab: renderGitlab,
  csv: renderCsv,
  html: renderHtml,
  docx: renderDocx,
} satisfies Record<TextFormat, Reporter> & Record<BinaryFormat, BinaryReporter>;

export { REPORT_FORMATS, isReportFormat, type ReportFormat } from './formats.js';

