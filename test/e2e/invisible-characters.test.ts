// Text pasted from Word, Outlook or Teams brings no-break spaces and zero-width characters that look
// like nothing; a look-alike letter from another alphabet looks like the right one. Each must be an
// error that names the character, the same whichever YAML reader read the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const PATCH_LINE = '  tech-patch-days-critical: 21      # median for high and critical updates, August to October 2026';
const SIRO_LINE = '  gov-siro: yes';

const withoutOptions = (stderr: string): string => stderr.replace(/; choose one of (yes, no|no, yes)$/m, '');

/** The example's line with the patch answer, counted from 1, so that a content release does not move the expected place. */
const PATCH_AT = EXAMPLE.slice(0, EXAMPLE.indexOf(PATCH_LINE)).split('\n').length;

function answersWith(from: string, to: string, tabInComment: boolean): string {
  expect(EXAMPLE).toContain(from);
  const text = EXAMPLE.replace(from, to);
  // An unrelated tab in a comment: once enough to switch YAML readers, and with it the result.
  return tabInComment ? text.replace('# yaml-language-server', '#\tyaml-language-server') : text;
}

describe('a trailing no-break space', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-nbsp-'));
  const cases = [
    { what: 'after a number', from: PATCH_LINE, to: PATCH_LINE.replace('21 ', '21\u00a0'), error: `a.yaml:${PATCH_AT}:29: "tech-patch-days-critical": "21\\u00A0" (ends with a no-break space) is not a number of days` },
    { what: 'after a yes', from: SIRO_LINE, to: `${SIRO_LINE}\u00a0`, error: 'a.yaml:24:13: "yes\\u00A0" (ends with a no-break space) is not an option of "gov-siro"' },
    { what: 'in place of the value', from: SIRO_LINE, to: '  gov-siro:\u00a0', error: 'a.yaml:24:3: expected "key: value" on this line; if it continues the text above, indent it further than that text\'s key; line 24 ends with a no-break space, U+00A0' },
  ];
  for (const c of cases) {
    it.each([false, true])(`${c.what}: validate and assess give the same error, tab in a comment: %s`, async (tab) => {
      writeFileSync(join(dir, 'a.yaml'), answersWith(c.from, c.to, tab));
      for (const command of ['validate', 'assess --today 2026-11-23 -a']) {
        const r = await runBinary({ args: [...command.split(' '), 'a.yaml'], cwd: dir });
        // The order of the options is the questionnaire's (and may change); the rest is exact.
        expect({ ...r, stderr: withoutOptions(r.stderr) }, command).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${c.error}\n` });
      }
    });
  }
});

describe('invisible and look-alike characters in values and keys are named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-'));
  it.each([
    ['a zero-width space in an option', SIRO_LINE, '  gov-siro: ye\u200bs', 'a.yaml:24:13: "ye\\u200Bs" (its character 3 is a zero-width space) is not an option of "gov-siro"'],
    ['a zero-width joiner after an option', SIRO_LINE, '  gov-siro: yes\u200d', 'a.yaml:24:13: "yes\\u200D" (ends with a zero-width joiner) is not an option of "gov-siro"'],
    ['a byte order mark before an option', SIRO_LINE, '  gov-siro: \ufeffyes', 'a.yaml:24:13: "\\uFEFFyes" (starts with a byte order mark (zero-width no-break space)) is not an option of "gov-siro"'],
    ['an ideographic space in a number', PATCH_LINE, PATCH_LINE.replace('21 ', '2\u30001 '), `a.yaml:${PATCH_AT}:29: "tech-patch-days-critical": "2\\u30001" (its character 2 is an ideographic space) is not a number of days`],
    ['a Cyrillic letter in an option', SIRO_LINE, '  gov-siro: y\u0435s', 'a.yaml:24:13: "y\u0435s" (its character 2 is the Cyrillic letter "\u0435", U+0435, which looks like a Latin "e") is not an option of "gov-siro"'],
    ['a Cyrillic letter in a question id', SIRO_LINE, '  g\u043ev-siro: yes', 'a.yaml:24:3: unknown question "g\u043ev-siro" (its character 2 is the Cyrillic letter "\u043e", U+043E, which looks like a Latin "o"); did you mean "gov-siro"?'],
    ['a Greek letter in a question id', SIRO_LINE, '  gov-sir\u03bf: yes', 'a.yaml:24:3: unknown question "gov-sir\u03bf" (ends with the Greek letter "\u03bf", U+03BF, which looks like a Latin "o"); did you mean "gov-siro"?'],
  ])('%s', async (_, from, to, error) => {
    writeFileSync(join(dir, 'a.yaml'), answersWith(from, to, false));
    const r = await runInProcess({ args: ['validate', 'a.yaml'], cwd: dir });
    expect({ ...r, stderr: withoutOptions(r.stderr) }).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${error}\n` });
  });
});

