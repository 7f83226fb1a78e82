/**
 * The report formats by name. Kept apart from the renderers so that the command line can list and
 * check them without loading any renderer; the registry in index.ts must cover exactly these.
 */
export const REPORT_FORMATS = ['text', 'markdown', 'json', 'junit', 'sarif', 'gitlab', 'csv', 'html', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Formats whose report is bytes, not text: never sent to a terminal, written as they are. */
export const BINARY_FORMATS = ['docx'] as const satisfies readonly ReportFormat[];
export type BinaryFormat = (typeof BINARY_FORMATS)[number];
export type TextFormat = Exclude<ReportFormat, BinaryFormat>;
export const isBinaryFormat = (name: ReportFormat): name is BinaryFormat => (BINARY_FORMATS as readonly string[]).includes(name);
/** Formats that name files and so need to know where the repository is (ReportContext.paths). */
export const FORMATS_WITH_PATHS: readonly ReportFormat[] = ['sarif', 'gitlab'];
export const isReportFormat = (name: string): name is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(name);

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
