import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// Questionnaires are found by id, folder by folder in search order, the order `list` shows: a custom
// folder's questionnaire hides a bundled one of the same id whatever its file is called, and a file
// named after an id is not that questionnaire unless its id says so.
const mini = readFileSync('test/fixtures/valid/mini.yaml', 'utf8');
const withId = (id: string, version = '9.0.0'): string => mini.replace(/^id: .*$/m, `id: ${id}`).replace(/^version: .*$/m, `version: ${version}`);
const answers = (id: string): string => `questionnaire: ${id}\nanswers:\n  owner: in-place\n`;

describe('finding a questionnaire by id', () => {
  it('a custom folder hides a bundled questionnaire of the same id, for list, show and assess alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lookup-'));
    writeFileSync(join(dir, 'ours.yaml'), withId('council-cyber-resilience'));
    writeFileSync(join(dir, 'a.yaml'), answers('council-cyber-resilience'));
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.'], cwd: dir });
    expect(listed.stdout).toMatch(/council-cyber-resilience\s+9\.0\.0/);
    const shown = await runBinary({ args: ['show', 'council-cyber-resilience', '--questionnaire-dir', '.'], cwd: dir });
    expect(shown.stdout).toContain('`council-cyber-resilience` version 9.0.0');
    const assessed = await runBinary({ args: ['assess', '-a', 'a.yaml', '--questionnaire-dir', '.', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(assessed.code, assessed.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(assessed.stdout).questionnaire).toMatchObject({ id: 'council-cyber-resilience', version: '9.0.0' });
  });

  it('a file named after an id is not that questionnaire when its own id differs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lookup-'));
    writeFileSync(join(dir, 'tq.yaml'), withId('zeta'));
    writeFileSync(join(dir, 'real.yaml'), withId('tq', '1.0.0'));
    writeFileSync(join(dir, 'a.yaml'), answers('tq'));
    const r = await runBinary({ args: ['assess', '-a', 'a.yaml', '--questionnaire-dir', '.', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout).questionnaire).toMatchObject({ id: 'tq', file: 'real.yaml' });
  });
});

describe('an unknown id that names a file or folder here', () => {
  it('points to the file or folder, as a path that then works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lookup-'));
    writeFileSync(join(dir, 'fq'), withId('mine'));
    writeFileSync(join(dir, 'other.yaml'), withId('other'));
    mkdirSync(join(dir, 'qs'));
    writeFileSync(join(dir, 'qs', 'third.yaml'), withId('third'));
    const tail = (args: string[]) => runBinary({ args, cwd: dir }).then((r) => ({ code: r.code, said: r.stderr.slice(r.stderr.indexOf(')') + 3) }));
    expect(await tail(['show', 'fq'])).toEqual({ code: ExitCode.CannotAssess, said: 'there is a file "fq" here: to use it, pass -q ./fq\n' });
    expect(await tail(['show', 'other'])).toEqual({ code: ExitCode.CannotAssess, said: 'there is a file "other.yaml" here: to use it, pass -q ./other.yaml\n' });
    expect(await tail(['show', 'qs'])).toEqual({ code: ExitCode.CannotAssess, said: 'there is a folder "qs" here: to look for questionnaires in it, pass --questionnaire-dir ./qs\n' });
    expect(await tail(['show', 'nothing'])).toEqual({ code: ExitCode.CannotAssess, said: 'for a questionnaire of your own, pass -q FILE, or its folder with --questionnaire-dir DIR or CYBER_READY_PATH\n' });
    // Each as suggested.
    expect((await runBinary({ args: ['show', '-q', './fq'], cwd: dir })).stdout).toContain('`mine` version 9.0.0');
    expect((await runBinary({ args: ['show', '-q', './other.yaml'], cwd: dir })).stdout).toContain('`other` version 9.0.0');
    expect((await runBinary({ args: ['show', 'third', '--questionnaire-dir', './qs'], cwd: dir })).stdout).toContain('`third` version 9.0.0');
  });
});

describe('an unknown id named by an answers file, with its questionnaire beside it', () => {
  // The file's `questionnaire:` must stay an id, and assess takes no argument: "give its path" led
  // users to write the path into the file or to pass it as an argument, and both are refused.
  it('names -q, and the command then works; benchmark, which has no -q, names the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lookup-'));
    writeFileSync(join(dir, 'other.yaml'), withId('other'));
    for (const n of [1, 2, 3, 4, 5]) writeFileSync(join(dir, `a${n}.yaml`), answers('other'));
    const refused = await runBinary({ args: ['assess', '-a', 'a1.yaml'], cwd: dir });
    expect(refused.code).toBe(ExitCode.CannotAssess);
    expect(refused.stderr).toMatch(/^a1\.yaml:1:16: unknown questionnaire "other" .*; there is a file "other\.yaml" here: to use it, pass -q \.\/other\.yaml\n$/);
    const followed = await runBinary({ args: ['assess', '-a', 'a1.yaml', '-q', './other.yaml', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(followed.code, followed.stderr).toBe(ExitCode.Ok);
    const files = ['a1.yaml', 'a2.yaml', 'a3.yaml', 'a4.yaml', 'a5.yaml'];
    const benchmark = await runBinary({ args: ['benchmark', ...files], cwd: dir });
    expect(benchmark.code).toBe(ExitCode.CannotAssess);
    expect(benchmark.stderr.split('\n')[0]).toMatch(/; there is a file "other\.yaml" here: to use it, pass its folder with --questionnaire-dir \.$/);
    const benchmarked = await runBinary({ args: ['benchmark', '--questionnaire-dir', '.', ...files, '-f', 'json'], cwd: dir });
    expect(benchmarked.code, benchmarked.stderr).toBe(ExitCode.Ok);
    rmSync(join(dir, 'other.yaml'));
    const none = await runBinary({ args: ['benchmark', ...files], cwd: dir });
    expect(none.stderr.split('\n')[0]).toMatch(/; for a questionnaire of your own, pass its folder with --questionnaire-dir DIR or CYBER_READY_PATH$/);
  });
});

