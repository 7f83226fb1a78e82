import type { BinaryReporter, Reporter } from './types.js';

/** What the command line needs to know of a format without loading its renderer. */
interface FormatFacts {
  /** Whether it names files and so needs to know where the repository is (ReportContext.paths). */
  readonly paths: boolean;
  /**
   * The ending of an output file's name that suggests the format (`-o paper.md` without `--format`
   * warns that it gets text; cli/format-by-name.ts), or null. No two formats' endings match the same
   * name, so the order of the registry decides nothing.
   */
  readonly ending: RegExp | null;
}

interface TextFormatEntry extends FormatFacts {
  readonly binary: false;
  readonly load: () => Promise<Reporter>;
}

/** A report that is bytes, not text: never sent to a terminal, written as it is. */
interface BinaryFormatEntry extends FormatFacts {
  readonly binary: true;
  readonly load: () => Promise<BinaryReporter>;
}

/**
 * The report formats, in the order `--help` lists them, each with its facts and the loader of its
 * renderer (STYLE: a typed registry). A renderer is loaded only when its format is asked for, so a
 * JSON run never loads terminal colours or XML escaping, and nothing but a docx run loads the Word
 * library; the command line lists and checks formats from here without loading any. An entry that
 * leaves out a fact does not compile.
 */
export const REPORT_FORMAT_REGISTRY = {
  text: { binary: false, paths: false, ending: null, load: async () => (await import('./text.js')).renderText },
  markdown: { binary: false, paths: false, ending: /\.(md|markdown)$/i, load: async () => (await import('./markdown.js')).renderMarkdown },
  // Not a name another format takes: a SARIF log (x.sarif.json) or a GitLab report (below).
  json: { binary: false, paths: false, ending: /(?<!\.sarif)(?<!code-?quality[^/\\]*)\.json$/i, load: async () => (await import('./json.js')).renderJson },
  junit: { binary: false, paths: false, ending: /\.xml$/i, load: async () => (await import('./junit.js')).renderJunit },
  sarif: { binary: false, paths: true, ending: /\.sarif(\.json)?$/i, load: async () => (await import('./sarif.js')).renderSarif },
  // GitLab's own name for the report (`gl-code-quality-report.json`), and names like it.
  gitlab: { binary: false, paths: true, ending: /code-?quality[^/\\]*(?<!\.sarif)\.json$/i, load: async () => (await import('./gitlab.js')).renderGitlab },
  csv: { binary: false, paths: false, ending: /\.csv$/i, load: async () => (await import('./csv.js')).renderCsv },
  html: { binary: false, paths: false, ending: /\.html?$/i, load: async () => (await import('./html.js')).renderHtml },
  docx: { binary: true, paths: false, ending: /\.docx$/i, load: async () => (await import('./docx.js')).renderDocx },
} as const satisfies Record<string, TextFormatEntry | BinaryFormatEntry>;

type Registry = typeof REPORT_FORMAT_REGISTRY;
export type ReportFormat = keyof Registry;
export type BinaryFormat = { [F in ReportFormat]: Registry[F]['binary'] extends true ? F : never }[ReportFormat];
export type TextFormat = Exclude<ReportFormat, BinaryFormat>;

export const REPORT_FORMATS = Object.keys(REPORT_FORMAT_REGISTRY) as readonly ReportFormat[];
export const isReportFormat = (name: string): name is ReportFormat => Object.hasOwn(REPORT_FORMAT_REGISTRY, name);
export const isBinaryFormat = (name: ReportFormat): name is BinaryFormat => REPORT_FORMAT_REGISTRY[name].binary;
/** Formats that name files and so need to know where the repository is (ReportContext.paths). */
export const FORMATS_WITH_PATHS: readonly ReportFormat[] = REPORT_FORMATS.filter((f) => REPORT_FORMAT_REGISTRY[f].paths);

/** diff's formats, in the order `--help` lists them; `docx` is a binary format, as assess's is (isBinaryFormat). */
export const DIFF_FORMATS = ['text', 'markdown', 'json', 'html', 'docx'] as const satisfies readonly ReportFormat[];
export type DiffFormat = (typeof DIFF_FORMATS)[number];
