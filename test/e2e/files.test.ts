import { chmodSync, closeSync, copyFileSync, existsSync, openSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-questionnaire.js';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { spawn, spawnSync } from 'node:child_process';
import { binPath, repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

describe('reports written to files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  });
  const example = ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];

  it('--output writes the report to a file and nothing to standard output', async () => {
    const r = await runBinary({ args: [...example, '--format', 'json', '--output', 'report.json'], cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(schemaErrors('report', JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--report writes extra formats in the same run, and the gate still decides the exit code', async () => {
    // b.txt could be written, out/a.json could not: neither is, since reports are written all or none.
    const r = await runBinary({ args: [...example, '--min-score', '90', '--report', 'text=b.txt', '--report', 'json=out/a.json'], cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['examples']); // out/ did not exist: nothing can be written there
    expect(r.stderr).toBe('out/a.json: cannot write: its folder does not exist\n');
    expect(r.stdout).toBe(''); // nothing half-done: no report on standard output either
    mkdirSync(join(dir, 'out'), { recursive: true });
    const ok = await runBinary({ args: [...example, '--min-score', '90', '--report', 'json=out/a.json', '--report', 'text=b.txt'], cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/a.json'), 'utf8')).passed).toBe(false);
    // Files never get terminal colours, even when standard output does.
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).not.toMatch(/\u001b/);
    expect(ok.stdout).toMatch(/\u001b\[/);
  });

  it('overwrites an existing report whole, leaving no temporary file', async () => {
    writeFileSync(join(dir, 'report.txt'), 'old report that is much longer than nothing'.repeat(1000));
    const r = await runBinary({ args: [...example, '--output', 'report.txt'], cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^Council cyber resilience readiness/);
    expect(readdirSync(dir).sort()).toEqual(['examples', 'report.txt']);
  });

  it('--debug still gives one line, not a stack trace, for a mistake in the input', async () => {
    const r = await runBinary({ args: ['assess', '--debug', '--answers', 'missing.yaml'], cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'missing.yaml: no such file\n' });
  });
});

describe('several outputs are written all together or not at all', () => {
  // In a shared folder with the sticky bit, a colleague's file cannot be replaced by anyone else:
  // that used to fail part way, after the first report was written, leaving temporary files.
  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  it.runIf(asNobody)("a critical system's own file this user may not read is said at the \"file:\" that names it, as a missing one is", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-unreadable-'));
    cpSync(join(repoRoot, 'examples'), dir, { recursive: true });
    for (const folder of [dir, join(dir, 'systems')]) chmodSync(folder, 0o755);
    chmodSync(join(dir, 'caf-local-government.answers.yaml'), 0o644);
    chmodSync(join(dir, 'systems/waste-fleet.yaml'), 0o000);
    const args = [process.execPath, binPath, 'assess', '-a', 'caf-local-government.answers.yaml', '--today', '2026-12-01'];
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.CannotAssess);
    // After the example's own warning about caf-a1-a.
    expect(r.stderr.trimEnd().split('\n').filter((l) => !l.includes('warning:'))).toEqual(['caf-local-government.answers.yaml:1635:11: "file: systems/waste-fleet.yaml": permission denied']);
  });

  it.runIf(asNobody)('a report that cannot replace its file stops the run before any report is written, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-sticky-'));
    chmodSync(dir, 0o1777);
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'actions.csv'), 'old\n');
    // Not writable by nobody, so it cannot be written in place either (see the next test).
    chmodSync(join(dir, 'actions.csv'), 0o644);
    const args = [process.execPath, binPath, 'assess', '-a', 'a.yaml', '--today', '2026-11-23', '--report', 'markdown=board.md', '--report', 'csv=actions.csv', '-o', 'report.txt'];
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe('actions.csv: cannot write: permission denied (this user may not write to it), so it is not replaced; choose another file\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'actions.csv']);
    expect(readFileSync(join(dir, 'actions.csv'), 'utf8')).toBe('old\n');
  });

  it.runIf(asNobody)("a colleague's file that anyone may write is written in place there, and stays the colleague's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-sticky-'));
    chmodSync(dir, 0o1777);
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'actions.csv'), 'old\n');
    chmodSync(join(dir, 'actions.csv'), 0o666);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, binPath, 'assess', '-a', 'a.yaml', '--today', '2026-11-23', '--report', 'csv=actions.csv'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'actions.csv'), 'utf8')).toMatch(/^\uFEFFRank,/);
    expect(statSync(join(dir, 'actions.csv')).uid).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'actions.csv']);
  });
});

