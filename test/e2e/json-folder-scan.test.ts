import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExitCode } from '../../src/errors.js';
import { limits } from '../../src/yaml/limits.js';
import { runBinary } from '../helpers/cli.js';

// When folders took JSON questionnaires, every .json file beside them went through the positioned
// YAML parse before a report or a data file was found not to be one: a 1 MB report made `list`
// take most of a second and 80 MB more, a 28 MB data file seven seconds and 1.3 GB. A 50 MB
// report or a FIFO named x.json, never looked at before, made `list` fail; a questionnaire saved
// with a byte order mark, or one cut short, was "unknown" by its id.
const miniText = readFileSync('test/fixtures/valid/mini.yaml', 'utf8');
const mini = parse(miniText) as Record<string, unknown>;
const asJson = (id: string): string => `${JSON.stringify({ ...mini, id }, null, 2)}\n`;

/** A folder with one YAML questionnaire, `mine`, and `files` beside it. */
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-json-scan-'));
  writeFileSync(join(dir, 'zz-mine.yaml'), miniText.replace(/^id: .*$/m, 'id: mine'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const listedIds = (stdout: string): string[] => (JSON.parse(stdout) as { id: string; source: string }[]).filter((q) => q.source === 'custom').map((q) => q.id);

describe('a .json file in a questionnaire folder is told from its top level before it is parsed', () => {
  it('one that is not a questionnaire is never parsed: nesting deeper than YAML is read to is passed over without a word', async () => {
    // Rows nested past the YAML depth limit: the positioned parse refuses them, so a file that reached
    // it was reported (its rows say "id"); told from its top level, it is passed over unparsed.
    const deep = `${'['.repeat(limits.maxDepth + 10)}0${']'.repeat(limits.maxDepth + 10)}`;
    const rows = Array.from({ length: 2000 }, (_, i) => `{"id": "q${i}", "text": "${'x'.repeat(500)}", "deep": ${deep}}`);
    const dir = folder({ 'data.json': `{"tool": "x", "rows": [${rows.join(', ')}]}\n` });
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    expect(listedIds(listed.stdout)).toEqual(['mine']);
    const unknown = await runBinary({ args: ['show', 'nope', '--questionnaire-dir', '.'], cwd: dir });
    expect(unknown.stderr).toMatch(/^cyber-ready: unknown questionnaire "nope" \(available: mine, /);
    expect(unknown.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('a .json file over the size limit, or a FIFO, is passed over as it was before folders took JSON', async () => {
    const dir = folder({ 'report.json': `{"tool": "x", "rows": "${'x'.repeat(limits.maxFileBytes)}"}\n` });
    expect(spawnSync('mkfifo', [join(dir, 'x.json')]).status).toBe(0);
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    expect(listedIds(listed.stdout)).toEqual(['mine']);
    const shown = await runBinary({ args: ['show', 'mine', '--questionnaire-dir', '.'], cwd: dir });
    expect({ code: shown.code, stderr: shown.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
  });

  it('a JSON questionnaire saved with a byte order mark is found by its id', async () => {
    const dir = folder({ 'other-name.json': `\uFEFF${asJson('jmini')}`, 'a.yaml': 'questionnaire: jmini\nanswers:\n  owner: in-place\n' });
    const shown = await runBinary({ args: ['show', 'jmini', '--questionnaire-dir', '.'], cwd: dir });
    expect({ code: shown.code, stderr: shown.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    const validated = await runBinary({ args: ['validate', 'a.yaml', '--questionnaire-dir', '.'], cwd: dir });
    expect({ code: validated.code, stderr: validated.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect(listedIds(listed.stdout)).toEqual(['jmini', 'mine']);
  });

  it('a JSON questionnaire cut short is found by its id and reported at its syntax error, and left out of the ids on offer with a warning', async () => {
    const cut = (text: string): string => text.slice(0, Math.floor(text.length * 0.6));
    // A report cut short has an "id" and "sections" too, but its top level says it is a report.
    const report = JSON.stringify({ schemaVersion: 1, tool: { name: 'cyber-ready' }, questionnaire: { id: 'council-cyber-resilience' }, sections: [{ id: 's', title: 'x'.repeat(200) }] });
    const dir = folder({ 'other.json': cut(asJson('jmini2')), 'report.json': cut(report) });
    const shown = await runBinary({ args: ['show', 'jmini2', '--questionnaire-dir', '.'], cwd: dir });
    expect(shown.code).toBe(ExitCode.CannotAssess);
    expect(shown.stderr).toMatch(/^other\.json:\d+:\d+: /);
    expect(shown.stderr).not.toContain('unknown questionnaire');
    const unknown = await runBinary({ args: ['show', 'nope', '--questionnaire-dir', '.'], cwd: dir });
    expect(unknown.stderr).toMatch(/^other\.json:\d+:\d+: warning: .*; not offered until this is put right \(check it with: cyber-ready validate other\.json\)\ncyber-ready: unknown questionnaire "nope" \(available: mine, /);
    expect(unknown.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.'], cwd: dir });
    expect(listed.code).toBe(ExitCode.CannotAssess);
    expect(listed.stderr).toMatch(/^other\.json:\d+:\d+: [^\n]*\n$/);
  });

  it('a JSON questionnaire saved as UTF-16 is reported as UTF-16, by `list` and by its id, as before its top was looked at', async () => {
    // Windows PowerShell 5's `>` and Out-File save UTF-16LE with a byte order mark; read as UTF-8 it
    // said nothing that could be told, and was passed over without a word.
    const le = (text: string): Buffer => Buffer.from(text, 'utf16le');
    const cases: [string, Buffer, string][] = [
      ['UTF-16LE with a byte order mark', le(`\uFEFF${asJson('wide')}`), 'text is UTF-16, not UTF-8'],
      ['UTF-16BE with a byte order mark', le(`\uFEFF${asJson('wide')}`).swap16(), 'text is UTF-16, not UTF-8'],
      ['UTF-16LE without one', le(asJson('wide')), 'text looks like UTF-16 without a byte order mark, not UTF-8'],
    ];
    for (const [what, bytes, says] of cases) {
      const dir = folder({ 'q.json': bytes });
      const expected = { what, code: ExitCode.CannotAssess, stderr: `q.json:1:1: ${says}; save the file as UTF-8\n` };
      const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.'], cwd: dir });
      expect({ what, code: listed.code, stderr: listed.stderr }).toEqual(expected);
      const shown = await runBinary({ args: ['show', 'wide', '--questionnaire-dir', '.'], cwd: dir });
      expect({ what, code: shown.code, stderr: shown.stderr }).toEqual(expected);
    }
    // A YAML one is found by its id too, rather than called unknown.
    const dir = folder({ 'q.yaml': le(`\uFEFF${miniText.replace(/^id: .*$/m, 'id: wide')}`) });
    const shown = await runBinary({ args: ['show', 'wide', '--questionnaire-dir', '.'], cwd: dir });
    expect({ code: shown.code, stderr: shown.stderr }).toEqual({ code: ExitCode.CannotAssess, stderr: 'q.yaml:1:1: text is UTF-16, not UTF-8; save the file as UTF-8\n' });
  });

  it('a YAML flow mapping saved as .json is listed and found by its id, whatever its plain values hold before its id', async () => {
    const { id: _id, title: _title, version: _version, frameworks: _frameworks, scales, ...rest } = mini;
    const flow = (id: string, before: string): string => `{${before}, id: ${id}, ${JSON.stringify(rest).slice(1)}\n`;
    const json = `frameworks: ${JSON.stringify(mini.frameworks)}, scales: ${JSON.stringify(scales)}`;
    const maturity = 'value: not-in-place, label: Not in place, score: 0}, {value: planned, label: Planned, score: 0.25}, {value: partly, label: Partly in place, score: 0.5}, {value: in-place, label: In place, score: 1';
    const dir = folder({
      'plain.json': flow('flow-plain', `title: Systems questionnaire, version: 1.0.0, ${json}`),
      'url.json': flow('flow-url', `'title': 'The council''s questionnaire', version: '1.0.0', description: https://example.org/q:v2?a=b#c, ${json}`),
      'nested.json': flow('flow-nested', `"title": Mini, version: 1.0.0,\n  frameworks: [caf-4.0, cyber-essentials-3.3],  # both\n  scales: {maturity: [{${maturity}}]}`),
    });
    const validated = await runBinary({ args: ['validate', 'plain.json'], cwd: dir });
    expect({ code: validated.code, stderr: validated.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    expect(listedIds(listed.stdout)).toEqual(['flow-nested', 'flow-plain', 'flow-url', 'mine']);
    const shown = await runBinary({ args: ['show', 'flow-url', '--questionnaire-dir', '.'], cwd: dir });
    expect({ code: shown.code, stderr: shown.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
  });
});
