// GitHub's runner reads every line a step prints as a possible workflow command: a line that starts
// with `::` once leading whitespace is trimmed (`::add-mask::`, `::stop-commands::`, `::error::`),
// and, in the older syntax, `##[` anywhere in a line. Report text holds what questionnaires and
// answers files say (titles, notes, owners, system names), which a pull request can set, so printed
// as it is under GitHub Actions such text could hide the log, mask values or forge annotations.
//
// Each is broken without adding a line, in the way the document's own reader undoes: a character
// reference in XML and HTML, a \u escape in JSON (both read back as exactly the same text), and in
// anything else (the terminal text, markdown, CSV, one-line messages) a WORD JOINER (U+2060), which
// shows as nothing and which the runner does not trim as whitespace.

const JOINER = '\u2060';
/** `::` at the start of a line, after any indentation: the runner trims that indentation first. */
const LEADING = /^([ \t\r\f\v\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/gm;
const OLD_SYNTAX = /##\[/g;

export type RunnerInertStyle = 'json' | 'xml' | 'text';

/**
 * The style a whole document is in. JSON only when it parses as JSON: the terminal report starts
 * with the questionnaire's title, which may itself start with `[`. XML and HTML by their prolog.
 */
export function runnerInertStyle(document: string): RunnerInertStyle {
  const start = document.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      JSON.parse(document);
      return 'json';
    } catch {
      return 'text';
    }
  }
  return /^<(\?xml|!doctype)/i.test(start) ? 'xml' : 'text';
}

/** The text with nothing the runner would take for a workflow command; `style` is asked only when there is something to break. */
export function runnerInert(text: string, style: (text: string) => RunnerInertStyle = runnerInertStyle): string {
  if (!text.includes('::') && !text.includes('##[')) return text; // the usual case: nothing to do
  switch (style(text)) {
    // JSON never starts a line inside a string (a string holds no raw line break), and outside
    // strings has no `##[`: only `##[` inside strings can occur, and \u005b reads back as `[`.
    case 'json':
      return text.replace(OLD_SYNTAX, '##\\u005b');
    case 'xml':
      return text.replace(OLD_SYNTAX, '##&#91;').replace(LEADING, '$1&#58;');
    case 'text':
      return text.replace(OLD_SYNTAX, `##${JOINER}[`).replace(LEADING, `$1:${JOINER}`);
  }
}