describe('standard output that cannot be written', () => {
  it.runIf(existsSync('/dev/full'))('a full disk is one line on standard error and exit 2, not a stack trace and exit 1', () => {
    for (const args of [['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'], ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '-f', 'json'], ['list']]) {
      const out = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [binPath, ...args], { cwd: repoRoot, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      closeSync(out);
      expect(r.status, args.join(' ')).toBe(ExitCode.CannotAssess);
      expect(r.stderr).toBe('cyber-ready: cannot write to standard output: no space left on device\n');
    }
  });
});

describe('output names that do not name a file', () => {
  it('an empty name, or one ending in "/", is exit 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-names-'));
    writeFileSync(join(dir, 'rep.txt'), 'hi\n');
    const example = ['assess', '-a', join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), '--today', '2026-11-23'];
    const empty = await runBinary({ args: [...example, '-o', ''], cwd: dir });
    expect(empty).toMatchObject({ code: ExitCode.CannotAssess, stdout: '' });
    expect(empty.stderr).toContain('expected a file name, not an empty one');
    // A Windows folder separator is said as typed.
    for (const target of ['out/', 'rep.txt/', 'out\\']) {
      const r = await runBinary({ args: [...example, '-o', target], cwd: dir });
      expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${target}: cannot write: a file name cannot end with "${target.slice(-1)}"; give the name of the file to write\n` });
    }
    expect(readdirSync(dir)).toEqual(['rep.txt']);
    expect(readFileSync(join(dir, 'rep.txt'), 'utf8')).toBe('hi\n');
  });

  it('-o=FILE, which names a file "=FILE", is exit 2 with the spelling meant; ./=FILE still writes one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-equals-'));
    const example = ['assess', '-a', join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), '--today', '2026-11-23'];
    for (const args of [[...example, '-o=r.md'], ['init', '-o=a.yaml'], ['share', join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), '-o=x.json']]) {
      const r = await runBinary({ args, cwd: dir });
      const meant = args.at(-1)!.slice(3);
      expect(r, args.join(' ')).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `cyber-ready: option '-o, --output <file>' argument '=${meant}' is invalid. expected a file name, not one starting with "=" (-o=${meant} names a file "=${meant}"); did you mean -o ${meant}? (./=${meant} writes a file so named)\n` });
    }
    // "-o=" alone, and the same slip in --report.
    expect(await runBinary({ args: [...example, '-o='], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `cyber-ready: option '-o, --output <file>' argument '=' is invalid. expected a file name, not "=" (-o= names a file "="); write -o FILE\n` });
    expect(await runBinary({ args: [...example, '--report', 'markdown==r.md'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: --report takes FORMAT=FILE with one "=", not "markdown==r.md"; did you mean --report markdown=r.md? (markdown=./=r.md writes a file so named)\n' });
    expect(readdirSync(dir)).toEqual([]);
    expect((await runBinary({ args: [...example, '-o', './=r.md'], cwd: dir })).code).toBe(ExitCode.Ok);
    expect(readdirSync(dir)).toEqual(['=r.md']);
  });

  it('GITHUB_STEP_SUMMARY that names an input of the run is left alone, with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-summary-'));
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const r = await runBinary({ args: ['assess', '-a', 'a.yaml', '--today', '2026-11-23'], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: './a.yaml' } });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toContain('cyber-ready: warning: GITHUB_STEP_SUMMARY names a.yaml, which this run reads; the job summary is not written\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
  });

  it('GITHUB_STEP_SUMMARY that a report of the run was written to (-o or --report) holds that report once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-summary-'));
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
    const alone = await runBinary({ args: ['assess', '-a', 'a.yaml', '--today', '2026-11-23', '-f', 'markdown'], cwd: dir });
    for (const args of [['-f', 'markdown', '-o', 'summary.md'], ['-f', 'json', '--report', 'markdown=./summary.md']]) {
      writeFileSync(join(dir, 'summary.md'), '');
      const r = await runBinary({ args: ['assess', '-a', 'a.yaml', '--today', '2026-11-23', ...args], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
      expect(r.code).toBe(ExitCode.Ok);
      expect(r.stderr).toBe('');
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(alone.stdout);
    }
  });
});

describe('a file with thousands of mistakes', () => {
  it('prints the first 100 and counts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-many-'));
    const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    const at = text.indexOf('waivers:');
    writeFileSync(join(dir, 'a.yaml'), `${text.slice(0, at)}${Array.from({ length: 300 }, (_, k) => `  unknown-q-${k}: yes\n`).join('')}${text.slice(at)}`);
    const r = await runBinary({ args: ['validate', 'a.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/^a\.yaml:\d+:3: unknown question "unknown-q-0"/);
    expect(lines[100]).toMatch(/^a\.yaml:\d+:3: … and 200 more problems from here on; fix these first$/);
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('in milliseconds, or past the year 9999, is refused rather than read as a date thousands of years on', async () => {
    for (const epoch of ['1893456000000', '9000000000000']) {
      const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--fail-on-stale'], env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `cyber-ready: SOURCE_DATE_EPOCH must be seconds since 1970 up to the year 9999, not "${epoch}" (milliseconds?)\n` });
    }
  });

  // Read as milliseconds, these are 1978 and 1979: asking "(milliseconds?)" sent the reader the wrong way.
  it('just past the year 9999 is not asked whether it is milliseconds', async () => {
    for (const epoch of ['253402300800', '300000000000', '253402300800000']) {
      const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml'], env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `cyber-ready: SOURCE_DATE_EPOCH must be seconds since 1970 up to the year 9999, not "${epoch}" (past the end of 9999)\n` });
    }
  });
});

describe('show --output', () => {
  it('writes the markdown to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const r = await runBinary({ args: ['show', 'council-cyber-resilience', '--output', join(dir, 'q.md')] });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'q.md'), 'utf8')).toMatch(/^# Council cyber resilience readiness\n/);
  });
});

describe('writing a file the user named', () => {
  it('is confirmed in one line on standard error when it is a terminal, for every command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
    const runs: [string[], string][] = [
      [['init', '--today', '2026-11-23', '-o', 'a.yaml'], 'Wrote a.yaml. 140 questions to answer. Check it with: cyber-ready validate a.yaml\n'],
      [['show', 'council-cyber-resilience', '-o', 'q.md'], 'Wrote q.md.\n'],
      [['assess', '-a', example, '--today', '2026-11-23', '-o', 'r.txt', '--report', 'json=r.json'], 'Wrote r.json, r.txt.\n'],
      [['diff', example, example, '--today', '2026-11-23', '-o', 'd.txt'], 'Wrote d.txt.\n'],
    ];
    for (const [args, confirmation] of runs) {
      expect(await runInProcess({ args, cwd: dir, stderrTTY: true })).toMatchObject({ code: 0, stdout: '', stderr: confirmation });
      expect(existsSync(join(dir, args[args.indexOf('-o') + 1] as string))).toBe(true);
      expect((await runInProcess({ args: [...args, ...(args[0] === 'init' ? ['--force'] : [])], cwd: dir })).stderr).toBe('');
    }
  });

  it('names only files: a device or the run\'s own stream is written but not announced as a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
    // `script` gives the real binary a terminal, so the confirmation is due; its output is the terminal's.
    const onTerminal = (args: string): string => spawnSync('script', ['-qec', `node ${binPath} ${args}`, '/dev/null'], { cwd: dir, encoding: 'utf8' }).stdout.replace(/\r/g, '');
    expect(onTerminal('show council-cyber-resilience -o /dev/null')).toBe('');
    expect(onTerminal('init -o /dev/null')).toBe('');
    expect(onTerminal(`diff ${example} ${example} --today 2026-11-23 -o /dev/stderr`)).not.toContain('Wrote');
    // A file among them is still named, and only it.
    const mixed = onTerminal(`assess -a ${example} --today 2026-11-23 -o /dev/null --report json=r.json --report sarif=/dev/null`);
    expect(mixed).toBe('Wrote r.json.\n');
    expect(existsSync(join(dir, 'r.json'))).toBe(true);
  });

  it('is wrapped between words to the terminal\'s width, the command it suggests kept whole on its own line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    // A terminal 50 columns wide (`script` gives the real binary one): the terminal would otherwise
    // wrap the line itself, wherever the width falls, cutting a file name or the command in two.
    const shown = spawnSync('script', ['-qec', `stty cols 50; node ${binPath} init --today 2026-11-23 -q caf-local-government -o a-long-file-name.yaml`, '/dev/null'], { cwd: dir, encoding: 'utf8' }).stdout.replace(/\r/g, '');
    const lines = shown.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length, line).toBeLessThan(50);
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines.at(-1)).toBe('  cyber-ready validate a-long-file-name.yaml');
    // The same words as the one line written where no width is known.
    expect(shown.trimEnd().replace(/\n {2}/g, ' ')).toBe('Wrote a-long-file-name.yaml. 14 questions for the organisation and 27 for each critical system. List your critical systems under "systems:" (the file shows how), then check it with: cyber-ready validate a-long-file-name.yaml');
    expect(existsSync(join(dir, 'a-long-file-name.yaml'))).toBe(true);
  });

  it('init with a questionnaire of your own suggests a validate command that works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    writeFileSync(join(dir, 'my-questionnaire.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8').replace(/^id: mini$/m, 'id: school-backups'));
    const made = await runInProcess({ args: ['init', '-q', 'my-questionnaire.yaml', '-o', 'school.yaml'], cwd: dir, stderrTTY: true });
    expect(made.stderr).toBe('Wrote school.yaml. 9 questions to answer. Check it with: cyber-ready validate -q my-questionnaire.yaml school.yaml\n');
    const suggested = (made.stderr.split('Check it with: cyber-ready ')[1] as string).trim().split(' ');
    expect(await runBinary({ args: suggested, cwd: dir })).toMatchObject({ code: 0, stdout: 'school.yaml: valid answers to school-backups 1.2.0 (0 of 9 questions answered, 0 waivers)\n' });
    // Without -q the id is unknown: the error says where and how to point at the file.
    const bare = await runBinary({ args: ['validate', 'school.yaml'], cwd: dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^school\.yaml:\d+:\d+: unknown questionnaire "school-backups" .*pass -q FILE, or its folder with --questionnaire-dir DIR or CYBER_READY_PATH\n$/);
  });
});

describe('init', () => {
  it('writes a template that validates as it is, and again once every question is filled in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const made = await runBinary({ args: ['init', '--today', '2026-11-23'], cwd: dir });
    expect(made).toMatchObject({ code: 0, stdout: '' });
    // Not a terminal: no confirmation (the exit code says it).
    expect(made.stderr).toBe('');
    const file = join(dir, 'cyber-ready-answers.yaml');
    expect((await runBinary({ args: ['validate', file] })).code).toBe(0);
    // Fill every entry with its first option (or a number or text), the way a team would in an editor.
    // An "# Evidence:" hint may sit between the options and the entry.
    const hint = '((?: {2}# Evidence:[^\\n]*\\n)?)';
    const filled = readFileSync(file, 'utf8').replace(new RegExp(`# One of: (\\S+) [^\\n]*\\n${hint} {2}([a-z0-9-]+):\\n`, 'g'), '# One of: $1\n$2  $3: $1\n')
      .replace(new RegExp(`# For example: (\\[[^\\]]*\\])\\n${hint} {2}([a-z0-9-]+):\\n`, 'g'), '# For example: $1\n$2  $3: $1\n')
      .replace(new RegExp(`# A number[^\\n]*\\n${hint} {2}([a-z0-9-]+):\\n`, 'g'), '# A number\n$1  $2: 7\n')
      .replace(new RegExp(`# Free text[^\\n]*\\n${hint} {2}([a-z0-9-]+):\\n`, 'g'), '# Free text\n$1  $2: Someone\n');
    writeFileSync(file, filled);
    const checked = await runBinary({ args: ['assess', '--answers', file, '--today', '2026-11-23', '--format', 'json'] });
    expect(checked.code, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout).unanswered).toEqual([]);
  });

  it('refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    writeFileSync(join(dir, 'cyber-ready-answers.yaml'), 'keep me\n');
    const refused = await runBinary({ args: ['init'], cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'cyber-ready: cyber-ready-answers.yaml already exists; pass --force to overwrite it\n' });
    expect(readFileSync(join(dir, 'cyber-ready-answers.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await runBinary({ args: ['init', '--force', '-o', 'cyber-ready-answers.yaml'], cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'cyber-ready-answers.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });
});

