import { UsageError } from '../errors.js';
import { REPORT_FORMATS, isReportFormat, type ReportFormat } from '../report/formats.js';
import { listWords } from '../text/suggest.js';

/** A report asked for with `--report FMT=FILE`. */
export interface ReportTarget {
  format: ReportFormat;
  file: string;
}

/** `--report FMT=FILE` into its parts, refusing unknown formats before any work is done. */
export function parseReportTargets(specs: string[]): ReportTarget[] {
  return specs.map((spec) => {
    const at = spec.indexOf('=');
    const format = spec.slice(0, at);
    const file = spec.slice(at + 1);
    if (at <= 0 || file.trim() === '') throw new UsageError(`--report takes FORMAT=FILE (such as json=report.json), not ${JSON.stringify(spec)}`);
    if (!isReportFormat(format)) throw new UsageError(`--report: unknown format "${format}"; choose from ${listWords(REPORT_FORMATS)}`);
    // Standard output carries the --format report; a second one there would run into it.
    if (file === '-') throw new UsageError(`--report writes a file, and standard output carries the --format report: for ${format} there, use --format ${format}`);
    return { format, file };
  });
}