describe('a file given as the questionnaire that is something else', () => {
  it('a JSON report or SARIF log is named for what it is in one line, with or without a folder in its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lookup-'));
    const example = join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml');
    await runBinary({ args: ['assess', '-a', example, '-f', 'json', '-o', 'report.json'], cwd: dir });
    await runBinary({ args: ['assess', '-a', example, '-f', 'sarif', '-o', 'report.sarif'], cwd: dir });
    for (const [q, said] of [['./report.json', './report.json:2:3: this is a cyber-ready JSON report, not a questionnaire or an answers file'], ['report.sarif', 'report.sarif:2:3: this is a SARIF log, not a questionnaire or an answers file']]) {
      const r = await runBinary({ args: ['assess', '-q', q as string, '-a', example], cwd: dir });
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr.startsWith(said as string), r.stderr).toBe(true);
    }
  });
});

describe('questionnaire folders that are not there', () => {
  it('CYBER_READY_PATH skips a folder that does not exist, as PATH does; --questionnaire-dir names it, not the answers file', async () => {
    const answers = 'test/fixtures/valid/mini.answers.yaml';
    const skipped = await runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23'], env: { CYBER_READY_PATH: `/nonexistent-cyber-ready:test/fixtures/valid` } });
    expect(skipped.code, skipped.stderr).toBe(ExitCode.Ok);
    const named = await runBinary({ args: ['assess', '-a', answers, '--questionnaire-dir', '/nonexistent-cyber-ready'] });
    expect(named).toMatchObject({ code: ExitCode.CannotAssess, stderr: 'cyber-ready: /nonexistent-cyber-ready: questionnaire folder cannot be read (no such folder)\n' });
  });

  it('validate says so once for the run, not once for every answers file, and a file given as a folder is named as such', async () => {
    const answers = ['test/fixtures/valid/mini.answers.yaml', 'examples/council-cyber-resilience.answers.yaml'];
    const missing = await runBinary({ args: ['validate', ...answers, '--questionnaire-dir', '/nonexistent-cyber-ready'] });
    expect(missing).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: /nonexistent-cyber-ready: questionnaire folder cannot be read (no such folder)\n' });
    const file = await runBinary({ args: ['validate', ...answers, '--questionnaire-dir', 'README.md'] });
    expect(file).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: README.md: questionnaire folder cannot be read (it is a file, not a folder)\n' });
  });
});

describe('an answers file and a questionnaire given the wrong way round', () => {
  it('each is named for what it is, in one line, by every command', async () => {
    const answers = 'examples/council-cyber-resilience.answers.yaml';
    const questionnaire = 'questionnaires/council-cyber-resilience.yaml';
    // Pointed at the line of "sections:", which moves whenever the header comments or description change.
    const at = readFileSync(questionnaire, 'utf8').split('\n').indexOf('sections:') + 1;
    expect(at).toBeGreaterThan(1);
    const cases: [string[], string][] = [
      [['show', answers], `${answers}:6:1: this is an answers file, not a questionnaire; name the questionnaire by its id or file instead`],
      [['assess', '-q', answers, '-a', answers], `${answers}:6:1: this is an answers file, not a questionnaire; name the questionnaire by its id or file instead`],
      [['share', questionnaire], `${questionnaire}:${at}:1: this is a questionnaire, not an answers file; give an answers file instead`],
      [['diff', questionnaire, answers], `${questionnaire}:${at}:1: this is a questionnaire, not an answers file; give an answers file instead`],
      [['assess', '-a', questionnaire], `${questionnaire}:${at}:1: this is a questionnaire, not an answers file; give an answers file instead`],
      // No option is named: -a is assess's alone, and benchmark (like diff and share) takes files as arguments.
      [['benchmark', questionnaire, answers], `${questionnaire}:${at}:1: this is a questionnaire, not an answers file; give an answers file instead`],
      [['show', '-q', answers], `${answers}:6:1: this is an answers file, not a questionnaire; name the questionnaire by its id or file instead`],
      [['init', '-q', answers, '-o', '-'], `${answers}:6:1: this is an answers file, not a questionnaire; name the questionnaire by its id or file instead`],
    ];
    for (const [args, said] of cases) {
      const r = await runBinary({ args });
      expect(r.code, args.join(' ')).toBe(ExitCode.CannotAssess);
      expect(r.stderr, args.join(' ')).toBe(`${said}\n`);
    }
  });
});
