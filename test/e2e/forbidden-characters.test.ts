// Characters no YAML file may hold (control characters, DEL, U+FFFE) and escapes that make no
// character (a lone surrogate, "\uD800") were read as text: the JSON and SARIF outputs then held
// "\ud800", which jq refuses, and every other output U+FFFD. Each is refused where it is read,
// named, with its place, and nothing is written.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const ORGANISATION = 'organisation: Northmoor Borough Council (fictional)';
const SIRO = '  gov-siro: yes';
const ORG_LINE = EXAMPLE.slice(0, EXAMPLE.indexOf(ORGANISATION)).split('\n').length;
const SIRO_LINE = EXAMPLE.slice(0, EXAMPLE.indexOf(SIRO)).split('\n').length;

function answersWith(from: string, to: string): string {
  expect(EXAMPLE).toContain(from);
  return EXAMPLE.replace(from, to);
}

describe('characters YAML does not allow in a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forbidden-'));
  it.each([
    ['an escape character in plain text', ORGANISATION, 'organisation: Northmoor \u001b[31mBorough', `${ORG_LINE}:25: the text holds U+001B (escape, a control character)`],
    ['U+0001 in double quotes', SIRO, '  gov-siro: { value: yes, note: "Nodyn\u0001 yma" }', `${SIRO_LINE}:39: the text holds U+0001 (a control character)`],
    ['DEL', ORGANISATION, 'organisation: Northmoor\u007f', `${ORG_LINE}:24: the text holds U+007F (delete, a control character)`],
    ['a C1 control', ORGANISATION, 'organisation: Northmoor\u009b2J', `${ORG_LINE}:24: the text holds U+009B (a C1 control character)`],
    ['U+FFFE', ORGANISATION, 'organisation: Northmoor\ufffe', `${ORG_LINE}:24: the text holds U+FFFE (a noncharacter)`],
    ['a vertical tab', ORGANISATION, 'organisation: Northmoor\u000bBorough', `${ORG_LINE}:24: the text holds U+000B (vertical tab, a control character)`],
    ['U+FFFF', ORGANISATION, 'organisation: Northmoor\uffff', `${ORG_LINE}:24: the text holds U+FFFF (a noncharacter)`],
  ])('%s is refused with its place and name, and nothing is written', async (_, from, to, error) => {
    writeFileSync(join(dir, 'a.yaml'), answersWith(from, to));
    const r = await runBinary({ args: ['assess', '--today', '2026-11-23', '-a', 'a.yaml', '-f', 'json', '-o', 'out.json'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `a.yaml:${error}, which YAML does not allow in a file; remove it\n` });
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('U+0085 (a line break to YAML 1.1) and a tab are allowed', async () => {
    writeFileSync(join(dir, 'b.yaml'), answersWith(ORGANISATION, 'organisation: "Northmoor\u0085\tBorough"'));
    const r = await runBinary({ args: ['validate', 'b.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
  });

  it('in a questionnaire too', async () => {
    const q = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');
    writeFileSync(join(dir, 'q.yaml'), `${q.trimEnd()}\n# a comment with a bell\u0007\n`);
    const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^q\.yaml:\d+:24: the text holds U\+0007 \(bell, a control character\), which YAML does not allow in a file; remove it\n$/);
  });
});

describe('escapes that make a lone surrogate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-surrogate-'));
  const WORDS = 'half of a surrogate pair and not a character on its own, which other tools cannot read back; remove it, or write the whole character';
  it.each([
    ['in a note', SIRO, '  gov-siro: { value: yes, note: "Nodyn \\uD800 yma" }', `${SIRO_LINE}:40: the escape \\uD800 is U+D800`],
    ['in the organisation', ORGANISATION, 'organisation: "Cyngor \\uDB40 Gwynedd"', `${ORG_LINE}:23: the escape \\uDB40 is U+DB40`],
    ['a low half alone', ORGANISATION, 'organisation: "Cyngor \\uDE00"', `${ORG_LINE}:23: the escape \\uDE00 is U+DE00`],
    ['two high halves', ORGANISATION, 'organisation: "Cyngor \\uD83D\\uD83D"', `${ORG_LINE}:23: the escape \\uD83D is U+D83D`],
    ["YAML's eight-digit escape", ORGANISATION, 'organisation: "Cyngor \\U0000D800"', `${ORG_LINE}:23: the escape \\U0000D800 is U+D800`],
    ['in a key', SIRO, '  "gov-siro\\uD800": yes', `${SIRO_LINE}:12: the escape \\uD800 is U+D800`],
    // A low half only pairs with the high half just before it: "\uD800 a \uDC00" is two lone halves.
    ['a high half and a low half apart', SIRO, '  gov-siro: { value: yes, note: "Nodyn \\uD800 a \\uDC00 yma" }', `${SIRO_LINE}:40: the escape \\uD800 is U+D800`],
  ])('%s is refused with its place, and nothing is written', async (_, from, to, error) => {
    writeFileSync(join(dir, 'a.yaml'), answersWith(from, to));
    for (const format of ['json', 'sarif', 'markdown']) {
      const r = await runBinary({ args: ['assess', '--today', '2026-11-23', '-a', 'a.yaml', '-f', format, '-o', `out.${format}`], cwd: dir });
      expect(r, format).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `a.yaml:${error}, ${WORDS}\n` });
      expect(existsSync(join(dir, `out.${format}`))).toBe(false);
    }
  });

  it('a whole pair of escapes, and the text \\uD800 after an escaped backslash, are read', async () => {
    writeFileSync(join(dir, 'b.yaml'), answersWith(ORGANISATION, 'organisation: "Cyngor \\uD83D\\uDE00 \\\\uD800"'));
    const r = await runBinary({ args: ['assess', '--today', '2026-11-23', '-a', 'b.yaml', '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as { organisation: string }).organisation).toBe('Cyngor \u{1F600} \\uD800');
  });

  it('in a JSON extract read by benchmark', async () => {
    writeFileSync(join(dir, 'c.yaml'), EXAMPLE);
    const made = await runBinary({ args: ['share', 'c.yaml', '--label', 'Gwynedd', '-o', 'c.json'], cwd: dir });
    expect(made.code).toBe(ExitCode.Ok);
    const extract = readFileSync(join(dir, 'c.json'), 'utf8');
    writeFileSync(join(dir, 'd.json'), extract.replace('"Gwynedd"', '"Gwy\\ud800nedd"'));
    const line = extract.slice(0, extract.indexOf('"Gwynedd"')).split('\n').length;
    const column = extract.split('\n')[line - 1]!.indexOf('"Gwynedd"') + 5;
    const r = await runBinary({ args: ['benchmark', 'c.json', 'd.json', '-o', 'out.md'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `d.json:${line}:${column}: the escape \\ud800 is U+D800, ${WORDS}\n` });
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
  });

  it('a raw U+FFFE in a JSON extract is named in JSON words', async () => {
    const extract = readFileSync(join(dir, 'c.json'), 'utf8');
    writeFileSync(join(dir, 'e.json'), extract.replace('"Gwynedd"', '"Gwynedd\ufffe"'));
    const r = await runBinary({ args: ['benchmark', 'c.json', 'e.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^e\.json:\d+:\d+: the text holds U\+FFFE \(a noncharacter\), which this tool does not read raw in a JSON file; remove it\n$/);
  });
});
