#!/usr/bin/env node
'use strict';
// With terminal.js beside it, the only code that touches `process`: argv in, exit code out. CommonJS (bin/package.json says so),
// so that starting the tool does not start Node's ES module loader as well.
const { existsSync, fstatSync, readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The oldest Node the tool runs on, as package.json's "engines" says (a test keeps them equal). npm
 * only warns when a dependency's engines are not met, and .npmrc's engine-strict is not published,
 * so an older Node would run the tool and fail half way (a Word report needs zlib.crc32, Node
 * 20.15): it is told in one line instead.
 */
const MIN_NODE = '20.17.0';
function nodeTooOld(version) {
  const have = version.split('.').map(Number);
  const need = MIN_NODE.split('.').map(Number);
  for (let i = 0; i < need.length; i++) if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) < need[i];
  return false;
}
if (nodeTooOld(process.versions.node)) {
  writeSync(2, `cyber-ready: needs Node.js ${MIN_NODE} or later, and this is Node.js ${process.version}; install a newer Node.js (the current LTS) and run it again\n`);
  process.exit(2);
}

const dist = join(__dirname, '../dist');
/** The file of dist/ that a copy without its build lacks (boot.cjs first), or undefined when it is built. */
const missingBuild = () => ['boot.cjs', 'cli.cjs'].find((file) => !existsSync(join(dist, file)));

/**
 * dist/ is made by the build, which npm runs (the prepare script) when it installs the tool from git.
 * An npm that skips a dependency's scripts (npm 12 unless package.json's allowScripts names it, or
 * --ignore-scripts) leaves no dist/: say so in one line, with the way out, rather than a stack trace.
 */
function start() {
  try {
    return require('../dist/boot.cjs').load(dist, process.env);
  } catch (error) {
    const missing = missingBuild();
    if (missing === undefined) throw error;
    writeSync(2, `cyber-ready: this copy of the tool is not built (${join(dist, missing)} is missing), as when npm installs it from git without running its build; add "allowScripts": { "cyber-ready": true } to your package.json and install it again, or in a clone of it run npm run build\n`);
    process.exit(2);
  }
}

/**
 * `cyber-ready --version` (or -v, or -V), and nothing else, is answered here from package.json, as
 * the full command line would answer it, without loading the bundle: CI jobs print the version in
 * every run's log, and loading the bundle's 700 KB of compiled code to print five characters took a
 * third as long again as starting Node. Tests check that it says what the command line says.
 */
function printVersionOnly(args) {
  if (args.length !== 1 || !['--version', '-v', '-V'].includes(args[0])) return false;
  // A copy that is not built says so (start() below), also to a check that runs only --version.
  if (missingBuild() !== undefined) return false;
  let version;
  try {
    version = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version;
  } catch {
    return false;
  }
  if (typeof version !== 'string') return false;
  try {
    writeSync(1, `${version}\n`);
  } catch (error) {
    // A closed pipe (`cyber-ready --version | true`) is not worth a word, as below.
    if (error.code === 'EPIPE') process.exit(0);
    cannotWrite('output', error);
  }
  return true;
}

// Standard output or error cannot be written (a full disk): one line where it can still go, exit 2.
function cannotWrite(name, error) {
  const why = String(error.message).replace(/^[A-Z]+: /, '').replace(/, write$/, '');
  try {
    writeSync(2, `cyber-ready: cannot write to standard ${name}: ${why}\n`);
  } catch {
    // Standard error is gone too: the exit code is all that is left to say it.
  }
  process.exit(2);
}

if (printVersionOnly(process.argv.slice(2))) process.exit(0);

/**
 * The folder the tool runs in. Node asks the system for it, which fails when that folder has been
 * removed since the shell went into it: that was a stack trace and exit 1, which CI reads as a failed
 * gate. Asked here, before the bundle loads, so every command (and --help) says it in one line, exit 2.
 * Node keeps the answer, so nothing later asks the system again.
 */
function currentFolder() {
  try {
    return process.cwd();
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'the current folder no longer exists' : `cannot read the current folder (${String(error.message).replace(/^[A-Z]+: /, '').replace(/, uv_cwd$/, '')})`;
    try {
      writeSync(2, `cyber-ready: ${why}; cd to another folder and run again\n`);
    } catch {
      // Standard error is gone too: the exit code says it.
    }
    process.exit(2);
  }
}
const cwd = currentFolder();

const loaded = start();
const { run, createOutput } = loaded.cli;

/**
 * Asking node:tty loads it, and net and streams with it, so rule out what cannot be a terminal first:
 * anything but a character device, and on Linux the memory devices (major 1: /dev/null, /dev/zero,
 * /dev/urandom), which is what standard input is in most CI jobs.
 */
function isTerminal(fd) {
  try {
    const info = fstatSync(fd);
    if (!info.isCharacterDevice()) return false;
    if (process.platform === 'linux' && ((info.rdev >> 8) & 0xfff) === 1) return false;
  } catch {
    return false;
  }
  return require('node:tty').isatty(fd);
}

