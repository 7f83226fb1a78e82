// The command line itself, as a CI engineer writes it into a job and a council's CAF lead types it:
// options given twice, an option's value forgotten, an unset variable, the common options before the
// command, every help's examples run as printed, and which of two questionnaires of one id is used.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

// What these tests check is what run() decides: the words, the exit code, the files written. The
// binary calls the same run(), and cli.test.ts takes usage errors through it, so here they run
// in-process (168 runs of the binary were 18 s of processor time); every help, and the examples it
// prints, still run through the binary below, as a person would type them.
const runCli = runInProcess;

const scratch = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-command-line-'));
const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const MINI = join(repoRoot, 'test/fixtures/valid/mini.answers.yaml');
const DIR = join(repoRoot, 'test/fixtures/valid');
const TODAY = ['--today', '2026-11-23'];
const COMMANDS = ['assess', 'validate', 'list', 'show', 'init', 'diff', 'trend', 'share', 'benchmark'];

/** Exit 2 with one usage line on standard error and nothing on standard output. */
function expectUsageError(result: { code: number; stdout: string; stderr: string }, line: string | RegExp): void {
  expect(result.code, result.stderr).toBe(ExitCode.CannotAssess);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  if (typeof line === 'string') expect(result.stderr).toBe(`${line}\n`);
  else expect(result.stderr).toMatch(line);
}

describe('an option that takes one value, given twice', () => {
  // Last-wins dropped a stricter gate without a word: `--fail-on high` from a CI template, then a
  // job's own `--fail-on critical`, gated on critical only.
  it.each([
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '50', '--min-score', '70'], line: `cyber-ready: option '--min-score <n>' was given twice, as "50" and as "70"; give it once` },
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on', 'high', '--fail-on=critical'], line: `cyber-ready: option '--fail-on <severity>' was given twice, as "high" and as "critical"; give it once` },
    { args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json', '--format', 'markdown'], line: `cyber-ready: option '-f, --format <format>' was given twice, as "json" and as "markdown"; give it once` },
    { args: ['assess', '-a', EXAMPLE, '--today', '2026-11-23', '--today', '2027-01-01'], line: /^cyber-ready: option '--today <YYYY-MM-DD>' was given twice/ },
    { args: ['validate', '-q', 'council-cyber-resilience', '-q', 'cyber-essentials-readiness', EXAMPLE], line: /^cyber-ready: option '-q, --questionnaire <id\|path>' was given twice/ },
    { args: ['list', '-f', 'json', '-f', 'text'], line: /^cyber-ready: option '-f, --format <format>' was given twice/ },
    { args: ['show', '-o', 'a.md', '-o', 'b.md', 'council-cyber-resilience'], line: /^cyber-ready: option '-o, --output <file>' was given twice/ },
    { args: ['init', '-q', 'council-cyber-resilience', '-q', 'caf-local-government', '-o', '-'], line: /^cyber-ready: option '-q, --questionnaire <id\|path>' was given twice/ },
    { args: ['diff', '-f', 'json', '-f', 'markdown', EXAMPLE, EXAMPLE], line: /^cyber-ready: option '-f, --format <format>' was given twice/ },
    { args: ['share', '--label', 'a', '--label', 'b', EXAMPLE], line: /^cyber-ready: option '--label <label>' was given twice/ },
    { args: ['benchmark', '--min-group', '5', '--min-group', '3', EXAMPLE], line: /^cyber-ready: option '--min-group <n>' was given twice/ },
  ])('is refused with exit 2 before anything is read or written: $args.0 $args.4 $args.5', async ({ args, line }) => {
    const cwd = scratch();
    expectUsageError(await runCli({ args, cwd }), line);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('with the same value twice, means what it says once', async () => {
    const twice = await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '50', '--min-score', '50', '-f', 'json', '--format=json'] });
    const once = await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '50', '-f', 'json'] });
    expect(twice.code).toBe(ExitCode.Ok);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('--report and --questionnaire-dir are still repeatable', async () => {
    const cwd = scratch();
    const r = await runCli({ args: ['assess', '--questionnaire-dir', DIR, '--questionnaire-dir', join(repoRoot, 'questionnaires'), '-a', MINI, ...TODAY, '--report', 'json=a.json', '--report', 'csv=a.csv'], cwd });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(readdirSync(cwd).sort()).toEqual(['a.csv', 'a.json']);
  });
});

