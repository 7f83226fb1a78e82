import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/cyber-ready.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCall {
  args: string[];
  env?: Record<string, string>;
  stdin?: string;
  cwd?: string;
  /** In-process only: pretend standard input is a terminal (with streams to prompt on). */
  tty?: boolean;
  /** Spawn only: another copy of the binary (an installed package's). */
  bin?: string;
  /** In-process only: the operating system the run is told it is on (`process.platform`), as for Windows' words. */
  platform?: string;
  /**
   * In-process only, with `tty`: the lines typed at the prompts, all at once and then the end of
   * input (for `--plain`, whose prompts read lines; the full prompts are driven on the virtual screen).
   */
  typed?: string;
}

// A clean environment, so the developer's own colour or CI settings cannot change the results.
const baseEnv = (): Record<string, string> => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Europe/London' });

/** Run the command line in this process, through the same `run()` the binary calls. */
export async function runInProcess({ args, env = {}, stdin, cwd = repoRoot, tty = false, stderrTTY = false, platform, typed }: CliCall & { stderrTTY?: boolean }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  // What the walk says goes where its prompts draw; with standard error as the terminal, as here, that is standard error.
  const promptOutput = new PassThrough();
  promptOutput.on('data', (d: Buffer) => void (stderr += d.toString()));
  // Loaded when first used: most test files spawn the binary alone, and the command line's source is
  // most of what a test file would otherwise import.
  const { run } = await import('../../src/cli/run.js');
  const code = await run(args, {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: stderrTTY },
    stdinIsTTY: tty,
    readStdin: async (maxBytes: number) => Buffer.from(stdin ?? '').subarray(0, maxBytes),
    env: { ...baseEnv(), ...env },
    cwd,
    now: () => new Date('2026-11-23T12:00:00Z'),
    ...(platform ? { platform } : {}),
    ...(tty ? { prompt: () => ({ input: typed === undefined ? new PassThrough() : new PassThrough().end(typed), output: promptOutput }) } : {}),
  });
  return { code, stdout, stderr };
}

/** The longest runBinary waits for one run of the binary; tests that wait on a run by other means wait as long. */
export const RUN_LIMIT_MS = 45_000;

/**
 * Spawn the built binary. Standard input stays open unless given, to prove nothing waits on it.
 * Killed after `timeoutMs`: by default three times the 15 s a loaded two-core machine has taken for one
 * run, larger than any time budget a test asserts (so a run over budget is reported as one), and
 * below the 60 s a test has by default (vitest.config.ts).
 */
export function runBinary({ args, env = {}, stdin, cwd = repoRoot, bin = binPath }: CliCall, timeoutMs = RUN_LIMIT_MS): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...baseEnv(), ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a chunk may end inside a character ("—" is three bytes), which decoding
    // each chunk alone turned into two replacement characters.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cyber-ready ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? -1, stdout, stderr });
    });
    // The tool may stop reading early (a size limit): that is not an error of the test.
    child.stdin.on('error', () => undefined);
    if (stdin !== undefined) child.stdin.end(stdin);
  });
}
