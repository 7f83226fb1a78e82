// Usage mistakes made while learning the tool from --help and its errors, each told with the way on
// (a reviewer's reading of the command line): the answers file given to assess as an argument, a
// command's own option before the command, an unknown or half-typed command, a choice in the wrong
// case, a missing folder that is a link's, a unit written after a number, and trend given "-".
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

// Each hint is what run() says, which the binary calls: run in-process (55 runs of the binary were 6 s
// of processor time), but for `trend -`; cli.test.ts takes usage errors through the binary.
const runCli = runInProcess;

const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const TODAY = ['--today', '2026-11-23'];
const scratch = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-usage-hints-'));

/** Exit 2 with exactly this one line on standard error and nothing on standard output. */
function expectUsageError(result: { code: number; stdout: string; stderr: string }, line: string): void {
  expect(result.code, result.stderr).toBe(ExitCode.CannotAssess);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`${line}\n`);
}

describe('more arguments than a command takes', () => {
  it('an answers file given to assess as an argument: the command with --answers is given', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'council.answers.yaml'), readFileSync(EXAMPLE));
    // There, or named as an answers file is named, or "-".
    expectUsageError(await runCli({ args: ['assess', 'council.answers.yaml'], cwd: dir }), 'cyber-ready: assess takes the answers file as --answers FILE: cyber-ready assess --answers council.answers.yaml');
    expectUsageError(await runCli({ args: ['assess', 'not-yet.json'], cwd: dir }), 'cyber-ready: assess takes the answers file as --answers FILE: cyber-ready assess --answers not-yet.json');
    writeFileSync(join(dir, 'our answers'), readFileSync(EXAMPLE));
    expectUsageError(await runCli({ args: ['assess', '--min-score', '70', 'our answers'], cwd: dir }), "cyber-ready: assess takes the answers file as --answers FILE: cyber-ready assess --answers 'our answers'");
  });

  it('any other excess says how many the command takes and where its usage is', async () => {
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, 'more.yaml'] }), 'cyber-ready: assess takes no arguments, but was given 1: "more.yaml"; run cyber-ready assess --help for its usage');
    expectUsageError(await runCli({ args: ['assess', 'council'] }), 'cyber-ready: assess takes no arguments, but was given 1: "council"; run cyber-ready assess --help for its usage');
    expectUsageError(await runCli({ args: ['list', 'extra'] }), 'cyber-ready: list takes no arguments, but was given 1: "extra"; run cyber-ready list --help for its usage');
    expectUsageError(await runCli({ args: ['share', 'a', 'b'] }), 'cyber-ready: share takes 1 argument (<answers>), but was given 2: "a" and "b"; run cyber-ready share --help for its usage');
    expectUsageError(await runCli({ args: ['diff', 'a', 'b', 'c', 'd', 'e'] }), 'cyber-ready: diff takes 2 arguments (<old> <new>), but was given 5: "a", "b", "c" and …; run cyber-ready diff --help for its usage');
  });
});

describe('what a hint takes for a file, a command and an argument count', () => {
  it('a folder is not taken for an answers file', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'examples'));
    expectUsageError(await runCli({ args: ['examples'], cwd: dir }), "cyber-ready: unknown command 'examples'; run cyber-ready --help for the commands");
    expectUsageError(await runCli({ args: ['assess', 'examples'], cwd: dir }), 'cyber-ready: assess takes no arguments, but was given 1: "examples"; run cyber-ready assess --help for its usage');
  });

  it('a name with a control character is said on one line, with no command that would name another file', async () => {
    const dir = scratch();
    expectUsageError(await runCli({ args: ['a\nb.yaml'], cwd: dir }), "cyber-ready: unknown command 'a b.yaml'; to assess that file: give it to assess as --answers FILE");
    expectUsageError(await runCli({ args: ['assess', 'a\tb.yaml'], cwd: dir }), 'cyber-ready: assess takes the answers file as --answers FILE');
    expectUsageError(await runCli({ args: ['--detail', 'assess', '-a', 'a\nb.yaml'], cwd: dir }), "cyber-ready: unknown option '--detail' before the command; it is an option of assess, and goes after the command's name");
  });

  it("an option's value that is a command's name is not taken for the command", async () => {
    expectUsageError(await runCli({ args: ['-o', 'diff', 'assess', '-a', 'x.yaml'] }), "cyber-ready: unknown option '-o' before the command; it is an option of assess, show, init, diff, trend, share and benchmark, and goes after the command's name: cyber-ready assess -o diff -a x.yaml");
  });

  it('an optional argument is counted as "at most" and shown in brackets, as the help shows it', async () => {
    expectUsageError(await runCli({ args: ['show', 'a', 'b'] }), 'cyber-ready: show takes at most 1 argument ([questionnaire]), but was given 2: "a" and "b"; run cyber-ready show --help for its usage');
  });
});