describe('an option whose value was left out', () => {
  it('followed by another option of the command is refused, and no file is named after that option', async () => {
    const cwd = scratch();
    // `-o $REPORT --detail` with REPORT unset, and `init -o` meant as `init --force`.
    expectUsageError(await runCli({ args: ['init', '-o', '--force'], cwd }), `cyber-ready: option '-o, --output <file>' has no value: the word after it, "--force", is an option (a file whose name starts with "-" is written ./--force)`);
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-o', '--detail'], cwd }), /^cyber-ready: option '-o, --output <file>' has no value: the word after it, "--detail", is an option/);
    expectUsageError(await runCli({ args: ['show', 'council-cyber-resilience', '-o', '--questionnaire-dir=x'], cwd }), /"--questionnaire-dir=x", is an option/);
    expect(readdirSync(cwd)).toEqual([]);
    // Said as a missing value, not as a bad number or an unknown profile.
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '--fail-on', 'critical'] }), `cyber-ready: option '--min-score <n>' has no value: the word after it, "--fail-on", is an option`);
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--profile', '--fail-on-stale'] }), `cyber-ready: option '--profile <name>' has no value: the word after it, "--fail-on-stale", is an option`);
    expectUsageError(await runCli({ args: ['assess', '-a', '-h'] }), /^cyber-ready: option '-a, --answers <file>' has no value: the word after it, "-h", is an option/);
  });

  it('a file whose name starts with a dash is still written when given as a path', async () => {
    const cwd = scratch();
    const r = await runCli({ args: ['init', '-o', './--force', ...TODAY], cwd });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(readdirSync(cwd)).toEqual(['--force']);
    // A value that is not one of this command's options is a value: a negative score is out of range.
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, '--min-score', '-1'] }), /argument '-1' is invalid\. expected a number from 0 to 100, written in decimal \(such as 70 or 72\.5\)\./);
  });

  it('empty, as an unset variable leaves it, is refused rather than read as the current folder', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'stray.yaml'), 'id: stray\nversion: 1.0.0\ntitle: Stray\nsections: []\n');
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, '-q', ''], cwd }), `cyber-ready: option '-q, --questionnaire <id|path>' was given an empty value (is a variable unset?)`);
    expectUsageError(await runCli({ args: ['list', '--questionnaire-dir', ''], cwd }), `cyber-ready: option '--questionnaire-dir <dir>' was given an empty value (is a variable unset?)`);
    expectUsageError(await runCli({ args: ['assess', '-a', ''], cwd }), `cyber-ready: option '-a, --answers <file>' was given an empty value (is a variable unset?)`);
    expectUsageError(await runCli({ args: ['validate', EXAMPLE, ''], cwd }), 'cyber-ready: the <file> argument of validate is empty (is a variable unset?)');
    expectUsageError(await runCli({ args: ['diff', '', EXAMPLE], cwd }), 'cyber-ready: the <old> argument of diff is empty (is a variable unset?)');
    expectUsageError(await runCli({ args: ['show', ''], cwd }), 'cyber-ready: the <questionnaire> argument of show is empty (is a variable unset?)');
    expectUsageError(await runCli({ args: ['trend', ''], cwd }), 'cyber-ready: the <answers> argument of trend is empty (is a variable unset?)');
  });

  it('white space alone, as "$DIR $NAME" with both unset leaves it, is refused and nothing is written', async () => {
    const cwd = scratch();
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-o', ' '], cwd }), `cyber-ready: option '-o, --output <file>' argument ' ' is invalid. expected a file name, not only white space (is a variable unset?).`);
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--report', 'html=  '], cwd }), 'cyber-ready: --report takes FORMAT=FILE (such as json=report.json), not "html=  "');
    // The tab is named, as a value from a file is.
    expectUsageError(await runCli({ args: ['init', '-o', '\t', ...TODAY], cwd }), `cyber-ready: option '-o, --output <file>' argument "\\u0009" (is only a tab) is invalid. expected a file name, not only white space (is a variable unset?).`);
    expectUsageError(await runCli({ args: ['assess', '--save', '  '], cwd }), `cyber-ready: option '--save <file>' was given only white space, "  " (is a variable unset?)`);
    expectUsageError(await runCli({ args: ['validate', ' '], cwd }), 'cyber-ready: the <file> argument of validate is only white space, " " (is a variable unset?)');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--report without a format, or onto standard output, is refused in words that say what it takes', async () => {
    const cwd = scratch();
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--report', 'markdown=-'], cwd }), 'cyber-ready: --report writes a file, and standard output carries the --format report: for markdown there, use --format markdown');
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--report', '=x.md'], cwd }), 'cyber-ready: --report takes FORMAT=FILE (such as json=report.json), not "=x.md"');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a file name that ends in a space is quoted, so the space shows', async () => {
    const r = await runCli({ args: ['validate', `${EXAMPLE} `] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`"${EXAMPLE} ": no such file\n`);
  });
});

