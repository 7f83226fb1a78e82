import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const terminal = tmuxTerminal('tilde', { width: 200, height: 30 });
const { joinedHistoryText, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

// bash expands ~ only at the start of a word: `--save=~/x.yaml` names a folder "~" in the current one.
it.runIf(hasTmux)('a path whose ~ the shell did not expand says so, in one line, exit 2', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tilde-'));
  startOnScreen(dir, ['assess', '--save=~/x.yaml']);
  expect(await ended(dir)).toBe('2');
  expect(joinedHistoryText()).toContain('~/x.yaml: cannot save answers here: its folder does not exist; the shell did not expand ~ (it does not after =): write --save ~/x.yaml, or use $HOME\n');
});

it('an answers file whose ~ the shell did not expand says so, exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tilde-'));
  const r = await runBinary({ args: ['assess', '--answers=~/x.yaml'], cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('~/x.yaml: no such file; the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME\n');
});

// `-o=~/r.md` reaches the tool as "=~/r.md" (a short option takes all after it), `--output=~/r.md` as "~/r.md".
it.each([
  // Refused for its "=" before anything else, with the spelling that lets the shell expand the ~.
  ['-o=~/r.md', `cyber-ready: option '-o, --output <file>' argument '=~/r.md' is invalid. expected a file name, not one starting with "=" (-o=~/r.md names a file "=~/r.md"); did you mean -o ~/r.md? (./=~/r.md writes a file so named)\n`],
  ['--output=~/r.md', '~/r.md: cannot write: its folder does not exist; the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME\n'],
])('a report path %s whose ~ the shell did not expand says so, in one line, exit 2, nothing written', async (option, line) => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tilde-'));
  const r = await runBinary({ args: ['assess', '-a', example, option], cwd: dir });
  expect(r.stderr).toBe(line);
  expect(r.code).toBe(2);
  expect(readdirSync(dir)).toEqual([]);
});

// Quoted, the ~ reaches the tool as it was typed wherever a path is given: a file to check, a
// questionnaire folder, the answers file whose history trend reads.
it.each([
  [['validate', '~/nope.yaml'], '~/nope.yaml: no such file; the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME\n'],
  [['assess', '--questionnaire-dir=~/qs', '-a', example], 'cyber-ready: ~/qs: questionnaire folder cannot be read (no such folder); the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME\n'],
  [['trend', '~/a.yaml'], '~/a.yaml: no such file or folder; the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME\n'],
])('%j with a ~ the shell did not expand says so, exit 2', async (args, line) => {
  const r = await runBinary({ args, cwd: mkdtempSync(join(tmpdir(), 'cyber-ready-tilde-')) });
  expect(r.stderr).toBe(line);
  expect(r.code).toBe(2);
});
