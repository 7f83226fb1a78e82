import { displayWidth, wrapText } from './wrap.js';

/**
 * A line of prose that ends in a command to run, laid out for a terminal `width` columns wide:
 * the prose wrapped between words with a hanging indent, the command after it when it fits there,
 * else on a line of its own, indented when it fits so. A command too long for any line goes whole
 * at the margin: the terminal wraps it softly, and a soft-wrapped line is copied as one line.
 */
export function fitCommand(line: string, command: string | undefined, width: number): string {
  const prose = wrapText(line, { width, hangingIndent: '  ' });
  if (command === undefined) return prose;
  const last = prose.slice(prose.lastIndexOf('\n') + 1);
  if (displayWidth(`${last} ${command}`) <= width) return `${prose} ${command}`;
  return displayWidth(`  ${command}`) <= width ? `${prose}\n  ${command}` : `${prose}\n${command}`;
}

/**
 * fitCommand for a terminal of `columns` (one column kept free, as a cursor in the last one wraps),
 * or the whole line as it is when there is no terminal width (a file, a pipe): every line that ends
 * in a command is laid out by this rule.
 */
export function fitToTerminal(line: string, command: string | undefined, columns: number | undefined): string {
  if (!columns) return command === undefined ? line : `${line} ${command}`;
  return fitCommand(line, command, columns - 1);
}
