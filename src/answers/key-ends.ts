import type { Location } from '../questionnaire/types.js';
import type { Answers } from './types.js';

/**
 * The column just after a quoted key that starts at `column` (1-based) of `line`: after its closing
 * quote. Undefined for a plain key, whose text is its id, or a quote not closed on the line. A key in
 * a JSON answers file is always quoted (`"A1.a": ...`), as a YAML key may be (`"1.10": yes`); a
 * region that counted the id alone ended two columns short, inside the key.
 */
export function quotedKeyEnd(line: string, column: number): number | undefined {
  const open = column - 1;
  const quote = line[open];
  if (quote !== '"' && quote !== "'") return undefined;
  for (let i = open + 1; i < line.length; i++) {
    // Double quotes escape with a backslash (JSON and YAML alike); single quotes by doubling.
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 2;
    }
  }
  return undefined;
}

/**
 * Where a quoted answer key that starts at a place ends, in any file of the answers (the
 * organisation's and every system's), for CI outputs whose region covers the key: SARIF and GitHub
 * annotations. Found when asked, a file split into lines at its first question: an assessment
 * without those outputs pays nothing.
 */
export function answerKeyEnds(answers: Answers): (at: Location) => number | undefined {
  const sources = new Map<string, string>();
  for (const set of [answers, ...answers.systems]) if (set.source !== undefined) sources.set(set.file, set.source);
  const lines = new Map<string, string[]>();
  return ({ file, line, column }) => {
    const source = sources.get(file);
    if (source === undefined) return undefined;
    let split = lines.get(file);
    if (!split) lines.set(file, (split = source.split('\n')));
    return quotedKeyEnd(split[line - 1] ?? '', column);
  };
}
