import { giveUp, type LineTable } from './simple-yaml-parts.js';

// The simple YAML reader's block scalars (see simple-yaml.ts): `|` kept as written and `>` folded,
// with clip (default) or strip (`-`) chomping and the indentation found from the first line. Anything
// else (keep chomping, an explicit indentation, more-indented lines in a folded scalar, trailing
// spaces) is left to the full parser.

const BLOCK_SCALAR_HEADER = /^([|>])(-?)(?: +#.*| *)$/;

/**
 * The block scalar whose `header` (`|`, `>-`, and an optional comment) ends line `line` of `src`,
 * under a key or dash at column `indent`: its text, and the line after its last.
 */
export function readBlockScalar(src: string, { starts, ends, firsts }: LineTable, line: number, header: string, indent: number): { text: string; next: number } {
  const count = starts.length;
  const match = BLOCK_SCALAR_HEADER.exec(header);
  if (!match) giveUp(); // keep (+), explicit indentation, or something after the header
  const folded = match![1] === '>';
  const strip = match![2] === '-';
  let i = line + 1;
  if (i >= count || starts[i] === ends[i]) giveUp(); // empty, or leading empty lines
  const blockIndent = firsts[i]! - starts[i]!;
  if (blockIndent <= indent) giveUp();
  const lines: string[] = [];
  for (; i < count; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (start === end) {
      lines.push('');
      continue;
    }
    const lineIndent = firsts[i]! - start;
    if (start + lineIndent >= end) giveUp(); // a line of spaces only
    if (lineIndent < blockIndent) break;
    if (folded && lineIndent > blockIndent) giveUp(); // more-indented lines fold differently
    if (src.charCodeAt(end - 1) === 32) giveUp(); // trailing spaces are not kept alike in every style
    lines.push(src.slice(start + blockIndent, end));
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return { text: strip ? joinBlock(lines, folded) : `${joinBlock(lines, folded)}\n`, next: i };
}

/** The lines of a block scalar as one text: kept as they are (`|`), or folded (`>`). */
function joinBlock(lines: string[], folded: boolean): string {
  if (!folded) return lines.join('\n');
  let text = lines[0]!;
  let breaks = 0;
  for (let k = 1; k < lines.length; k++) {
    if (lines[k] === '') {
      breaks++;
      continue;
    }
    text += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    text += lines[k];
    breaks = 0;
  }
  return text;
}
