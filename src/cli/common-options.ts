import type { Command } from 'commander';
import { collect } from './options.js';

/** Options every command takes, so that each command's --help shows them. */
export function addCommonOptions(command: Command): Command {
  return command
    .option('--questionnaire-dir <dir>', 'also look for questionnaires in this folder (repeatable; also CYBER_READY_PATH)', collect, [])
    .option('--no-color', 'no colour in terminal output (also NO_COLOR)')
    .option('--debug', 'show stack traces for unexpected errors');
}
