// On Windows, spawning `git` with the repository as the working folder let libuv find a git.exe
// (or git.com) in the repository before PATH; trend now finds git on PATH itself and starts it by
// its full path. Windows cannot be run here, so the search is tested as a function of PATH,
// PATHEXT and the files there are.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnWindowsPath } from '../../src/cli/git-command.js';
import { ExitCode } from '../../src/errors.js';
import { runInProcess } from '../helpers/cli.js';

const files = (...paths: string[]) => (path: string) => paths.map((p) => p.toLowerCase()).includes(path.toLowerCase());

describe('finding git on a Windows PATH', () => {
  it.each([
    ['the first folder on PATH that has it', { Path: 'C:\\Windows\\system32;C:\\Program Files\\Git\\cmd;D:\\other' }, files('C:\\Program Files\\Git\\cmd\\git.exe', 'D:\\other\\git.exe'), 'C:\\Program Files\\Git\\cmd\\git.exe'],
    ['in PATHEXT order within a folder: .COM before .EXE', { PATH: 'C:\\tools', PATHEXT: '.COM;.EXE;.BAT;.CMD' }, files('C:\\tools\\git.exe', 'C:\\tools\\git.com'), 'C:\\tools\\git.com'],
    ['never a .bat or .cmd, which cannot be started without a shell', { PATH: 'C:\\a;C:\\b', PATHEXT: '.BAT;.CMD;.EXE' }, files('C:\\a\\git.cmd', 'C:\\a\\git.bat', 'C:\\b\\git.exe'), 'C:\\b\\git.exe'],
    ['a folder in quotes, and empty entries passed by', { PATH: ';"C:\\Program Files\\Git\\cmd";;' }, files('C:\\Program Files\\Git\\cmd\\git.exe'), 'C:\\Program Files\\Git\\cmd\\git.exe'],
    ['a share', { PATH: '\\\\server\\tools' }, files('\\\\server\\tools\\git.exe'), '\\\\server\\tools\\git.exe'],
    ['the default PATHEXT when none is set, or it is empty', { PATH: 'C:\\git', PATHEXT: '' }, files('C:\\git\\git.exe'), 'C:\\git\\git.exe'],
    ['lower-case names of the variables', { path: 'C:\\git', pathext: '.EXE' }, files('C:\\git\\git.exe'), 'C:\\git\\git.exe'],
  ])('%s', (_what, env, isFile, expected) => {
    expect(findOnWindowsPath('git', env, isFile)).toBe(expected);
  });

  it('never the repository: a relative folder on PATH (".", "bin", "C:bin", "\\bin") is passed by', () => {
    expect(findOnWindowsPath('git', { PATH: '.;bin;C:bin;\\bin;.\\tools;C:\\git' }, () => true)).toBe('C:\\git\\git.com');
    expect(findOnWindowsPath('git', { PATH: '.;bin;C:bin;\\bin' }, () => true)).toBeUndefined();
  });

  it('nothing on PATH: undefined, which trend says as git not found', () => {
    expect(findOnWindowsPath('git', { PATH: 'C:\\Windows' }, () => false)).toBeUndefined();
    expect(findOnWindowsPath('git', {}, () => true)).toBeUndefined();
  });
});

describe('trend told it runs on Windows', () => {
  // In process, since only there can the run be told another system: with this PATH (no drive
  // letters) Windows' search finds nothing, where spawning "git" would have found Linux's git.
  it('looks for git on PATH itself, and says so when it finds none there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-windows-git-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'readiness.yaml'), 'questionnaire: council-cyber-resilience\n');
    const r = await runInProcess({ args: ['trend', 'readiness.yaml'], cwd: dir, platform: 'win32' });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: trend reads history with git, and git was not found on PATH; install git or add it to PATH\n' });
  });
});
