import { renderJson } from './json.js';
import { renderText } from './text.js';
import type { Reporter } from './types.js';

export const reporters = {
  text: renderText,
  json: renderJson,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;

export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[];

export const isReportFormat = (name: string): name is ReportFormat => Object.hasOwn(reporters, name);
