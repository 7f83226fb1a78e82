import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { quoteValue } from '../text/odd-characters.js';
import { safeLine } from '../text/safe-text.js';
import { listWords } from '../text/list-words.js';
import { countNoun } from '../text/plural-noun.js';
import { shellWord } from '../text/shell-word.js';
import { meantChoice } from './format-by-name.js';

// Commander's words for a usage mistake say what was wrong and stop there ("too many arguments for
// 'assess'. Expected 0 arguments but got 1."). Each mistake people make while learning the tool from
// its help is told here with the way on: what to type instead, or where to read. Each function takes
// commander's text and gives it back unchanged when it is not the mistake it knows.

/**
 * A word that names a file: a regular file that is there, "-" (standard input), or a name ending as
 * answers files do. A folder is not one: `cyber-ready examples` is not told to assess "examples".
 */
function looksLikeFile(word: string, cwd: string): boolean {
  return word === '-' || /\.(ya?ml|json)$/i.test(word) || (word.trim() !== '' && statSync(resolve(cwd, word), { throwIfNoEntry: false })?.isFile() === true);
}

/**
 * Words a suggested command can give as typed: none with a control character (a newline, a tab),
 * which a terminal line shows changed, so that pasting the line would name another file. With one,
 * the suggestion is left out and the way on said in words.
 */
const pastable = (words: readonly string[]): boolean => words.every((word) => safeLine(word) === word);

/** A command's arguments as its help shows them: `<old> <new>`, `[questionnaire]`. */
const argumentsShown = (command: Command): string =>
  command.registeredArguments.map((a) => `${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`).join(' ');

/**
 * `assess council.answers.yaml`, as validate, share, diff and trend take their files: assess takes
 * it as --answers, and the command to type is given. Any other command given more arguments than
 * it takes (`list extra`, `share a b`) is told how many it takes and where its usage is.
 */
export function excessArgumentsHint(command: Command, cwd: string, text: string): string {
  if (!/^error: too many arguments/.test(text)) return text;
  const name = command.name();
  const given = command.args;
  // Only while no --answers is given: with one, a second file is not what --answers would fix.
  const file = name === 'assess' && command.getOptionValue('answers') === undefined ? given.find((word) => looksLikeFile(word, cwd)) : undefined;
  if (file !== undefined) return `error: assess takes the answers file as --answers FILE${pastable([file]) ? `: cyber-ready assess --answers ${shellWord(file)}` : ''}\n`;
  const wanted = command.registeredArguments;
  // "at most" when any is optional (`show [questionnaire]`): one is not needed, as "takes 1" said.
  const most = wanted.some((a) => !a.required) ? 'at most ' : '';
  const takes = wanted.length === 0 ? 'no arguments' : `${most}${countNoun(wanted.length, 'argument')} (${argumentsShown(command)})`;
  const shown = given.slice(0, 3).map((word) => quoteValue(word));
  return `error: ${name} takes ${takes}, but was given ${given.length}: ${listWords(given.length > 3 ? [...shown, '…'] : shown, 'and')}; run cyber-ready ${name} --help for its usage\n`;
}

/**
 * An unknown command with the way on: a command the word begins (`bench` for benchmark, too far
 * from it for commander's spelling suggestion), a file given in a command's place (assess it),
 * else the help that lists the commands. Commander's own suggestion, when it has one, is kept.
 */
export function unknownCommandHint(program: Command, cwd: string, text: string): string {
  const m = /^error: unknown command '([\s\S]*)'\s*$/.exec(text);
  if (!m) return text;
  const word = m[1] as string;
  // Said on one line, whatever the word holds (a name with a newline).
  const said = safeLine(word);
  const names = program.commands.map((c) => c.name());
  const begun = word === '' ? [] : names.filter((n) => n.startsWith(word.toLowerCase()));
  if (begun.length > 0) return `error: unknown command '${said}'; did you mean ${listWords(begun)}?\n`;
  if (looksLikeFile(word, cwd) && word !== '-') return `error: unknown command '${said}'; to assess that file: ${pastable([word]) ? `cyber-ready assess --answers ${shellWord(word)}` : 'give it to assess as --answers FILE'}\n`;
  return `error: unknown command '${said}'; run cyber-ready --help for the commands\n`;
}

/**
 * A command's own option before the command's name (`cyber-ready --format json list`): only the
 * options every command takes may go there (README), so it is refused as before, but saying whose
 * option it is and, when the command named after it takes it, the command line with it moved.
 */
export function optionBeforeCommandHint(program: Command, argv: readonly string[], text: string): string {
  const m = /^error: unknown option '([^']+)'/.exec(text);
  if (!m) return text;
  const given = m[1] as string;
  const flag = given.split('=')[0] as string;
  const takes = (c: Command): boolean => c.options.some((o) => o.long === flag || o.short === flag);
  const owners = program.commands.filter(takes);
  if (owners.length === 0) return text;
  const at = commandAt(program, argv);
  const named = at < 0 ? undefined : owners.find((c) => c.name() === argv[at]);
  const moved = named && pastable(argv) ? `: cyber-ready ${[named.name(), ...argv.slice(0, at), ...argv.slice(at + 1)].map(shellWord).join(' ')}` : '';
  return `error: unknown option '${given}' before the command; it is an option of ${listWords(owners.map((c) => c.name()), 'and')}, and goes after the command's name${moved}\n`;
}

/**
 * Where the command's name is in a command line whose options come first: the first word that names
 * a command and is not the value of the option before it (`-o diff assess`: "diff" is -o's file).
 * An option takes a value when the program's or any command's option of that flag does, as commander
 * would read it once moved; a value written on the flag (`--format=json`, `-fjson`) takes no word.
 */
function commandAt(program: Command, argv: readonly string[]): number {
  const options = [program, ...program.commands].flatMap((c) => c.options);
  const takesValue = (word: string): boolean => /^--?[^-=]/.test(word) && !word.includes('=') && !/^-[^-]./.test(word) && options.some((o) => (o.long === word || o.short === word) && (o.required || o.optional));
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') return -1;
    if (program.commands.some((c) => c.name() === word)) return i;
    if (takesValue(word)) i++;
  }
  return -1;
}

/** Commander's refusal of a value not among an option's choices, with the choice meant when there is one. */
export function choiceHint(text: string): string {
  const m = /^(error: option '[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*))\.\s*$/.exec(text);
  if (!m) return text;
  const meant = meantChoice(m[2] as string, (m[3] as string).split(', '));
  return meant === undefined ? text : `${m[1] as string}; did you mean ${meant}?\n`;
}

/**
 * A required argument or an option's value left out (`cyber-ready validate`, `diff a`,
 * `assess --answers`): commander names what is missing and stops; the command's usage line is said
 * with it, and where to read more.
 */
export function missingValueHint(command: Command, text: string): string {
  const name = command.name();
  const argument = /^error: missing required argument '([^']+)'\s*$/.exec(text)?.[1];
  if (argument !== undefined) return `error: ${name} needs its <${argument}> argument: cyber-ready ${name} ${command.usage()}; run cyber-ready ${name} --help for more\n`;
  const option = /^error: option '([^']+)' argument missing\s*$/.exec(text)?.[1];
  if (option !== undefined) return `error: option '${option}' needs a value after it; run cyber-ready ${name} --help for what it takes\n`;
  return text;
}
