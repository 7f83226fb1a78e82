import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A walk whose report went to a file by the shell (`> red.txt`) or down a pipe ended with exit 1
// and not a word of why: the gates were said only when -o took the report, although no report on
// the screen shows them either way, and standard error (`2> red.err`) stayed empty where a run
// without prompts writes `FILE:LINE:COL: gate …` and `cyber-ready: gate failed: …` there.
const terminal = tmuxTerminal('gates-off-screen', { width: 80, height: 24 });
const { waitForScreen, keys, start, startOnScreen, ended, joinedHistoryText } = terminal;
afterAll(() => terminal.kill());

const GATE_FAILED = 'cyber-ready: gate failed: overall score 51 is below 90';

/** The council example with one answer taken out, for the walk to ask it; its folder. */
function redExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-gates-off-screen-'));
  const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  const red = example.replace(/^ {2}gov-siro: yes$/m, '  gov-siro:');
  expect(red).not.toBe(example);
  writeFileSync(join(dir, 'red.yaml'), red);
  return dir;
}

/** Answers the one question Yes and declines the markdown paper; the exit code. */
async function answerAndDecline(dir: string): Promise<string> {
  await waitForScreen('senior information risk owner');
  await keys('Down', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  return ended(dir);
}

const ARGS = ['assess', '-a', 'red.yaml', '--today', '2026-12-01', '--min-score', '90'];

it.runIf(hasTmux)('report and standard error both sent to files: the failed gates are said on the terminal and written to standard error, as without prompts', { timeout: 90_000 }, async () => {
  const dir = redExample();
  start(dir, ARGS);
  expect(await answerAndDecline(dir)).toBe('1');
  const said = joinedHistoryText();
  expect(said).toMatch(/^red\.yaml:\d+:\d+: gate min-score failed: overall score 51 is below the/m);
  expect(said).toContain(`\n${GATE_FAILED}\n`);
  // Said before the offer, so the screen does not end on a No with no reason for exit 1.
  expect(said.indexOf(GATE_FAILED)).toBeLessThan(said.indexOf('Write the markdown report'));
  // Standard error has what a run without prompts writes there for the same answers.
  const stderr = readFileSync(join(dir, 'stderr.txt'), 'utf8');
  const without = await runBinary({ args: [...ARGS, '--no-interactive'], cwd: dir });
  expect(without.code).toBe(1);
  expect(stderr).toBe(without.stderr);
  expect(stderr).toMatch(new RegExp(`^red\\.yaml:\\d+:\\d+: gate min-score failed: .*\\n${GATE_FAILED}\\n$`));
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('gates FAILED');
});

it.runIf(hasTmux)('report sent to a file and standard error on the terminal: the failed gates are said there once', { timeout: 90_000 }, async () => {
  const dir = redExample();
  startOnScreen(dir, ARGS);
  expect(await answerAndDecline(dir)).toBe('1');
  const said = joinedHistoryText();
  expect(said).toMatch(/^red\.yaml:\d+:\d+: gate min-score failed: overall score 51 is below the/m);
  expect(said.split(GATE_FAILED)).toHaveLength(2);
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('gates FAILED');
});
