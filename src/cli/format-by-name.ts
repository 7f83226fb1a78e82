// `-o paper.md` without `--format` writes the default text report (SPEC: `text` is the default), so
// a clerk who copied a command without `--format markdown` got a text file named .md, and
// `-o paper.docx` a text file that Word will not open. The default stays; the run says so.
import { REPORT_FORMAT_REGISTRY, REPORT_FORMATS } from '../report/formats.js';

/** The format that the name of `file` suggests, by its ending (none for text): each format's own (report/formats.ts). */
export function formatNamedBy(file: string): string | undefined {
  return REPORT_FORMATS.find((format) => REPORT_FORMAT_REGISTRY[format].ending?.test(file));
}

/** The choice a refused format (or other choice) meant, by case (`JSON`) or by a file ending (`md`, `htm`, `txt`): one of `choices`, or none. */
export function meantChoice(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  if (choices.includes(lower)) return lower;
  const named = lower === 'txt' ? 'text' : formatNamedBy(`x.${lower}`);
  return named !== undefined && choices.includes(named) ? named : undefined;
}

/**
 * A warning for an output file whose name suggests another format than the default text it gets:
 * the format to ask for, or, when the command has no such format, the ones it has.
 */
export function defaultFormatWarning(output: string | undefined, formats: readonly string[]): string | undefined {
  if (output === undefined || output === '-') return undefined;
  const named = formatNamedBy(output);
  if (named === undefined) return undefined;
  const given = `-o ${output} gets the text report, as no --format was given`;
  return formats.includes(named) ? `${given}; for ${named}, add --format ${named}` : `${given} (this command writes no ${named}; its formats are ${formats.join(', ')})`;
}
