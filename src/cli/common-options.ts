import type { Command } from 'commander';
import { collect } from './options.js';

/** The lines that end every command's --help: examples, then what each exit code means. */
export function helpFooter(examples: string[], exitCodes: string): string {
  return `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\nExit codes: ${exitCodes}`;
}

/** The common options, listed under the top-level --help too (commander shows them only per command). */
export const COMMON_OPTIONS_HELP = `
Options every command takes:
  --questionnaire-dir <dir>  also look for questionnaires in this folder (repeatable; also CYBER_READY_PATH)
  --no-color                 no colour in terminal output (also NO_COLOR; FORCE_COLOR=1
                             to 3 forces colour, FORCE_COLOR=0 turns it off, either
                             beating NO_COLOR)
  --debug                    show stack traces for unexpected errors
  -h, --help                 help for the command`;

/** Options every command takes, so that each command's --help shows them. */
export function addCommonOptions(command: Command): Command {
  return command
    // No default value here: commander would print "(default: [])"; the readers treat a missing list as empty.
    .option('--questionnaire-dir <dir>', 'also look for questionnaires in this folder (repeatable; also CYBER_READY_PATH)', collect)
    .option('--no-color', 'no colour in terminal output (also NO_COLOR; FORCE_COLOR=1 to 3 forces colour, FORCE_COLOR=0 turns it off, either beating NO_COLOR)')
    .option('--debug', 'show stack traces for unexpected errors');
}
