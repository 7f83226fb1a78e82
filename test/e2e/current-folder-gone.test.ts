// A shell can stay in a folder that another shell (or a CI step's clean-up) has since removed. Node
// cannot then tell the tool where it is: every command printed Node's stack trace and exited 1, which
// CI reads as a failed gate. It is the user's to fix (cd elsewhere), so: one line, exit 2, nothing
// written, whatever the command, even when every path on the line is absolute.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot } from '../helpers/cli.js';
import { expectOneLine } from '../helpers/one-line-error.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-folder-gone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const answers = join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml');

/** Run the binary from a folder that is removed after the shell went into it, and before Node starts. */
function runInRemovedFolder(args: string[]): { code: number; stdout: string; stderr: string } {
  const gone = join(dir, `gone-${Math.random().toString(36).slice(2)}`);
  mkdirSync(gone);
  const r = spawnSync('/bin/sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', gone, process.execPath, binPath, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Europe/London' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(existsSync(gone)).toBe(false);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const sayGone = /^cyber-ready: the current folder no longer exists; cd to another folder and run again$/;

describe('the current folder has been removed', () => {
  it.each([
    ['validate', [answers]],
    ['assess', ['--answers', answers]],
    ['assess to a file', ['--answers', answers, '--output', join(dir, 'report.md')]],
    ['list', []],
    ['init', ['--output', join(dir, 'new.answers.yaml')]],
    ['--help', ['--help']],
  ])('%s: one line saying so, exit 2, nothing written', (name, rest) => {
    const args = name.startsWith('-') ? rest : [name.split(' ')[0]!, ...rest];
    expectOneLine(runInRemovedFolder(args), sayGone);
    expect(existsSync(join(dir, 'report.md'))).toBe(false);
    expect(existsSync(join(dir, 'new.answers.yaml'))).toBe(false);
  });

  it('--version still answers, as it needs no folder', () => {
    const r = runInRemovedFolder(['--version']);
    expect(r).toMatchObject({ code: ExitCode.Ok, stderr: '' });
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
