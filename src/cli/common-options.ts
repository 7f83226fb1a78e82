import { Option, type AddHelpTextContext, type Command } from 'commander';
import { wrapText } from '../text/wrap.js';
import { helpItem, widthOf } from './help-layout.js';
import { guardOptionValues, refuseEmptyArguments } from './option-guards.js';
import { collect } from './options.js';

/**
 * The lines that end every command's --help: examples, then what each exit code means, wrapped to
 * the help's width (help-layout.ts: 80 columns when not on a terminal; an example that does not fit
 * 80 is a sign to shorten it: a test runs every one).
 */
// A function, which commander calls only when help is shown: nothing is laid out on every start.
export function helpFooter(examples: string[], exitCodes: string): (context?: AddHelpTextContext) => string {
  return (context) => `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n${wrapText(`Exit codes: ${exitCodes}`, { width: widthOf(context?.command), hangingIndent: '  ', wholeWords: true })}`;
}

const COMMON_OPTIONS: [string, string][] = [
  ['--questionnaire-dir <dir>', 'also look for questionnaires in this folder (repeatable; also CYBER_READY_PATH)'],
  ['--no-color', 'no colour in terminal output (also NO_COLOR; FORCE_COLOR=1 to 3 forces colour, FORCE_COLOR=0 turns it off, either beating NO_COLOR)'],
  ['--debug', 'show stack traces for unexpected errors'],
];

/** What -h says it does, in the same words at the top level, in each command's help and in the list below. */
export const HELP_WORDS = 'show this help';

/**
 * The common options, listed under the top-level --help too (commander shows them only per
 * command), laid out as commander lays out a command's options.
 */
export function commonOptionsHelp(width: number): string {
  const rows = [...COMMON_OPTIONS, ['-h, --help', HELP_WORDS] as [string, string]];
  const termWidth = Math.max(...rows.map(([term]) => term.length));
  const lines = rows.map(([term, text]) => helpItem(term, termWidth, text, width));
  return `\n${wrapText('Options every command takes:', { width, wholeWords: true })}\n${lines.join('\n')}`;
}

/** Options every command takes, so that each command's --help shows them. */
export function addCommonOptions(command: Command): Command {
  const [dir, color, debug] = COMMON_OPTIONS as [[string, string], [string, string], [string, string]];
  // No default value here: commander would print "(default: [])"; the readers treat a missing list as empty.
  command.option(dir[0], dir[1], collect).option(...color).option(...debug);
  // Last, once every option of the command is known.
  guardOptionValues(command);
  return command;
}

/**
 * The common options before the command's name too (`cyber-ready --no-color assess`), where the
 * top-level help lists them: they were refused there as unknown. Given in both places, the folders
 * add up and either `--no-color` counts. Options after the name stay the command's own.
 */
export function acceptCommonOptionsFirst(program: Command): void {
  const [dir, color, debug] = COMMON_OPTIONS as [[string, string], [string, string], [string, string]];
  program
    .enablePositionalOptions()
    .addOption(new Option(dir[0], dir[1]).argParser(collect).hideHelp())
    .addOption(new Option(...color).hideHelp())
    .addOption(new Option(...debug).hideHelp());
  guardOptionValues(program);
  program.hook('preAction', (root, action) => {
    refuseEmptyArguments(action);
    const first = root.opts<{ questionnaireDir?: string[]; color?: boolean; debug?: boolean }>();
    if (first.questionnaireDir) action.setOptionValueWithSource('questionnaireDir', [...first.questionnaireDir, ...(action.getOptionValue('questionnaireDir') as string[] | undefined ?? [])], 'cli');
    if (first.color === false) action.setOptionValueWithSource('color', false, 'cli');
    if (first.debug) action.setOptionValueWithSource('debug', true, 'cli');
  });
}