// A reader that goes away (`cyber-ready assess ... | head`) gets nothing more, and the command runs
// to its end: it used to stop there with exit 0, so a failed gate passed in a pipefail shell (as
// GitHub Actions runs bash) and its annotations and job summary were never written.
/** bin/terminal.js: the prompts' terminal, loaded once a command opens its prompts. */
let terminal;
const terminalOf = () => (terminal ??= require('./terminal.js'));
// After SIGHUP at a prompt the terminal may be gone: what cannot be written to it then is dropped.
const failed = (name) => (error) => (terminal?.hungUp() ? undefined : cannotWrite(name, error));
/** Set once anything goes through Node's own streams, which may still hold unwritten output at the end (see the end of the file). */
let streamsUsed = false;
const stdout = createOutput(1, {
  writeSync,
  isTerminal,
  // Only asked when the text report goes to a terminal: process.stdout is a tty stream then.
  columns: () => process.stdout.columns,
  onFailed: failed('output'),
  stream: () => {
    streamsUsed = true;
    if (process.stdout.listenerCount('error') === 0) {
      process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE' || error.code === 'ECONNRESET') stdout.close();
        else failed('output')(error);
      });
    }
    return process.stdout;
  },
});
const stderr = createOutput(2, { writeSync, isTerminal, columns: () => process.stderr.columns, onFailed: failed('error'), stream: () => ((streamsUsed = true), process.stderr) });

// Stops as soon as more than maxBytes have come, so `cat /dev/zero | cyber-ready validate -` ends.
async function readStdin(maxBytes) {
  // Node reads a folder given as standard input (`< folder`) as nothing at all, which was then called
  // an empty file: its read error is raised here, to be said as what it is.
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // Left to the read itself to say.
  }
  if (folder) throw Object.assign(new Error('standard input is a folder'), { code: 'EISDIR' });
  streamsUsed = true;
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/**
 * While files are written: a stop signal (Ctrl-C, a cancelled CI job's SIGTERM, a closed terminal's
 * SIGHUP) first removes the temporary files not yet renamed into place, then ends the run as the
 * signal would have. Without it every such stop left `.report.json.PID.RANDOM.tmp` files beside the
 * reports. Writing itself is synchronous, so a signal that comes during it is handled when it is
 * done: the files are then whole, and the run still ends by the signal. The listeners stay one turn
 * of the event loop longer than the writing, so such a signal still finds them.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function whileWriting(tidy) {
  const stop = (signal) => {
    for (const s of STOP_SIGNALS) process.removeListener(s, stop);
    try {
      tidy();
    } catch {
      // Nothing more can be done about a file that will not go.
    }
    // A prompt open now (terminal.js, onStop) ends the walk its own way, saying what is saved.
    if (process.listenerCount(signal) > 0) return;
    try {
      process.kill(process.pid, signal);
    } catch {
      // A signal this system cannot send (SIGHUP on Windows): the exit status a shell gives for it.
      process.exit(128 + require('./terminal.js').signalNumber(signal));
    }
  };
  for (const s of STOP_SIGNALS) process.on(s, stop);
  return () => setImmediate(() => STOP_SIGNALS.forEach((s) => process.removeListener(s, stop)));
}

/** The regular file standard output (1) or error (2) was sent to (`> report.txt`), as `DEV:INO`; else undefined. */
function streamFile(fd) {
  try {
    const info = fstatSync(fd);
    return info.isFile() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

const stdinIsTTY = isTerminal(0);
let promptStreams;
const args = process.argv.slice(2);
run(args, {
  stdout,
  stderr,
  stdinIsTTY,
  readStdin,
  env: process.env,
  cwd,
  now: () => new Date(),
  // Prompts read the terminal and draw on standard error (terminal.js, openPrompt), so standard output
  // stays the report. Opened only when a command asks, so a run that prompts for nothing opens nothing.
  ...(stdinIsTTY ? { prompt: () => (promptStreams === undefined ? ((streamsUsed = true), (promptStreams = terminalOf().openPrompt(isTerminal) ?? null)) : promptStreams) ?? undefined } : {}),
  onStop: (handler) => terminalOf().onStop(handler),
  bracketPastes: (plain) => terminalOf().bracketPastes(plain),
  ...(process.platform === 'win32' ? {} : { suspend: () => terminalOf().suspend(), onSuspend: (handler) => terminalOf().onSuspend(handler), onContinue: (handler) => terminalOf().onContinue(handler) }),
  whileWriting,
  streamFile,
  platform: process.platform,
}).then((code) => {
  process.exitCode = code;
  // A Node that could not use the build's code cache records its own now (dist/boot.cjs says when);
  // not after bad input (exit 2), whose run used little of the code that command needs.
  if (code === 0 || code === 1) loaded.keep(args);
  // Everything is written, to the descriptors themselves (see createOutput), and nothing else is
  // pending: end now rather than let Node wind down its event loop, which first runs the garbage
  // collection V8 scheduled while the report was made (a 2.8 MB JSON report of 10 critical systems:
  // one more scavenge of the whole young generation, about 20 ms of a 260 ms run, for memory that is
  // about to be handed back anyway). A run that used Node's streams (a full non-blocking pipe, a
  // reader that went away, standard input, the prompts) ends the usual way, which lets those
  // streams finish writing.
  if (!streamsUsed) process.exit(code);
});
