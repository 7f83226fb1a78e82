// A questionnaire's `systemLabel` is its author's words, set into sentences, headings, table columns
// and prompts in every output. It was the one field no output made safe: an escape sequence reached
// the terminal raw, a line break in it started a line of its own (which GitHub Actions reads for
// workflow commands), and its HTML opened elements in the HTML report. The schema now refuses a
// label with a control character or a line break; what it allows (a bidirectional override, markup)
// is made safe by every output, as the other fields from files are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

const TODAY = ['--today', '2026-11-23'];
// C0 controls but newline, DEL, C1 controls, the bidirectional overrides and isolates, and the Unicode line separators.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

const questionnaire = (label: string, sectionTitle = 'Each system'): string =>
  [
    'id: lbl',
    'version: 1.0.0',
    'title: L',
    `systemLabel: ${label}`,
    'sections:',
    '  - { id: o, title: Organisation, questions: [ { id: oq, text: Board?, type: yes-no, severity: high } ] }',
    `  - { id: s, title: ${JSON.stringify(sectionTitle)}, scope: system, questions: [ { id: q, text: Patched?, type: yes-no, severity: critical } ] }`,
    '',
  ].join('\n');
const answers = (systems: [id: string, q: string][], organisation = 'T'): string =>
  ['questionnaire: lbl', `organisation: ${organisation}`, 'answers: { oq: no }', 'systems:', ...systems.map(([id, q]) => `  - { id: ${id}, title: ${id.toUpperCase()}, answers: { q: ${q} } }`), ''].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-system-label-'));
});

