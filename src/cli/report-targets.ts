import { UsageError } from '../errors.js';
import { quoteValue } from '../text/odd-characters.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { listWords } from '../text/list-words.js';
import { meantChoice } from './format-by-name.js';

/** A report asked for with `--report FMT=FILE`. */
export interface ReportTarget<F extends string = ReportFormat> {
  format: F;
  file: string;
}

/**
 * `--report FMT=FILE` into its parts, refusing unknown formats before any work is done; `formats`
 * are those the command renders (assess: every report format; diff: its own three).
 */
export function parseReportTargets<F extends string = ReportFormat>(specs: string[], formats: readonly F[] = REPORT_FORMATS as unknown as readonly F[]): ReportTarget<F>[] {
  const isFormat = (name: string): name is F => (formats as readonly string[]).includes(name);
  return specs.map((spec) => {
    const at = spec.indexOf('=');
    const format = spec.slice(0, at);
    const file = spec.slice(at + 1);
    if (at <= 0 || file.trim() === '') throw new UsageError(`--report takes FORMAT=FILE (such as json=report.json), not ${quoteValue(spec)}`);
    if (!isFormat(format)) {
      const meant = meantChoice(format, formats);
      throw new UsageError(`--report: unknown format ${quoteValue(format)}${meant ? ` (did you mean ${meant}?)` : ''}; choose from ${listWords(formats)}`);
    }
    // Standard output carries the --format report; a second one there would run into it.
    if (file === '-') throw new UsageError(`--report writes a file, and standard output carries the --format report: for ${format} there, use --format ${format}`);
    // `markdown==r.md`, a slip for `markdown=r.md`, named a file "=r.md"; one so named is still ./=r.md away.
    if (file.startsWith('=')) throw new UsageError(`--report takes FORMAT=FILE with one "=", not ${quoteValue(spec)}; did you mean --report ${format}=${file.slice(1)}? (${format}=./${file} writes a file so named)`);
    return { format, file };
  });
}