// A value copied from a web page or a chat brings invisible characters, and a CI variable can hold a
// whole document: an option's value is quoted as a value from a file is, the character named and a
// long value cut, so that the one line says what is wrong with it.
describe('an option value with an invisible character, or far too long', () => {
  const LONG = 'x'.repeat(5000);
  it.each([
    { name: '--profile with a no-break space', args: ['assess', '-a', EXAMPLE, ...TODAY, '--profile', 'baseline\u00a0'], line: 'cyber-ready: --profile: questionnaire "council-cyber-resilience" has no profile "baseline\\u00A0" (ends with a no-break space) (profiles: baseline)' },
    { name: '--fail-on with a zero-width space', args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on', 'high\u200b'], line: `cyber-ready: option '--fail-on <severity>' argument "high\\u200B" (ends with a zero-width space) is invalid. expected one of critical, high, medium, low.` },
    { name: 'share --label of 5,000 characters', args: ['share', EXAMPLE, ...TODAY, '--label', LONG], line: `cyber-ready: option '--label <label>' argument "${'x'.repeat(60)}…" (5000 characters) is invalid. expected a label of 1 to 100 printable characters.` },
    { name: '--report with a zero-width space in its format', args: ['assess', '-a', EXAMPLE, ...TODAY, '--report', 'js\u200bon=x.json'], line: 'cyber-ready: --report: unknown format "js\\u200Bon" (its character 3 is a zero-width space); choose from text, markdown, json, junit, sarif, gitlab, csv, html or docx' },
    { name: 'an option given twice, once with a no-break space', args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on', 'high', '--fail-on', 'high\u00a0'], line: `cyber-ready: option '--fail-on <severity>' was given twice, as "high" and as "high\\u00A0" (ends with a no-break space); give it once` },
  ])('$name', async ({ args, line }) => {
    expectUsageError(await runCli({ args }), line);
  });

  it('an ordinary refused value keeps its words', async () => {
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on', 'severe'] }), `cyber-ready: option '--fail-on <severity>' argument 'severe' is invalid. expected one of critical, high, medium, low.`);
  });
});

describe('--min-score, as a CI variable might hold it', () => {
  it.each(['70%', '7e1', '101', '-5', '70 points'])('"%s" is refused, saying how to write it', async (value) => {
    expectUsageError(await runCli({ args: ['assess', '-a', EXAMPLE, ...TODAY, `--min-score=${value}`] }), `cyber-ready: option '--min-score <n>' argument '${value}' is invalid. expected a number from 0 to 100, written in decimal (such as 70 or 72.5).`);
  });
});

describe('an option given to a command that does not take it', () => {
  it('says which commands do', async () => {
    expectUsageError(await runCli({ args: ['validate', '--format', 'json', EXAMPLE] }), "cyber-ready: unknown option '--format' for validate; it is an option of assess, list, diff, trend and benchmark");
    expectUsageError(await runCli({ args: ['list', '--min-score=70'] }), "cyber-ready: unknown option '--min-score=70' for list; it is an option of assess");
    expectUsageError(await runCli({ args: ['show', '-a', EXAMPLE] }), "cyber-ready: unknown option '-a' for show; it is an option of assess");
    // A near name of the command's own is still suggested, and a name no command has is only unknown.
    expectUsageError(await runCli({ args: ['init', '--forse'] }), "cyber-ready: unknown option '--forse'; did you mean --force?");
    expectUsageError(await runCli({ args: ['init', '--no-such-thing'] }), "cyber-ready: unknown option '--no-such-thing'");
  });
});

describe('the options every command takes, before the command', () => {
  it('work there as after it, as the top-level help lists them', async () => {
    const ownDir = scratch();
    writeFileSync(join(ownDir, 'own.yaml'), readFileSync(join(DIR, 'mini.yaml'), 'utf8').replace('id: mini', 'id: own').replace('title: Mini questionnaire', 'title: Our own'));
    const before = await runCli({ args: ['--questionnaire-dir', DIR, 'list', '--questionnaire-dir', ownDir] });
    expect(before.code, before.stderr).toBe(ExitCode.Ok);
    // Folders given in both places add up, those before the command first.
    expect(before.stdout).toMatch(/^ID .*\nmini +1\.2\.0 .*\nown +1\.2\.0 .*custom +Our own\n/);
    const coloured = await runCli({ args: ['--no-color', 'assess', '--questionnaire-dir', DIR, '-a', MINI, ...TODAY], env: { FORCE_COLOR: '3' } });
    expect(coloured.code, coloured.stderr).toBe(ExitCode.Ok);
    expect(coloured.stdout).not.toContain('\u001b');
    expect((await runCli({ args: ['--debug', 'show', 'council-cyber-resilience'] })).code).toBe(ExitCode.Ok);
  });

  it('a command\'s own option there is still unknown, said with whose it is and where it goes', async () => {
    expectUsageError(await runCli({ args: ['--min-score', '70', 'assess'] }), "cyber-ready: unknown option '--min-score' before the command; it is an option of assess, and goes after the command's name: cyber-ready assess --min-score 70");
  });
});

describe('--help', () => {
  it.each(['', ...COMMANDS])('of "%s" fits 80 columns', async (command) => {
    const { stdout, code } = await runCli({ args: [...(command ? [command] : []), '--help'] });
    expect(code).toBe(ExitCode.Ok);
    const long = stdout.split('\n').filter((l) => l.length > 80);
    expect(long).toEqual([]);
  });

  // Commander stops wrapping a description with under 40 columns beside its option, so at 60 to 72
  // columns (a split pane) the terminal broke every one mid-word. COLUMNS stands in for the
  // terminal's width, as it does for the reports when not on a terminal.
  it.each(['', ...COMMANDS].flatMap((command) => [60, 40, 30, 20].map((width) => [command, width] as const)))('of "%s" at %i columns wraps every line but the examples to fit, never inside a word', async (command, width) => {
    const { stdout, code } = await runCli({ args: [...(command ? [command] : []), '--help'], env: { COLUMNS: String(width) } });
    expect(code).toBe(ExitCode.Ok);
    // A command to type is not broken: the usage line and the examples run on, for the terminal to
    // fold; so does a word longer than the line, on a line of its own.
    // So does an option or a command on a line of its own ("  -q, --questionnaire <id|path>").
    const alone = (l: string): boolean => !/\s/.test(l.trim()) || (/^ {2}\S/.test(l) && !/\S {2,}\S/.test(l));
    const long = stdout.split('\n').filter((l) => l.length > width && !l.startsWith('  $ cyber-ready ') && !l.startsWith('Usage: cyber-ready ') && !alone(l));
    expect(long).toEqual([]);
    // Nothing is lost and no word is cut: the same words as at 80 columns, in the same order.
    const wide = await runCli({ args: [...(command ? [command] : []), '--help'] });
    expect(stdout.split(/\s+/).join(' ')).toBe(wide.stdout.split(/\s+/).join(' '));
  });

  it('puts a description under its option when there is no room beside it', async () => {
    const { stdout } = await runCli({ args: ['validate', '--help'], env: { COLUMNS: '40' } });
    expect(stdout).toContain('\n  -q, --questionnaire <id|path>\n      questionnaire to check answers\n');
  });

  describe('examples run as printed', () => {
    let template = '';
    const shim = (): string => {
      const dir = scratch();
      writeFileSync(join(dir, 'cyber-ready'), `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
      chmodSync(join(dir, 'cyber-ready'), 0o755);
      return dir;
    };
    let bin = '';
    const examples: string[] = [];

    beforeAll(async () => {
      bin = shim();
      for (const command of ['', ...COMMANDS]) {
        const { stdout } = await runBinary({ args: [...(command ? [command] : []), '--help'] });
        for (const m of stdout.matchAll(/^ {2}\$ (cyber-ready .*)$/gm)) examples.push(m[1] as string);
      }
      // A council's repository, with what the examples name: the example answers as readiness.yaml
      // (committed, for trend), an older copy, a questionnaire of its own with answers, and five
      // councils' extracts for the benchmark.
      template = scratch();
      const t = (...p: string[]): string => join(template, ...p);
      mkdirSync(t('examples'));
      mkdirSync(t('extracts'));
      cpSync(join(repoRoot, 'questionnaires'), t('questionnaires'), { recursive: true });
      cpSync(EXAMPLE, t('examples/council-cyber-resilience.answers.yaml'));
      for (const name of ['readiness.yaml', 'readiness-2026-05.yaml', 'old.yaml', 'new.yaml']) cpSync(EXAMPLE, t(name));
      cpSync(join(DIR, 'mini.yaml'), t('my-questionnaire.yaml'));
      cpSync(MINI, t('my-answers.yaml'));
      // Five councils, each assessed in its own month (one assessment given five times counts once).
      for (const [k, label] of ['a', 'b', 'c', 'd', 'e', 'ours'].entries()) {
        writeFileSync(t(`council-${label}.yaml`), readFileSync(EXAMPLE, 'utf8').replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`));
        const r = await runBinary({ args: ['share', `council-${label}.yaml`, '--label', label, ...TODAY, '-o', label === 'ours' ? 'ours.json' : `extracts/${label}.json`], cwd: template });
        expect(r.code, r.stderr).toBe(ExitCode.Ok);
      }
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: template, env: { ...process.env, GIT_AUTHOR_NAME: 'ICT', GIT_AUTHOR_EMAIL: 'ict@example.org', GIT_COMMITTER_NAME: 'ICT', GIT_COMMITTER_EMAIL: 'ict@example.org' } }).toString();
      git('init', '-q');
      git('add', 'readiness.yaml');
      git('commit', '-q', '-m', 'Readiness answers');
    }, 60_000);

    it('every example is found', () => {
      expect(examples.length).toBeGreaterThan(15);
    });

    it('each example exits 0 or 1 (a gate), never 2', () => {
      const ran: string[] = [];
      for (const example of examples) {
        // The guided walk needs a terminal: the tmux tests run it.
        if (/^cyber-ready assess( --plain)?$/.test(example)) continue;
        const cwd = scratch();
        cpSync(template, cwd, { recursive: true });
        // init's examples start a file of their own: as on a fresh start, it is not there yet.
        const target = /^cyber-ready init\b/.test(example) ? (/-o (\S+)/.exec(example)?.[1] ?? 'cyber-ready-answers.yaml') : undefined;
        if (target) rmSync(join(cwd, target), { force: true });
        const r = spawnSync('sh', ['-c', example], { cwd, env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, TZ: 'Europe/London' }, encoding: 'utf8' });
        expect([0, 1], `${example}\n${r.stderr}`).toContain(r.status);
        if (target) expect(existsSync(join(cwd, target)), example).toBe(true);
        ran.push(example);
      }
      expect(ran.length).toBe(examples.length - 2);
    }, 120_000);
  });
});