describe("a command's own option before the command's name", () => {
  // README: only the options every command takes may go there. Refused still, with whose it is and the line with it moved.
  it.each([
    { args: ['--format', 'json', 'list'], line: "cyber-ready: unknown option '--format' before the command; it is an option of assess, list, diff, trend and benchmark, and goes after the command's name: cyber-ready list --format json" },
    { args: ['--today', '2026-01-01', 'assess', '-a', 'a.yaml'], line: "cyber-ready: unknown option '--today' before the command; it is an option of assess, init, diff, trend, share and benchmark, and goes after the command's name: cyber-ready assess --today 2026-01-01 -a a.yaml" },
    { args: ['--detail', 'assess'], line: "cyber-ready: unknown option '--detail' before the command; it is an option of assess, and goes after the command's name: cyber-ready assess --detail" },
    { args: ['-f', 'json', 'list'], line: "cyber-ready: unknown option '-f' before the command; it is an option of assess, list, diff, trend and benchmark, and goes after the command's name: cyber-ready list -f json" },
    // The command named does not take it: whose it is, and no line that would fail again.
    { args: ['--detail', 'list'], line: "cyber-ready: unknown option '--detail' before the command; it is an option of assess, and goes after the command's name" },
    // No command has it: unknown, as before.
    { args: ['--no-such', 'list'], line: "cyber-ready: unknown option '--no-such'" },
  ])('$args', async ({ args, line }) => {
    expectUsageError(await runCli({ args }), line);
  });
});

describe('an unknown command', () => {
  it.each([
    { args: ['foo'], line: "cyber-ready: unknown command 'foo'; run cyber-ready --help for the commands" },
    { args: ['help', 'foo'], line: "cyber-ready: unknown command 'foo'; run cyber-ready --help for the commands" },
    // The start of a command's name, too far from it for a spelling suggestion.
    { args: ['bench', 'x.json'], line: "cyber-ready: unknown command 'bench'; did you mean benchmark?" },
    { args: ['s'], line: "cyber-ready: unknown command 's'; did you mean show or share?" },
    // A near misspelling keeps commander's suggestion.
    { args: ['asess'], line: "cyber-ready: unknown command 'asess'; did you mean assess?" },
    { args: ['council.answers.yaml'], line: "cyber-ready: unknown command 'council.answers.yaml'; to assess that file: cyber-ready assess --answers council.answers.yaml" },
  ])('$args', async ({ args, line }) => {
    expectUsageError(await runCli({ args }), line);
  });
});

describe('a choice written in another case, or as a file ending', () => {
  it.each([
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on', 'High'], line: "cyber-ready: option '--fail-on <severity>' argument 'High' is invalid. expected one of critical, high, medium, low; did you mean high?" },
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'md'], line: "cyber-ready: option '-f, --format <format>' argument 'md' is invalid. Allowed choices are text, markdown, json, junit, sarif, gitlab, csv, html, docx; did you mean markdown?" },
    { args: ['list', '-f', 'JSON'], line: "cyber-ready: option '-f, --format <format>' argument 'JSON' is invalid. Allowed choices are text, json; did you mean json?" },
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '--report', 'md=paper.md'], line: 'cyber-ready: --report: unknown format "md" (did you mean markdown?); choose from text, markdown, json, junit, sarif, gitlab, csv, html or docx' },
    // Nothing meant that the command has: the choices alone, as before.
    { args: ['list', '-f', 'md'], line: "cyber-ready: option '-f, --format <format>' argument 'md' is invalid. Allowed choices are text, json." },
  ])('$args', async ({ args, line }) => {
    expectUsageError(await runCli({ args }), line);
  });
});

