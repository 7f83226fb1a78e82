// `-` is standard input wherever a file is named, a questionnaire included (`show -`, `-q -`), as
// `validate -` and `--answers -` already were; standard input can be read once in a run.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';

const MINI = readFileSync('test/fixtures/valid/mini.yaml', 'utf8');
const MINI_ANSWERS = 'test/fixtures/valid/mini.answers.yaml';

describe('a questionnaire on standard input', () => {
  it('show - and show -q - print it as show FILE does', async () => {
    const byPath = await runBinary({ args: ['show', 'test/fixtures/valid/mini.yaml'] });
    expect(byPath.code).toBe(ExitCode.Ok);
    for (const args of [['show', '-'], ['show', '-q', '-'], ['show', '-', '-q', '-']]) {
      const r = await runBinary({ args, stdin: MINI });
      expect({ code: r.code, stderr: r.stderr }, args.join(' ')).toEqual({ code: ExitCode.Ok, stderr: '' });
      // Only the command under a profile differs: standard input is named by a placeholder there, as init names it.
      expect(r.stdout, args.join(' ')).toBe(byPath.stdout.replaceAll('-q test/fixtures/valid/mini.yaml', '-q QUESTIONNAIRE.yaml'));
    }
  });

  it('a bad questionnaire on standard input is named <stdin> at its place', async () => {
    const r = await runBinary({ args: ['show', '-'], stdin: 'id: [\n' });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: expect.stringMatching(/^<stdin>:1:5: .+\n$/) });
    const empty = await runBinary({ args: ['show', '-'], stdin: '' });
    expect(empty).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: '<stdin>:1:1: the file is empty; expected a YAML mapping\n' });
  });

  // Node reads a folder as standard input as nothing at all: it was called an empty file.
  it('a folder as standard input (`< folder`) is said to be one, not an empty file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cyber-ready-stdin-folder-'));
    for (const args of [['validate', '-'], ['assess', '--answers', '-'], ['show', '-']]) {
      const input = openSync(folder, 'r');
      const r = spawnSync(process.execPath, [binPath, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: [input, 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
      closeSync(input);
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }, args.join(' ')).toEqual({
        code: ExitCode.CannotAssess,
        stdout: '',
        stderr: '<stdin>: standard input is a folder (as after "< FOLDER"), not a file; give the file\'s name instead of "-", or send the file itself with "< FILE"\n',
      });
    }
  });

  it('assess -q - scores answers against it, and the report names it <stdin>', async () => {
    const r = await runBinary({ args: ['assess', '-q', '-', '-a', MINI_ANSWERS, '--today', '2026-11-23', '-f', 'json'], stdin: MINI });
    expect(r.stderr).not.toContain('unknown questionnaire');
    expect(r.code).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout).questionnaire).toMatchObject({ id: 'mini', file: '<stdin>' });
  });

  it('assess -q - without answers says it cannot ask on standard input', async () => {
    const r = await runBinary({ args: ['assess', '-q', '-'], stdin: MINI });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: -q - reads the questionnaire from standard input, where the guided assessment would ask its questions; pass --answers FILE, or the questionnaire by path\n' });
  });

  it('init -q - writes the template for it', async () => {
    const r = await runBinary({ args: ['init', '-q', '-', '-o', '-'], stdin: MINI });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('# Answers to "Mini questionnaire" (mini 1.2.0)');
  });

  it('standard input for both answers and questionnaire says it was read already', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stdin-'));
    const both = await runBinary({ args: ['assess', '-a', '-', '-q', '-', '--today', '2026-11-23'], stdin: readFileSync(MINI_ANSWERS, 'utf8'), cwd: dir });
    expect(both).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: '<stdin>: standard input was read already in this run; give "-" for one file only\n' });
  });
});
