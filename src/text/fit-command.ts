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
