// The report formats and their renderers: one registry (formats.ts), whose entries load their
// renderer when asked (loadReporter), so importing this never loads a renderer.
export { REPORT_FORMAT_REGISTRY as reporters, REPORT_FORMATS, isReportFormat, type ReportFormat } from './formats.js';
export { loadReporter, renderReport } from './load-reporter.js';