describe('an output file that is a link to a folder that is not there', () => {
  // The folder missing is the link's target's, not the one the link is in.
  it.each([
    ['show', ['show', 'council-cyber-resilience', '-o', 'dangling.txt']],
    ['init', ['init', '-o', 'dangling.txt', ...TODAY]],
    ['share', ['share', EXAMPLE, '-o', 'dangling.txt', ...TODAY]],
    ['assess -o', ['assess', '-a', EXAMPLE, ...TODAY, '-o', 'dangling.txt']],
    ['assess --report', ['assess', '-a', EXAMPLE, ...TODAY, '--report', 'json=dangling.txt']],
    ['diff', ['diff', EXAMPLE, EXAMPLE, ...TODAY, '-o', 'dangling.txt']],
    ['benchmark', ['benchmark', EXAMPLE, 'copy.answers.yaml', '--min-group', '2', ...TODAY, '-o', 'dangling.txt']],
  ])('%s names the link target', async (_name, args) => {
    const dir = scratch();
    symlinkSync('nowhere/x', join(dir, 'dangling.txt'));
    // Another council: another month (one assessment given twice counts once).
    writeFileSync(join(dir, 'copy.answers.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Wrenford', 'Ashby').replace(/^assessedOn: 2026-11-/m, 'assessedOn: 2026-10-'));
    const r = await runCli({ args, cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n').filter((l) => !l.includes('warning:'))).toEqual(['dangling.txt: cannot write: it links to nowhere/x, whose folder does not exist', '']);
  });

  it('a file that is no link keeps the words it had', async () => {
    const r = await runCli({ args: ['show', 'council-cyber-resilience', '-o', 'nowhere/x'], cwd: scratch() });
    expect(r.stderr).toBe('nowhere/x: cannot write: its folder does not exist\n');
  });
});

describe('a number written with its unit in an answers file', () => {
  it.each([
    ['21 days', '; write 21'],
    ['1 day', '; write 1'],
    ['21 Days', '; write 21'],
    // Another unit, or more words, is not guessed at.
    ['21 weeks', ''],
    ['about 21 days', ''],
  ])('"%s"', async (value, hint) => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE, 'utf8').replace(/tech-patch-days-critical: 21 /, `tech-patch-days-critical: ${value} `));
    const r = await runCli({ args: ['validate', 'a.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain(`a.yaml:216:29: "tech-patch-days-critical": "${value}" is not a number of days${hint}\n`);
  });
});

describe('small things a first reading trips on', () => {
  it('trend - says that standard input has no history', async () => {
    // Through the binary, whose standard input stays open: a trend that read it before refusing would hang.
    expectUsageError(await runBinary({ args: ['trend', '-'] }), 'cyber-ready: trend reads the versions of a file in its git history, and standard input has none; give the answers file by its path in the repository');
  });

  it('-h is described in the same words at the top level and in every command', async () => {
    const top = await runCli({ args: ['--help'] });
    const own = await runCli({ args: ['list', '--help'] });
    const helpLines = (text: string): string[] => text.split('\n').filter((l) => /^ {2}-h, --help/.test(l)).map((l) => l.replace(/ +/g, ' '));
    expect(helpLines(top.stdout)).toEqual(['  -h, --help show this help', '  -h, --help show this help'].map((l) => l.replace(/ +/g, ' ')));
    expect(helpLines(own.stdout)).toEqual([' -h, --help show this help']);
  });

  it('the closing line of a failed gate says what was found, not only what was asked', async () => {
    const r = await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '70', '--fail-on', 'critical'] });
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stderr).toMatch(/\ncyber-ready: gate failed: overall score 51 is below 70; \d+ unwaived critical gaps?\n$/);
  });

  it('the closing line names who falls short of a profile by title, as the FAIL line above it does', async () => {
    const args = ['assess', '-q', 'test/fixtures/systems/sys.yaml', '-a', 'test/fixtures/systems/sys.answers.yaml', ...TODAY, '--profile', 'baseline', '--no-interactive'];
    const r = await runCli({ args });
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stdout).toContain('short: Social care case management and Waste');
    expect(r.stderr).toMatch(/\ncyber-ready: gate failed: profile "baseline": 2 of 4 requirements met; short: Social care case management and Waste collection\n$/);
    const detail = await runCli({ args: [...args, '--detail'] });
    expect(detail.stdout.replace(/\s+/g, ' ')).toContain('profile "baseline": 2 of 4 requirements met; short: Social care case management and Waste collection; the ones not met are under "Profiles" above.');
  });
});

describe('an argument or an option value left out', () => {
  it('says the command’s usage line and where to read more, not only what is missing', async () => {
    expectUsageError(await runCli({ args: ['validate'] }), 'cyber-ready: validate needs its <file> argument: cyber-ready validate [options] <file...>; run cyber-ready validate --help for more');
    expectUsageError(await runCli({ args: ['diff', 'a.yaml'] }), 'cyber-ready: diff needs its <new> argument: cyber-ready diff [options] <old> <new>; run cyber-ready diff --help for more');
    expectUsageError(await runCli({ args: ['share'] }), 'cyber-ready: share needs its <answers> argument: cyber-ready share [options] <answers>; run cyber-ready share --help for more');
    expectUsageError(await runCli({ args: ['assess', '--answers'] }), "cyber-ready: option '-a, --answers <file>' needs a value after it; run cyber-ready assess --help for what it takes");
  });
});
