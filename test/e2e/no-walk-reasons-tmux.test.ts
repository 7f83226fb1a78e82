// On a real terminal (tmux), the reason a run does not walk is the one that holds: --add-system with
// --no-interactive there was told "run it in one", which sent the user looking for a terminal they
// were at (--no-interactive alone: interactive-tmux.test.ts). And --save naming a link
// to a folder that is not there names where it links.
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
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