describe('GitHub Actions', () => {
  it('appends the markdown report to GITHUB_STEP_SUMMARY, after what is already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--format', 'json'], env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(0);
    JSON.parse(r.stdout);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^# Earlier step\n# Northmoor Borough Council \(fictional\): Council cyber resilience readiness\n/);
    expect(text).toContain('```mermaid');
  });

  it('escapes annotation data as GitHub requires and caps them at 10', async () => {
    const { gateAnnotations } = await import('../../src/cli/github.js');
    const failures = Array.from({ length: 12 }, (_, i) => ({ question: `q${i}`, message: `50% done\r\nnext, line: ${i}\u001b[31m`, location: { file: 'a,b:c.yaml', line: i + 1, column: 3 } }));
    const lines = gateAnnotations({ answersFile: 'a,b:c.yaml', questions: [], systems: [], gates: [{ id: 'fail-on', title: 'no gap, at all', passed: false, summary: '', failures }] } as never, { cwd: '/w', root: '/w' });
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('::error file=a%2Cb%3Ac.yaml,line=1,col=3,title=cyber-ready%3A no gap%2C at all::50%25 done%0D%0Anext, line: 0\\x1b[31m');
    expect(lines[9]).toBe('::error title=cyber-ready::3 more gate failures; see the report for all of them');
  });
});

