// Reports are written atomically (SPEC "Bad input, files and safety"): the real binary is killed with
// SIGKILL at random moments while it writes three reports over old ones, many times, and every report
// left must be the old one or the new one, whole. Temporary files may be left behind by SIGKILL (no
// code runs to remove them); a half-written report never may.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';

const REPORTS = ['r.json', 'r.md', 'r.txt'] as const;
const ARGS = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--report', 'json=r.json', '--report', 'markdown=r.md', '-o', 'r.txt'];
const KILLS = 40;
// The temporary file writeFilesAtomic makes beside each target: .NAME.PID.HEX.tmp
const TEMP = /^\.r\.(json|md|txt)\.\d+\.[0-9a-f]{8}\.tmp$/;

/** An old report, complete, and nothing like a prefix of the new one. */
const OLD = Object.fromEntries(REPORTS.map((name) => [name, `OLD COMPLETE ${name}\n`.repeat(4000)])) as Record<(typeof REPORTS)[number], string>;

let dir: string;
let fresh: Record<string, string>;

/**
 * Start the binary and SIGKILL it (unless it has finished): `delay` ms after the start, or, with
 * `afterWriting`, that many ms after its first temporary file appears, so the kill lands while it
 * writes and renames whatever the speed of the machine.
 */
function runAndKill(kill: { delay: number } | { afterWriting: number }): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...ARGS], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Europe/London' }, stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const watcher =
      'afterWriting' in kill
        ? watch(dir, (_event, name) => {
            if (timer === undefined && name && TEMP.test(String(name))) timer = setTimeout(() => child.kill('SIGKILL'), kill.afterWriting);
          })
        : undefined;
    if ('delay' in kill) timer = setTimeout(() => child.kill('SIGKILL'), kill.delay);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-atomic-'));
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  // The new reports, from one run left to finish.
  const done = await runBinary({ args: ARGS, cwd: dir });
  expect(done.code, done.stderr).toBe(0);
  fresh = Object.fromEntries(REPORTS.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  for (const name of REPORTS) expect(fresh[name]).not.toBe(OLD[name]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic report writing under SIGKILL', () => {
  it(`leaves every report old or new, never partial, over ${KILLS} kills at random moments`, async () => {
    const tally = { killed: 0, finished: 0, allOld: 0, mixed: 0, allNew: 0, strayTemps: 0, runsWithStrayTemps: 0 };
    for (let i = 0; i < KILLS; i++) {
      for (const name of REPORTS) writeFileSync(join(dir, name), OLD[name]);
      // Half the kills anywhere in the first 300 ms (most land before any writing: start-up and
      // scoring take most of the run), half 0-20 ms into the writing itself.
      const kill = i % 2 ? { afterWriting: Math.floor(Math.random() * 21) } : { delay: Math.floor(Math.random() * 301) };
      const { killed, code } = await runAndKill(kill);
      if (killed) tally.killed++;
      else {
        expect(code, `run ${i} ended by itself`).toBe(0);
        tally.finished++;
      }

      const states = REPORTS.map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        if (text === OLD[name]) return 'old';
        if (text === fresh[name]) return 'new';
        throw new Error(`run ${i}, killed ${JSON.stringify(kill)}: ${name} is neither the old nor the new report (${text.length} characters)`);
      });
      if (states.every((s) => s === 'old')) tally.allOld++;
      else if (states.every((s) => s === 'new')) tally.allNew++;
      else tally.mixed++; // killed between two renames: each file is still whole

      const others = readdirSync(dir).filter((f) => f !== 'examples' && !(REPORTS as readonly string[]).includes(f));
      expect(others.filter((f) => !TEMP.test(f)), `run ${i}: only temporary files may be left`).toEqual([]);
      if (others.length) tally.runsWithStrayTemps++;
      tally.strayTemps += others.length;
      for (const f of others) rmSync(join(dir, f));
    }
    // The numbers, for whoever reads the test log: how many kills landed, and what they left.
    console.info(`atomic write: ${KILLS} runs, ${tally.killed} killed (${tally.finished} finished first); reports left all old ${tally.allOld}, mixed old and new ${tally.mixed}, all new ${tally.allNew}; ${tally.strayTemps} stray temporary files in ${tally.runsWithStrayTemps} runs`);
    expect(tally.killed).toBeGreaterThan(0);
    // Forty runs of the binary: 12 s idle here, 21 s beside eight busy processes, over 60 s niced
    // among them; the limit is for a run that hangs, not for a busy machine.
  }, 300_000);

  // The renamed temporary file replaces the report whole; a private report must stay private.
  it.skipIf(process.platform === 'win32')('keeps the permissions of a report it writes over', async () => {
    const modes = { 'r.json': 0o600, 'r.md': 0o640, 'r.txt': 0o666 } as const;
    for (const name of REPORTS) {
      writeFileSync(join(dir, name), OLD[name]);
      chmodSync(join(dir, name), modes[name]);
    }
    expect((await runBinary({ args: ARGS, cwd: dir })).code).toBe(0);
    for (const name of REPORTS) {
      expect(statSync(join(dir, name)).mode & 0o777, name).toBe(modes[name]);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(fresh[name]);
    }
  });
});
