import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from './helpers/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The long flags (and short ones) in the first column of the markdown table under a heading. */
function readmeFlags(heading: string): string[] {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no "${heading}"`);
  const table = readme.slice(at).split('\n').slice(2);
  const rows = table.slice(0, table.findIndex((l, i) => i > 0 && !l.startsWith('|')));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string)).sort();
}

/** The rows of the markdown table under a heading. */
function readmeRows(heading: string): string[] {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no "${heading}"`);
  const table = readme.slice(at).split('\n').slice(2);
  return table.slice(2, table.findIndex((l, i) => i > 0 && !l.startsWith('|')));
}

/** The flags a --help lists under "Options:". */
async function helpFlags(args: string[]): Promise<string[]> {
  const { stdout } = await runInProcess({ args: [...args, '--help'] });
  const options = stdout.slice(stdout.indexOf('Options:'));
  return options
    .split('\n')
    .filter((l) => /^ {2}-/.test(l))
    .flatMap((l) => [...(l.trim().split(/ {2,}/)[0] ?? '').matchAll(/(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string));
}

const COMMON = ['--questionnaire-dir', '--no-color', '--debug', '-h', '--help'];

describe('README and --help agree', () => {
  it.each(['assess', 'validate', 'list', 'show', 'init', 'diff', 'trend', 'share', 'benchmark'])('on the options of %s, and its help has examples and exit codes', async (command) => {
    const fromHelp = await helpFlags([command]);
    expect(fromHelp.filter((f) => !COMMON.includes(f)).sort()).toEqual(readmeFlags(`### Options of \`${command}\``));
    for (const common of COMMON) expect(fromHelp).toContain(common);
    const { stdout } = await runInProcess({ args: [command, '--help'] });
    expect(stdout).toMatch(/\nExamples:\n {2}\$ cyber-ready /);
    expect(stdout).toMatch(/\nExit codes: 0 /);
    expect(stdout).not.toContain('(default: [])');
  });

  it.each(['assess', 'validate', 'list', 'show', 'init', 'diff', 'trend', 'share', 'benchmark'])('on the defaults of %s', async (command) => {
    const { stdout } = await runInProcess({ args: [command, '--help'] });
    // Each option with its description, the wrapped lines joined.
    const blocks = stdout.slice(stdout.indexOf('Options:')).split(/\n(?= {2}-)/).map((b) => b.replace(/\s+/g, ' ').trim());
    const rows = readmeRows(`### Options of \`${command}\``);
    let checked = 0;
    for (const block of blocks) {
      const flag = /(--[a-z][a-z-]*)/.exec(block)?.[1] ?? '';
      // A quoted or numeric default, or an environment variable the default comes from (SOURCE_DATE_EPOCH).
      for (const m of block.matchAll(/default: (?:"([^"]*)"|(\d+)|([A-Z][A-Z_]+)\b)/g)) {
        const value = m[1] ?? m[2] ?? m[3] ?? '';
        const row = rows.find((r) => (r.split('|')[1] ?? '').includes(flag));
        expect(row, `${command} ${flag}`).toBeDefined();
        expect(row, `${command} ${flag} defaults to ${value}`).toContain(value);
        checked++;
      }
    }
    if (['assess', 'list', 'init', 'diff', 'trend', 'benchmark'].includes(command)) expect(checked).toBeGreaterThan(0);
  });

  it('on the exit codes: the README table has a row for every code each command\'s help gives, and names the commands that exit 1', async () => {
    const rows = readmeRows('### Exit codes');
    const codeOf = (row: string): number => Number(row.split('|')[1]?.trim());
    const exitingOne: string[] = [];
    for (const command of ['assess', 'validate', 'list', 'show', 'init', 'diff', 'trend', 'share', 'benchmark']) {
      const { stdout } = await runInProcess({ args: [command, '--help'] });
      const said = stdout.slice(stdout.indexOf('\nExit codes: ')).replace(/\s+/g, ' ');
      for (const m of said.matchAll(/(?:: |, )(\d+) /g)) {
        const code = Number(m[1]);
        expect(rows.some((r) => codeOf(r) === code), `${command} exits ${code}`).toBe(true);
        if (code === 1) exitingOne.push(command);
      }
    }
    const one = rows.find((r) => codeOf(r) === 1) ?? '';
    expect([...one.matchAll(/`([a-z]+)[` ]/g)].map((m) => m[1]).sort()).toEqual(exitingOne.sort());
    // A stop by signal, as the Limits section says: Ctrl-C, a cancelled CI job and a closed terminal.
    expect(rows.map(codeOf).filter((c) => c > 2).sort()).toEqual([129, 130, 143]);
  });

  it('on the options every command takes, which the top-level help lists too', async () => {
    const { stdout } = await runInProcess({ args: ['--help'] });
    const listed = stdout.slice(stdout.indexOf('Options every command takes:')).split('\n').filter((l) => /^ {2}-/.test(l)).flatMap((l) => [...(l.trim().split(/ {2,}/)[0] ?? '').matchAll(/(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string));
    expect(listed.sort()).toEqual(readmeFlags('### Options every command takes'));
    expect([...COMMON].sort()).toEqual(readmeFlags('### Options every command takes'));
  });

  it('on the environment variables each common option names, in the top-level help and every command\'s', async () => {
    const names = (text: string): string[] => [...new Set([...text.matchAll(/\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g)].map((m) => m[1] as string))].sort();
    const rows = readmeRows('### Options every command takes');
    const helps = await Promise.all([[], ...['assess', 'validate', 'list', 'show', 'init', 'diff', 'trend', 'share', 'benchmark'].map((c) => [c])].map(async (c) => (await runBinary({ args: [...c, '--help'] })).stdout));
    let compared = 0;
    for (const row of rows) {
      const flag = /(--[a-z][a-z-]*)/.exec(row.split('|')[1] ?? '')?.[1] ?? '';
      const fromReadme = names(row.split('|')[2] ?? '');
      for (const help of helps) {
        const options = help.slice(help.search(/\nOptions( every command takes)?:\n/));
        const block = options.split(/\n(?= {2}-)/).find((b) => b.trimStart().startsWith(flag) || b.includes(` ${flag} `) || b.includes(`${flag}  `));
        expect(block, flag).toBeDefined();
        expect(names(block ?? ''), `${flag} in --help and README`).toEqual(fromReadme);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('on the columns of list', async () => {
    const { stdout } = await runInProcess({ args: ['list'] });
    const header = stdout.split('\n')[0]?.trim().split(/\s+/) ?? [];
    expect(readme).toContain(`columns ${header.slice(0, -1).join(', ')} and ${header.at(-1)}`);
    const { stdout: help } = await runInProcess({ args: ['list', '--help'] });
    expect(help.replace(/\s+/g, ' ')).toContain(header.map((h) => h.toLowerCase()).join(', '));
  });

  it('on the question counts the guided session in the README shows, which are the questionnaire\'s', async () => {
    const listed = JSON.parse((await runBinary({ args: ['list', '--format', 'json'] })).stdout) as { title: string; questions: number; questionsPerSystem: number }[];
    const session = readme.slice(readme.indexOf('$ npx cyber-ready assess\n'));
    const chosen = /✔ Which questionnaire\? (.+) \((\d+) questions\)/.exec(session);
    expect(chosen).not.toBeNull();
    const entry = listed.find((q) => q.title === chosen?.[1]);
    expect(entry, chosen?.[1]).toBeDefined();
    expect(entry?.questionsPerSystem).toBe(0);
    expect(Number(chosen?.[2])).toBe(entry?.questions);
    const progress = [...session.slice(0, session.indexOf('\n```')).matchAll(/Question \d+ of (\d+)/g)].map((m) => Number(m[1]));
    expect(progress.length).toBeGreaterThan(0);
    for (const total of progress) expect(total).toBe(entry?.questions);
  });

  it('-v and --version print the version', async () => {
    for (const flag of ['-v', '--version']) expect((await runInProcess({ args: [flag] })).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
