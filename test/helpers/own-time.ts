// The processor time a run of the binary used itself, for tests that bound how much work an input
// costs. Time on a clock is no measure of that on a shared test machine: a run that takes 0.3 s
// alone has taken 9 s there, and a ratio of two clock times moved from 10 to 17 between runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBinary, type CliCall, type CliResult } from './cli.js';

const preload = new URL('./own-time.cjs', import.meta.url).pathname;

/** runBinary, and the milliseconds of processor time (user and system) the binary's process used. */
export async function runBinaryOwnTime(call: CliCall, timeoutMs?: number): Promise<CliResult & { ownMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-own-time-'));
  try {
    const file = join(dir, 'ms');
    const env = { ...call.env, NODE_OPTIONS: `--require "${preload}"`, OWN_TIME_FILE: file };
    const result = await runBinary({ ...call, env }, timeoutMs);
    return { ...result, ownMs: Number(readFileSync(file, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