describe('the schema refuses a label that is not a few words on one line', () => {
  // The review's label: an escape sequence, then a line break and a workflow command, then HTML.
  const REVIEWED = '"sys\\e[31m\\n::stop-commands::tok <img src=x onerror=alert(1)>"';
  it.each([
    ['an escape sequence and a line break', REVIEWED, 'it holds the control character U+001B'],
    ['a line break', '"critical\\nsystem"', 'it holds a line break'],
    ['a block scalar, which ends in a line break', '|\n  critical system', 'it holds a line break'],
    ['a tab', '"critical\\tsystem"', 'it holds a tab'],
    ['a line separator', '"critical\\Lsystem"', 'it holds a line or paragraph separator, U+2028'],
  ])('%s: one line, exit 2, for validate and assess alike', async (_, label, why) => {
    writeFileSync(join(dir, 'bad.yaml'), questionnaire(label));
    writeFileSync(join(dir, 'a.yaml'), answers([['a', 'no']]));
    const line = `bad.yaml:4:14: "systemLabel" must be a few words on one line, such as "critical system", with no control characters; ${why}\n`;
    expect(await runBinary({ args: ['validate', 'bad.yaml'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: line });
    expect(await runBinary({ args: ['assess', '-q', 'bad.yaml', '-a', 'a.yaml', ...TODAY], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: line });
  });

  it('every bundled questionnaire is still valid, and a label of spaces is still "empty"', async () => {
    const bundled = await runBinary({ args: ['validate', 'questionnaires/caf-local-government.yaml', 'questionnaires/council-cyber-resilience.yaml', 'questionnaires/cyber-essentials-readiness.yaml'] });
    expect(bundled.code, bundled.stderr).toBe(ExitCode.Ok);
    writeFileSync(join(dir, 'blank.yaml'), questionnaire('"   "'));
    expect(await runBinary({ args: ['validate', 'blank.yaml'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'blank.yaml:4:14: "systemLabel" must not be empty or only spaces\n' });
    // An empty one breaks the schema's length and its pattern: said once, in the pattern's words.
    writeFileSync(join(dir, 'empty.yaml'), questionnaire('""'));
    expect(await runBinary({ args: ['validate', 'empty.yaml'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'empty.yaml:4:14: "systemLabel" must not be empty or only spaces\n' });
  });
});

describe('a label the schema allows is made safe by every output', () => {
  // A right-to-left override (which reorders what a reader sees), HTML, and markdown emphasis and a link.
  const LABEL = 'sys\u202eev <img src=x onerror=alert(1)> *em* [l](j:x)';
  beforeAll(() => {
    writeFileSync(join(dir, 'lbl.yaml'), questionnaire(JSON.stringify(LABEL)));
    writeFileSync(join(dir, 'a.yaml'), answers([['a', 'no'], ['b', 'yes']]));
    writeFileSync(join(dir, 'later.yaml'), answers([['a', 'no']]));
  });
  const run = (args: string[]) => runBinary({ args, cwd: dir });

  it.each([
    ['validate', ['validate', 'lbl.yaml', 'a.yaml']],
    ['the text report, --detail', ['assess', '-q', 'lbl.yaml', '-a', 'a.yaml', ...TODAY, '--detail']],
    ['the text summary', ['assess', '-q', 'lbl.yaml', '-a', 'a.yaml', ...TODAY]],
    ['diff with a system removed', ['diff', '-q', 'lbl.yaml', ...TODAY, '--fail-on-regression', 'a.yaml', 'later.yaml']],
    ['list as JSON', ['list', '--questionnaire-dir', '.', '--format', 'json']],
  ])('%s: nothing raw on the terminal, the override shown escaped', async (_, args) => {
    const r = await run(args);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stdout + r.stderr).toMatch(/\\u202e/);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('benchmark text: the note on a section answered per system', async () => {
    // Each of its own month: councils, not one assessment given twice (which counts once).
    for (const n of [1, 2, 3, 4, 5]) writeFileSync(join(dir, `c${n}.yaml`), answers([['a', n % 2 ? 'no' : 'yes']], `C${n}`).replace('answers:', `assessedOn: 2026-0${n}-01\nanswers:`));
    const r = await run(['benchmark', '--questionnaire-dir', '.', ...TODAY, 'c1.yaml', 'c2.yaml', 'c3.yaml', 'c4.yaml', 'c5.yaml']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('Answered once per sys\\u202eev <img');
    expect(r.stdout).not.toMatch(RAW);
  });

  it('trend as JSON keeps the label exactly, with the override escaped as every JSON the tool writes', async () => {
    const repo = join(dir, 'repo');
    initRepository(repo);
    const files = { 'lbl.yaml': questionnaire(JSON.stringify(LABEL)) };
    commit(repo, { date: '2026-01-05T12:00:00+00:00', message: 'one', write: { ...files, 'readiness.yaml': answers([['a', 'no']]) } });
    commit(repo, { date: '2026-02-05T12:00:00+00:00', message: 'two', write: { 'readiness.yaml': answers([['a', 'no'], ['b', 'yes']]) } });
    const r = await runBinary({ args: ['trend', '-q', 'lbl.yaml', 'readiness.yaml', ...TODAY, '-f', 'json'], cwd: repo, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).not.toMatch(RAW);
    expect((JSON.parse(r.stdout) as { systemLabel: string }).systemLabel).toBe(LABEL);
  });

  it('markdown: no HTML, emphasis or link comes from the label, the action plan\'s "System" line included', async () => {
    const r = await run(['assess', '-q', 'lbl.yaml', '-a', 'a.yaml', ...TODAY, '-f', 'markdown']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).not.toMatch(RAW);
    const root = parseMarkdown(r.stdout);
    expect(nodesOfType(root, 'html').map((n) => n.value)).toEqual([]);
    expect(nodesOfType(root, 'link').map((n) => n.url)).toEqual([]);
    expect(nodesOfType(root, 'emphasis')).toEqual([]);
    expect(r.stdout).toContain('- Sysev &lt;img src=x onerror=alert(1)&gt; \\*em\\* \\[l\\](j:x): A');
  });

  it('HTML: the contents list names the systems part as text, and no element comes from the label', async () => {
    const r = await run(['assess', '-q', 'lbl.yaml', '-a', 'a.yaml', ...TODAY, '-f', 'html']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).not.toMatch(/<img/);
    expect(r.stdout).toContain('<li><a href="#systems">Sys\\u202eev &lt;img src=x onerror=alert(1)&gt; *em* [l](j:x)s</a></li>');
  });
});

describe('the walk names systems in the questionnaire\'s word, made safe', () => {
  const terminal = tmuxTerminal('system-label', { width: 100, height: 40 });
  afterAll(() => terminal.kill());

  it.runIf(hasTmux)('the heading before the systems and its intro, which names the section by its title', { timeout: 60_000 }, async () => {
    const walk = mkdtempSync(join(tmpdir(), 'cyber-ready-system-label-walk-'));
    // A window-title sequence in the section's title: the tool itself never writes one.
    writeFileSync(join(walk, 'lbl.yaml'), questionnaire(JSON.stringify('vital\u202esystem'), 'Per system \u001b]0;pwned\u0007 checks'));
    terminal.start(walk, ['assess', '-q', 'lbl.yaml', ...TODAY, '--save', 'answers.yaml']);
    await terminal.waitForScreen('Organisation');
    await terminal.keys('Test Council', 'Enter');
    await terminal.waitForScreen('assessor');
    await terminal.keys('Enter');
    await terminal.waitForScreen('? Board?');
    await terminal.keys('Enter');
    await terminal.waitForScreen('? Name of vital\\u202esystem 1');
    const drawn = terminal.drawn(walk);
    expect(drawn).not.toContain('\u202e');
    expect(drawn).not.toContain('\u001b]0;');
    const screen = terminal.screenText();
    expect(screen).toContain('── Vital\\u202esystems');
    expect(screen.replace(/\n/g, ' ')).toContain('Section 2 (Per system \\x1b]0;pwned\\x07 checks) is answered once for each vital\\u202esystem.');
    await terminal.keys('C-c');
    expect(await terminal.ended(walk)).toBe('130');
    expect(readFileSync(join(walk, 'stderr.txt'), 'utf8')).toBe('');
  });
});
