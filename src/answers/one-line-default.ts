// A saved text with line breaks (a note or answer written in the answers file as a YAML block) as
// the default of a one-line prompt. Tab types the default, to be edited; typed with its line breaks,
// the line reader ended its line at each of them and kept only what followed the last, so the first
// key typed then replaced the rest, and Enter saved what was left. The prompt is given the text on
// one line instead, and that line, given back unchanged, is read back as the text the file has, as
// Enter alone keeps it.

/** A line break in text from a file or a paste: Windows', Unix's, an old Mac's, and Word's Shift+Enter (a vertical tab). */
const BREAK = /\r\n|[\r\n\v]/g;
const AT_ENDS = /^(?:\r\n|[\r\n\v])+|(?:\r\n|[\r\n\v])+$/g;

/** Text on one line: each line break a space, and none at either end. */
export function oneLine(text: string): string {
  return text.replace(AT_ENDS, '').replace(BREAK, ' ');
}

interface DefaultConfig {
  default?: string;
  validate?: (value: string) => unknown;
}

/**
 * A prompt whose default is given to it on one line (see oneLine), and whose reply, when it is that
 * line unchanged, is the default as given, line breaks and all, for both its check and its answer.
 */
export function oneLineDefault<C extends DefaultConfig, R extends unknown[]>(prompt: (config: C, ...rest: R) => Promise<string>): (config: C, ...rest: R) => Promise<string> {
  return async (config, ...rest) => {
    const saved = config.default;
    if (saved === undefined) return prompt(config, ...rest);
    const line = oneLine(saved);
    if (line === saved) return prompt(config, ...rest);
    const asSaved = (value: string): string => (value === line ? saved : value);
    const { validate } = config;
    const text = await prompt({ ...config, default: line, ...(validate ? { validate: (value: string) => validate(asSaved(value)) } : {}) }, ...rest);
    return asSaved(text);
  };
}
