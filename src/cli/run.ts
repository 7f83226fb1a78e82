import { Command, CommanderError } from 'commander';
import { ExitCode, InputError, UsageError, diagnosticLines, errorAt } from '../errors.js';
import { diagnosticLine } from './diagnostic-line.js';
import { STDIN_NAME, SentToInputError } from '../yaml/read-source.js';
import { runnerInert } from '../text/runner-inert.js';
import { safeBlock, safeLine } from '../text/safe-text.js';
import { toolVersion } from '../version.js';
import { wrapText } from '../text/wrap.js';
import { registerCommands } from './commands.js';
import { HELP_WORDS, acceptCommonOptionsFirst, commonOptionsHelp, helpFooter } from './common-options.js';
import { helpLayout, helpWidth, widthOf } from './help-layout.js';
import { quoteRefusedValue, sayWhoseOptionItIs } from './option-guards.js';
import { choiceHint, excessArgumentsHint, missingValueHint, optionBeforeCommandHint, unknownCommandHint } from './usage-hints.js';
import type { Io } from './io.js';

/**
 * Standard input can be read once: a second "-" in one run (`validate - -`, `diff - -`) found it
 * empty and said "the file is empty", which blamed the input. Said as the usage mistake it is.
 */
function readingStdinOnce(io: Io): Io {
  let read = false;
  return {
    ...io,
    readStdin: (maxBytes) => {
      if (read) return Promise.reject(new InputError([errorAt(STDIN_NAME, 'standard input was read already in this run; give "-" for one file only')]));
      read = true;
      return io.readStdin(maxBytes);
    },
  };
}

/**
 * Under GitHub Actions the runner reads what the run prints for workflow commands, and reports print
 * text that questionnaires and answers files (so a pull request) can set: each write is made inert
 * (see runner-inert.ts), without adding or removing a line. Standard output sent to a file
 * (`> report.json`) never reaches the runner and is left byte for byte. On standard error every line
 * starts with words of the tool's own (`cyber-ready:`, a file name, or an annotation it made), so only
 * the older `##[` form, which the runner finds anywhere in a line, needs breaking there.
 */
function inertToRunner(io: Io): Io {
  if (io.env.GITHUB_ACTIONS !== 'true') return io;
  const { stdout, stderr } = io;
  const toFile = io.streamFile?.(1) !== undefined;
  // Getters, so that whether a stream is a terminal is still asked only when something needs it.
  return {
    ...io,
    stdout: {
      write: (text) => stdout.write(typeof text === 'string' && !toFile ? runnerInert(text) : text),
      get isTTY() {
        return stdout.isTTY;
      },
      get columns() {
        return stdout.columns;
      },
    },
    stderr: {
      write: (text) => stderr.write(text.includes('##[') ? text.replace(/##\[/g, '##\u2060[') : text),
      get isTTY() {
        return stderr.isTTY;
      },
      get columns() {
        return stderr.columns;
      },
    },
  };
}

/**
 * The whole command line as a function: argv in, exit code out. Only bin/ touches `process`, so
 * tests run the same cases in-process and through the spawned binary.
 */
export async function run(argv: string[], givenIo: Io): Promise<number> {
  const io = inertToRunner(readingStdinOnce(givenIo));
  let exitCode: number = ExitCode.Ok;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('cyber-ready')
    .description('How ready is your council for a cyber attack? Score a questionnaire, list the gaps in priority order, gate CI on the result.')
    .version(toolVersion(), '-v, --version')
    // Before the commands are made, which take the help option from here: one wording everywhere.
    .helpOption('-h, --help', HELP_WORDS)
    .helpCommand('help [command]', 'show the help of a command')
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp(helpLayout)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Laid out for the streams the help goes to (help-layout.ts), not for process.stdout.
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io, io.stderr),
      // One line per error, in the same `cyber-ready: ...` form as every other usage error, with
      // commander's suggestion on the same line ("; did you mean ...?", as for an unknown question)
      // rather than on a second. Commander quotes the argument it refused, which may hold escape
      // sequences (from a CI variable): shown escaped, as all text that reaches a terminal is, and
      // an invisible character in it named (quoteRefusedValue).
      outputError: (text, write) =>
        write(`cyber-ready: ${safeBlock(quoteRefusedValue(choiceHint(text)).replace(/^error: /, '').trimEnd().replace(/\s*\n\(Did you mean (.*)\)$/, '; did you mean $1'))}\n`),
    });
  acceptCommonOptionsFirst(program);
  registerCommands(program, io, setExit);
  const footer = helpFooter(
    ['cyber-ready assess --answers examples/council-cyber-resilience.answers.yaml', 'cyber-ready assess -a readiness.yaml --min-score 70 --fail-on critical', 'cyber-ready validate readiness.yaml', 'cyber-ready show council-cyber-resilience > questionnaire.md'],
    '0 ok, 1 a gate failed, 2 could not assess (bad usage or input), 130 interrupted (Ctrl-C), 143 stopped by SIGTERM, 129 by SIGHUP.',
  );
  program.addHelpText('after', (context) => {
    const width = widthOf(context.command);
    return `${footer(context)}\n${commonOptionsHelp(width)}\n\n${wrapText("Run `cyber-ready COMMAND --help` for a command's own options.", { width, wholeWords: true })}`;
  });
  // -V, the flag before -v was added, still prints the version. `help NAME` for a command that
  // does not exist printed the whole help to standard error without saying what was wrong: it
  // is reported as the unknown command it is, with a suggestion.
  const unknownHelp = argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1]);
  const parsed = argv[0] === '-V' ? ['--version', ...argv.slice(1)] : unknownHelp ? [argv[1] as string] : argv;
  // Commander's words for a usage mistake, told with the way on (usage-hints.ts).
  const output = { ...program.configureOutput() };
  const say = (text: string, write: (text: string) => void): void => output.outputError?.(text, write);
  program.configureOutput({ outputError: (text, write) => say(optionBeforeCommandHint(program, parsed, unknownCommandHint(program, io.cwd, text)), write) });
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ ...output, outputError: (text, write) => say(missingValueHint(command, excessArgumentsHint(command, io.cwd, sayWhoseOptionItIs(program, command, text))), write) });
  }

  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(parsed, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; every usage mistake is exit 2 as SPEC says.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.CannotAssess;
    }
    if (error instanceof InputError || error instanceof SentToInputError) {
      // Not into the file that standard error was sent to, which this run reads: to standard output
      // instead, or nowhere when both go to it (the exit code still says).
      const streams = error instanceof SentToInputError ? error.streams : [];
      const out = !streams.includes(2) ? io.stderr : !streams.includes(1) ? io.stdout : undefined;
      for (const line of diagnosticLines(error.diagnostics, (d) => diagnosticLine(d, io))) out?.write(`${line}\n`);
      return ExitCode.CannotAssess;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`cyber-ready: ${safeLine(error.message)}\n`);
      return ExitCode.CannotAssess;
    }
    const err = error as Error | undefined;
    io.stderr.write(`cyber-ready: internal error: ${safeLine(String(err?.message ?? error))}${debug ? `\n${String(err?.stack)}` : ' (run again with --debug for details)'}\n`);
    return ExitCode.CannotAssess;
  }
}

// For bin/: how it writes standard output and error.
export { createOutput } from './output.js';