const SHIRE = readFileSync(join(DIR, 'mini.yaml'), 'utf8').replace('id: mini', 'id: shire-caf');

describe('two questionnaires of one id', () => {
  it('list names the one that show and assess use: in a folder, the file named after the id', async () => {
    const dir = scratch();
    // An old copy kept beside the current file sorts before it by name.
    writeFileSync(join(dir, 'shire-caf-2025.yaml'), SHIRE.replace('version: 1.2.0', 'version: 0.9.0'));
    writeFileSync(join(dir, 'shire-caf.yaml'), SHIRE);
    const list = await runCli({ args: ['list', '--questionnaire-dir', dir] });
    expect(list.code, list.stderr).toBe(ExitCode.Ok);
    expect(list.stdout).toMatch(/\nshire-caf +1\.2\.0 /);
    expect(list.stderr).toBe(`${join(dir, 'shire-caf-2025.yaml')}:2:5: warning: questionnaire "shire-caf" is hidden by ${join(dir, 'shire-caf.yaml')}, which has the same id and is the one used\n`);
    const show = await runCli({ args: ['show', 'shire-caf', '--questionnaire-dir', dir] });
    expect(show.stdout).toContain('`shire-caf` version 1.2.0 ');
  });

  it('validate given both checks answers against the first, and says so', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'current.yaml'), SHIRE);
    writeFileSync(join(dir, 'next.yaml'), SHIRE.replace('version: 1.2.0', 'version: 2.0.0'));
    writeFileSync(join(dir, 'answers.yaml'), readFileSync(MINI, 'utf8').replace('questionnaire: mini', 'questionnaire: shire-caf'));
    const r = await runCli({ args: ['validate', 'current.yaml', 'next.yaml', 'answers.yaml'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('next.yaml:2:5: warning: questionnaire "shire-caf" was given already in this run (current.yaml); answers that name it are checked against that one\n');
    expect(r.stdout).toMatch(/\nanswers\.yaml: valid answers to shire-caf 1\.2\.0 /);
    // The same file twice is one questionnaire, not two.
    const same = await runCli({ args: ['validate', 'current.yaml', 'current.yaml'], cwd: dir });
    expect(same.stderr).toBe('');
  });
});