// A questionnaire's numbers and flags are read by the schema, not by a question kind: a no-break
// space after `weight: 3` once gave only '"weight" must be a number, not text'.
describe('invisible characters after a questionnaire\'s numbers and flags are named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-questionnaire-'));
  const questionnaire = (question: string, section = '    weight: 2'): string =>
    ['id: odd', 'version: 1.0.0', 'title: Odd', 'sections:', '  - id: s', '    title: S', section, '    questions:', '      - id: q', '        text: Q?', question, ''].join('\n');
  it.each([
    ['a question weight', questionnaire('        type: yes-no\n        weight: 3\u00a0'), 'q.yaml:12:17: "weight" must be a number, not "3\\u00A0" (ends with a no-break space)'],
    ['a section weight', questionnaire('        type: yes-no', '    weight: 2\u00a0'), 'q.yaml:7:13: "weight" must be a number, not "2\\u00A0" (ends with a no-break space)'],
    ['a band bound', questionnaire('        type: number\n        bands: [{ max: "7\u200b", score: 1 }, { score: 0 }]'), 'q.yaml:12:24: "max" must be a number, not "7\\u200B" (ends with a zero-width space)'],
    ['an option score', questionnaire('        type: choice\n        options: [{ value: a, label: A, score: "0.5\u00a0" }, { value: b, label: B, score: 1 }]'), 'q.yaml:12:48: "score" must be a number, not "0.5\\u00A0" (ends with a no-break space)'],
    ['a flag', questionnaire('        type: yes-no\n        blocking: true\u00a0'), 'q.yaml:12:19: "blocking" must be true or false, not "true\\u00A0" (ends with a no-break space)'],
  ])('%s', async (_, text, error) => {
    writeFileSync(join(dir, 'q.yaml'), text);
    const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${error}\n` });
  });

  it('a number written as text without an odd character is still "not text"', async () => {
    writeFileSync(join(dir, 'q.yaml'), questionnaire('        type: yes-no\n        weight: "3"'));
    const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'q.yaml:12:17: "weight" must be a number, not text\n' });
  });
});

// A combining mark on a plain letter or digit draws as one character with it ("pártly", "21́"), and a
// character past U+FFFF needs more than four hex digits: each is named and written so that it shows.
describe('combining marks on plain letters, and characters past U+FFFF, are named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-marks-'));
  const PARTLY_LINE = '  comms-vulnerable-residents: partly';
  const PARTLY_AT = EXAMPLE.slice(0, EXAMPLE.indexOf(PARTLY_LINE)).split('\n').length;
  const withoutChoices = (stderr: string): string => stderr.replace(/; choose one of .*$/m, '');
  it.each([
    ['a combining acute accent in an option', PARTLY_LINE, '  comms-vulnerable-residents: pa\u0301rtly', `a.yaml:${PARTLY_AT}:31: "pa\\u0301rtly" (its character 3 is a combining acute accent, on the "a" before it) is not an option of "comms-vulnerable-residents"`],
    ['a combining acute accent after a number', PATCH_LINE, PATCH_LINE.replace('21 ', '21\u0301 '), `a.yaml:${PATCH_AT}:29: "tech-patch-days-critical": "21\\u0301" (ends with a combining acute accent, on the "1" before it) is not a number of days`],
    ['two marks on one letter', PARTLY_LINE, '  comms-vulnerable-residents: pa\u0301\u0323rtly', `a.yaml:${PARTLY_AT}:31: "pa\\u0301\\u0323rtly" (its character 3 is a combining acute accent, on the "a" before it; its character 4 is a combining dot below, on the "a" before it) is not an option of "comms-vulnerable-residents"`],
    ['a tag character, past U+FFFF', PARTLY_LINE, '  comms-vulnerable-residents: "partly\u{E0041}"', `a.yaml:${PARTLY_AT}:31: "partly\\u{E0041}" (ends with an invisible U+E0041) is not an option of "comms-vulnerable-residents"`],
  ])('%s', async (_, from, to, error) => {
    for (const tab of [false, true]) {
      writeFileSync(join(dir, 'a.yaml'), answersWith(from, to, tab));
      const r = await runBinary({ args: ['validate', 'a.yaml'], cwd: dir });
      expect({ ...r, stderr: withoutChoices(r.stderr) }, `tab in a comment: ${tab}`).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${error}\n` });
    }
  });

  it('a mark on a letter that is not plain ASCII is ordinary writing, and not named', async () => {
    writeFileSync(join(dir, 'a.yaml'), answersWith(PARTLY_LINE, '  comms-vulnerable-residents: "\u0928\u093f"', false));
    const r = await runBinary({ args: ['validate', 'a.yaml'], cwd: dir });
    expect(withoutChoices(r.stderr)).toBe(`a.yaml:${PARTLY_AT}:31: "\u0928\u093f" is not an option of "comms-vulnerable-residents"\n`);
  });
});