describe('diff to a file', () => {
  it('-q names the questionnaire and -o writes the result instead of printing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const r = await runBinary({ args: ['diff', '-q', 'test/fixtures/valid/mini.yaml', '--today', '2026-11-23', '-f', 'json', '-o', join(dir, 'diff.json'), 'test/fixtures/valid/mini.answers.yaml', 'test/fixtures/valid/mini-good.answers.yaml'] });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const diff = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8')) as { improved: { question: string }[]; questionnaire: { id: string } };
    expect(diff.questionnaire.id).toBe('mini');
    expect(diff.improved.map((q) => q.question)).toEqual(['owner', 'pci', 'patch-days', 'services']);
  });
});

describe('standard output', () => {
  // A report of about 2 MB: more than a pipe (a socket pair, for a spawned process) holds, so the
  // tool is still writing when the reader stops or has not yet started.
  let big: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-big-'));
    big = generate(10_000, dir).qFile;
  });
  const start = (command: string = process.execPath, args: string[] = [binPath, 'show', big]) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<{ code: number | null; stderr: string }>((resolvePromise) => child.on('close', (code) => resolvePromise({ code, stderr })));
    return { child, closed };
  };
  /** What the child writes, read only after `ms`: by then the pipe is full and the tool still writing. */
  const readLate = async (child: ReturnType<typeof start>['child'], ms: number): Promise<Buffer[]> => {
    child.stdout.pause();
    await new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    return chunks;
  };

  it('stops quietly, exit 0, when the reader goes away part way (`cyber-ready show ... | head`)', async () => {
    const { child, closed } = start();
    child.stdout.once('data', () => child.stdout.destroy());
    expect(await closed).toEqual({ code: 0, stderr: '' });
  });

  // A failed gate must fail the step even when the report's reader stops early: GitHub Actions runs
  // bash with pipefail, so `assess ... | head` takes the tool's exit code. The run goes on to its end,
  // so its gate lines, annotations and job summary are written too.
  describe('a reader that stops early does not turn a failed gate into a pass', () => {
    const gate = ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-12-01', '--format', 'json', '--fail-on', 'critical'];

    it('through a socket, as Node connects a child: exit 1, the gate said, the annotations and the summary written', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-closed-'));
      const summary = join(dir, 'summary.md');
      const child = spawn(process.execPath, [binPath, ...gate], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolvePromise) => child.on('close', resolvePromise));
      expect(code).toBe(ExitCode.GateFailed);
      expect(stderr).toMatch(/^cyber-ready: gate failed: \d+ unwaived critical gaps?$/m);
      expect(stderr).toMatch(/^::error file=.*critical gap/m);
      expect(readFileSync(summary, 'utf8')).toContain('critical');
    });

    it('through a pipe in a pipefail shell (`| head -c 10`): exit 1, and exit 0 when the gates pass', () => {
      const run = (args: string[]) =>
        spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${binPath}" ${args.join(' ')} 2>/dev/null | head -c 10 >/dev/null`], { cwd: repoRoot }).status;
      expect(run(gate)).toBe(ExitCode.GateFailed);
      expect(run(gate.slice(0, -2))).toBe(ExitCode.Ok);
    });
  });

  // A pipe another program has made non-blocking (a Node program sharing it, as in `(node x.js &
  // cyber-ready ...) | less`, does so): once it is full, the tool's writes get EAGAIN and the rest
  // goes through Node's stream, which must be allowed to finish before the process ends.
  it.skipIf(process.platform === 'win32')('writes a large report whole through a non-blocking pipe that fills up', async () => {
    const nonBlocking = `import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])`;
    const { child, closed } = start('python3', ['-c', nonBlocking, process.execPath, binPath, 'show', big]);
    const chunks = await readLate(child, 500);
    expect(await closed).toEqual({ code: 0, stderr: '' });
    const expected = await runInProcess({ args: ['show', big] });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
  }, 120_000);

  it('writes a large report whole to a reader that is slow to start', async () => {
    const { child, closed } = start();
    const chunks = await readLate(child, 300);
    expect(await closed).toEqual({ code: 0, stderr: '' });
    const expected = await runInProcess({ args: ['show', big] });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
    expect(expected.stdout.length).toBeGreaterThan(1_000_000);
  }, 120_000);
});

