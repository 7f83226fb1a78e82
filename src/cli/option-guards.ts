import type { EventEmitter } from 'node:events';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { quoteValue } from '../text/odd-characters.js';
import { safeLine } from '../text/safe-text.js';
import { collect } from './options.js';
import { listWords } from '../text/list-words.js';

/**
 * Mistakes on the command line that commander lets through without a word, refused for every
 * option of a command that takes a value (each with exit 2, as any usage error):
 *
 * - Given twice with different values (`--min-score 50 --min-score 70`, `--fail-on high --fail-on
 *   critical`): commander keeps the last, so a stricter gate written earlier in a CI job was dropped
 *   silently. Options that collect (`--report`, `--questionnaire-dir`) are meant to be repeated, and
 *   the same value twice is harmless.
 * - Followed by one of the command's own options where its value should be (`init -o --force`,
 *   `-o $UNSET --detail`): commander took the option as the value and wrote a file called
 *   "--force". No option value of this tool starts with the name of one of its options.
 * - Empty (`-q "$UNSET"`), for options that have no parser of their own to say so: an empty
 *   questionnaire or folder name read as the current folder. Only white space (`-o "$DIR $NAME"`
 *   with both unset) is refused too: it wrote a file called " " that no listing shows plainly.
 */
export function guardOptionValues(command: Command): void {
  const flags = new Set(['--', '-h', '--help']);
  for (const option of command.options) {
    if (option.short) flags.add(option.short);
    if (option.long) flags.add(option.long);
  }
  const isOption = (value: string): boolean => flags.has(value.split('=')[0] as string) || (/^-[a-zA-Z]/.test(value) && flags.has(value.slice(0, 2)));
  const given = new Map<string, string>();
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    const repeatable = option.parseArg === collect;
    const plain = option.parseArg === undefined || repeatable;
    // Ahead of commander's own listener, so `--min-score --fail-on critical` is told its value is
    // missing rather than that "--fail-on" is not a number.
    (command as unknown as EventEmitter).prependListener(`option:${option.name()}`, (value: unknown) => {
      if (typeof value !== 'string') return;
      const name = `option '${option.flags}'`;
      if (isOption(value)) throw new UsageError(`${name} has no value: the word after it, ${quoteValue(value)}, is an option${/<file>/.test(option.flags) ? ` (a file whose name starts with "-" is written ./${value})` : ''}`);
      if (plain && value.trim() === '') throw new UsageError(`${name} was given ${emptyWords(value)}`);
      if (repeatable) return;
      const earlier = given.get(option.name());
      if (earlier !== undefined && earlier !== value) throw new UsageError(`${name} was given twice, as ${quoteValue(earlier)} and as ${quoteValue(value)}; give it once`);
      given.set(option.name(), value);
    });
  }
}

/** How an empty or blank value is described: quoted when it is white space, which would not show. */
const emptyWords = (value: string): string => (value === '' ? 'an empty value (is a variable unset?)' : `only white space, ${quoteValue(value)} (is a variable unset?)`);

/**
 * An empty positional argument (`validate "$ANSWERS"` with the variable unset) was read as the
 * current folder ("<empty>: is a folder") or as a questionnaire id "", whose hint then named the
 * current folder as a place to look.
 */
export function refuseEmptyArguments(command: Command): void {
  command.registeredArguments.forEach((argument, i) => {
    const value: unknown = command.processedArgs[i];
    const values = Array.isArray(value) ? value : [value];
    const blank = values.find((v): v is string => typeof v === 'string' && v.trim() === '');
    if (blank !== undefined) throw new UsageError(`the <${argument.name()}> argument of ${command.name()} is ${blank === '' ? 'empty (is a variable unset?)' : emptyWords(blank)}`);
  });
}

/**
 * An option of another command given to this one (`validate --format json`, `list --min-score 70`)
 * was only "unknown", as though the tool had no such option: the message says which commands take
 * it. Commander's own suggestion of a near name, when it has one, is left as it is.
 */
export function sayWhoseOptionItIs(program: Command, command: Command, text: string): string {
  const m = /^error: unknown option '([^']+)'\s*$/.exec(text);
  if (!m) return text;
  const flag = (m[1] as string).split('=')[0] as string;
  const owners = program.commands.filter((c) => c !== command && c.options.some((o) => o.long === flag || o.short === flag)).map((c) => c.name());
  if (owners.length === 0) return text;
  const names = listWords(owners, 'and');
  return `error: unknown option '${m[1]}' for ${command.name()}; it is an option of ${names}\n`;
}

/**
 * Commander quotes a value its parser refused just as it was given: a no-break space or a zero-width
 * space in `--fail-on "high​"` did not show, and a 5,000-character `--label` filled the screen. Such
 * a value is quoted as values from files are (invisible characters named, a long value cut); an
 * ordinary one keeps commander's words.
 */
export function quoteRefusedValue(text: string): string {
  const m = /^(error: option '[^']*' argument )'([\s\S]*)'( is invalid\.[\s\S]*)$/.exec(text) ?? /^(error: command-argument value )'([\s\S]*)'( is invalid for argument [\s\S]*)$/.exec(text);
  if (!m) return text;
  const [, before = '', value = '', after = ''] = m;
  const quoted = safeLine(quoteValue(value));
  // Escape sequences alone are shown escaped in commander's words as they are; a line break would end the line there.
  return quoted === `"${safeLine(value)}"` && !/[\r\n]/.test(value) ? text : `${before}${quoted}${after}`;
}
