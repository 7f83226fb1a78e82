import { NBSP, displayWidth, keepTogether, spacesBack, wrapText } from './wrap.js';

/**
 * A line of prose that ends in a command to run, laid out for a terminal `width` columns wide:
 * the prose wrapped between words with a hanging indent, the command after it when it fits there,
 * else on a line of its own, indented when it fits so. A command too long for any line goes whole
 * at the margin: the terminal wraps it softly, and a soft-wrapped line is copied as one line.
 * `apart`: the command on a line of its own however short the prose's last line, as where a walk
 * stops: after a paragraph of what is saved and what is not, a command at the end of its last line
 * read as the end of that sentence.
 */
export function fitCommand(line: string, command: string | undefined, width: number, apart = false): string {
  // Apart, the words that lead into the command ("Carry on with:") are kept on one line: wrapped,
  // "with:" stood alone above the command. Not where the line has a no-break space of its own to keep.
  const tail = apart && command !== undefined && !line.includes(NBSP) ? /(?:\S+ ){0,2}\S+$/.exec(line) : null;
  const held = tail ? `${line.slice(0, tail.index)}${keepTogether(tail[0])}` : line;
  const prose = tail ? spacesBack(wrapText(held, { width, hangingIndent: '  ' })) : wrapText(line, { width, hangingIndent: '  ' });
  if (command === undefined) return prose;
  const last = prose.slice(prose.lastIndexOf('\n') + 1);
  if (!apart && displayWidth(`${last} ${command}`) <= width) return `${prose} ${command}`;
  return displayWidth(`  ${command}`) <= width ? `${prose}\n  ${command}` : `${prose}\n${command}`;
}

/**
 * fitCommand for a terminal of `columns` (one column kept free, as a cursor in the last one wraps),
 * or the whole line as it is when there is no terminal width (a file, a pipe): every line that ends
 * in a command is laid out by this rule.
 */
export function fitToTerminal(line: string, command: string | undefined, columns: number | undefined, apart = false): string {
  if (!columns) return command === undefined ? line : `${line}${apart ? '\n  ' : ' '}${command}`;
  return fitCommand(line, command, columns - 1, apart);
}
