// On a real terminal (tmux), the reason a run does not walk is the one that holds: --add-system with
// --no-interactive there was told "run it in one", which sent the user looking for a terminal they
// were at (--no-interactive alone: interactive-tmux.test.ts). And --save naming a link
// to a folder that is not there names where it links. Standard input sent elsewhere at a terminal
// (`assess < /dev/null`) was told "no terminal to ask on", with standard output and error on one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

const terminal = tmuxTerminal('no-walk-reasons');
afterAll(() => terminal.kill());
const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');

/** Runs the binary on the terminal, standard error to a file, and gives its exit code and standard error. */
async function onTerminal(args: string[], setUp: (dir: string) => void = () => undefined): Promise<{ code: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-walk-'));
  setUp(dir);
  terminal.start(dir, args);
  const code = await terminal.ended(dir);
  return { code, stderr: readFileSync(join(dir, 'stderr.txt'), 'utf8') };
}

it.runIf(hasTmux)('--add-system with --no-interactive says to leave one of them out, not to find a terminal', { timeout: 60_000 }, async () => {
  expect(await onTerminal(['assess', '-a', EXAMPLE, '--add-system', '--no-interactive', '--today', '2026-11-23'])).toEqual({
    code: '2',
    stderr: 'cyber-ready: --add-system asks for the new system, and --no-interactive says not to ask; leave out --no-interactive, or add the system under "systems:" in the answers file\n',
  });
});

it.runIf(hasTmux)('--save naming a link to a folder that is not there is refused before the first question, naming where it links', { timeout: 60_000 }, async () => {
  const r = await onTerminal(['assess', '--plain', '--save', 'dangling.yaml'], (dir) => symlinkSync('nowhere/x.yaml', join(dir, 'dangling.yaml')));
  expect(r).toEqual({ code: '2', stderr: 'dangling.yaml: cannot save answers here: it links to nowhere/x.yaml, whose folder does not exist\n' });
});

it('standard input sent elsewhere at a terminal: the refusal says it is standard input that is not a terminal, and to run again without redirecting it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-walk-'));
  const line = 'cyber-ready: no answers to assess, and standard input is not a terminal to ask the questions on; run again without redirecting standard input (<), or pass --answers FILE (or - for standard input)\n';
  for (const redirect of ['< /dev/null', '<&-', '< /dev/null > out.txt', '< /dev/null 2> err.txt']) {
    // `script` gives the run a terminal, as a person at one has; what it showed is its output.
    const r = spawnSync('script', ['-qec', `node ${binPath} assess ${redirect}; echo "exit $?"`, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm' }, encoding: 'utf8', timeout: 30_000 });
    const shown = r.stdout.replace(/\r/g, '') + (redirect.includes('2>') ? readFileSync(join(dir, 'err.txt'), 'utf8') : '');
    expect(shown, redirect).toBe(redirect.includes('2>') ? `exit 2\n${line}` : `${line}exit 2\n`);
  }
});

it('--add-system with standard input sent elsewhere at a terminal: the refusal says it is standard input that is not a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-walk-'));
  const answers = join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml');
  const line = 'cyber-ready: --add-system asks for the new system on the terminal, and standard input is not a terminal to ask on; run again without redirecting standard input (<), or add the system under "systems:" in the answers file\n';
  // `script` gives the run a terminal, as a person at one has; what it showed is its output.
  const r = spawnSync('script', ['-qec', `node ${binPath} assess -a ${answers} --add-system < /dev/null; echo "exit $?"`, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm' }, encoding: 'utf8', timeout: 30_000 });
  expect(r.stdout.replace(/\r/g, '')).toBe(`${line}exit 2\n`);
});