describe('an expired waiver on a critical gap (README "Readiness as code")', () => {
  // The waiver keeps the gap out of the --fail-on gate until it expires; --min-score never looks at
  // waivers, since a waived gap counts in the score either way.
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-waiver-'));
  const answers = readFileSync(join(repoRoot, 'test/fixtures/valid/mini-good.answers.yaml'), 'utf8')
    .replace('owner: { value: in-place, reviewBy: 2027-06-30 }', 'owner: { value: partly, reviewBy: 2027-06-30 }')
    .concat('waivers:\n  - question: owner\n    reason: Interim owner until the restructure.\n    approvedBy: Audit Committee\n    expires: 2026-11-23\n');
  writeFileSync(join(dir, 'a.yaml'), answers);
  const assess = (today: string, gate: string[]) => runBinary({ args: ['assess', '-q', join(repoRoot, 'test/fixtures/valid/mini.yaml'), '-a', 'a.yaml', '--today', today, ...gate], cwd: dir });

  it('fails --fail-on critical once expired, and not the day before', async () => {
    expect((await assess('2026-11-23', ['--fail-on', 'critical'])).code).toBe(0);
    const expired = await assess('2026-11-24', ['--fail-on', 'critical']);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('gate failed: 1 unwaived critical gap\n');
  });

  it('does not fail --min-score alone, expired or not', async () => {
    for (const today of ['2026-11-23', '2026-11-24']) expect((await assess(today, ['--min-score', '50'])).code).toBe(0);
  });
});
