// Control characters and escape sequences from any file never reach the terminal raw (SPEC "Bad
// input, files and safety"): not in the text report, not in error messages, not in warnings, and not
// through a file's own name. They are shown escaped instead (\x1b[2J), so a reader still sees them.
// The fixtures in test/fixtures/hostile/terminal/ put escapes in every free-text field.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary, type CliResult } from '../helpers/cli.js';

const Q = 'test/fixtures/hostile/terminal/escapes.yaml';
const A = 'test/fixtures/hostile/terminal/escapes.answers.yaml';
const ASSESS = ['assess', '-q', Q, '-a', A, '--today', '2026-11-23'];

// C0 controls but newline, DEL, C1 controls (0x9b is a one-byte CSI), and the bidirectional
// overrides and isolates. A tab is allowed through: it moves the cursor, nothing more.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
/** The colour codes the tool itself writes when colour is on: SGR only. */
// eslint-disable-next-line no-control-regex
const OWN_COLOUR = /\u001b\[[0-9;]*m/g;

/** Every unsafe character in the text, as U+XXXX, with a little context for the failure message. */
function unsafe(text: string): string[] {
  return [...text.matchAll(UNSAFE)].map((m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + 10))}`);
}

function expectSafe(result: CliResult, { colour = false } = {}): void {
  const clean = (t: string): string => (colour ? t.replace(OWN_COLOUR, '') : t);
  expect(unsafe(clean(result.stdout)), 'standard output').toEqual([]);
  expect(unsafe(clean(result.stderr)), 'standard error').toEqual([]);
}

// Hostile file names (a window-title OSC, a screen clear, a carriage return, a right-to-left
// override) and how messages show them.
const NAMES: [name: string, shown: string][] = [
  ['title\u001b]0;pwned\u0007.yaml', 'title\\x1b]0;pwned\\x07.yaml'],
  ['clear\u001b[2J\u001b[H.yaml', 'clear\\x1b[2J\\x1b[H.yaml'],
  ['over\rwrite.yaml', 'over write.yaml'],
  ['rtl\u202elmay.yaml', 'rtl\\u202elmay.yaml'],
];
const [TITLE_NAME, TITLE_SHOWN] = NAMES[0] as [string, string];

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'cyber-ready-terminal-'));
  for (const [name] of NAMES) writeFileSync(join(temp, `empty-${name}`), '# nothing\n');
  copyFileSync(join(repoRoot, Q), join(temp, 'escapes.yaml'));
  copyFileSync(join(repoRoot, A), join(temp, `answers-${TITLE_NAME}`));
  // A directive the YAML parser does not know gives a warning that quotes it. Not with an escape
  // character: YAML allows none in a file, and the file is refused before it is parsed.
  writeFileSync(join(temp, 'directive.yaml'), `%EVIL\u202e]0;pwned\u2066 x\n---\n${readFileSync(join(repoRoot, Q), 'utf8')}`);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the text report', () => {
  it('shows escapes from every field escaped, without colour', async () => {
    const result = await runBinary({ args: [...ASSESS, '--fail-on', 'critical', '--fail-on-stale'] });
    expect(result.code).toBe(1);
    expectSafe(result);
    expect(result.stdout).toContain('Title \\x1b[2J\\x1b[H cleared');
    expect(result.stdout).toContain('Question \\x1b[31mred\\x1b[0m?');
    expect(result.stdout).toContain('Council \\x1b[2J\\x1b[H');
  });

  it('shows the noncharacters U+FFFE and U+FFFF escaped, as the papers show them as U+FFFD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-nonchar-'));
    const answers = join(dir, 'a.yaml');
    const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    writeFileSync(answers, example.replace(/^organisation: .*$/m, 'organisation: "Council \\ufffe end \\uffff"'));
    const result = await runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23'] });
    rmSync(dir, { recursive: true, force: true });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Council \\ufffe end \\uffff');
    expect(result.stdout).not.toMatch(/[\ufffe\uffff]/u);
  });

  it('writes only its own colour codes when colour is forced', async () => {
    const result = await runBinary({ args: ASSESS, env: { FORCE_COLOR: '3' } });
    expect(result.stdout).toMatch(OWN_COLOUR); // colour is on, so the check below is not vacuous
    expectSafe(result, { colour: true });
    expect(result.stdout).toContain('\\x1b[31mred\\x1b[0m'); // the file's own "colour" is shown, not obeyed
  });

  it.each([
    ['the markdown report', [...ASSESS, '--format', 'markdown']],
    ['show', ['show', Q]],
    ['init', ['init', '-q', Q, '-o', '-', '--today', '2026-11-23']],
    ['diff', ['diff', '-q', Q, '--today', '2026-11-23', A, A]],
  ])('%s, printed to the terminal, is safe too', async (_name, args) => {
    expectSafe(await runBinary({ args }));
  });
});

describe('error messages', () => {
  it('escape an unknown question id and a bad value from the file', async () => {
    const result = await runBinary({ args: ['validate', '--questionnaire-dir', 'test/fixtures/valid', 'test/fixtures/hostile/a-escape-in-question-id.answers.yaml', 'test/fixtures/hostile/q-escape-in-severity.yaml'] });
    expect(result.code).toBe(2);
    expectSafe(result);
    expect(result.stderr).toContain('unknown question "own\\x1b[31mer"');
    expect(result.stderr).toContain('not "\\x1b[2J\\x1b[31mcritical"');
  });

  it.each(NAMES)('escape a file name with escapes in it: %j', async (name, shown) => {
    const missing = await runBinary({ args: ['validate', `missing-${name}`], cwd: temp });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `missing-${shown}: no such file\n` });
    const empty = await runBinary({ args: ['validate', `empty-${name}`], cwd: temp });
    expect(empty).toEqual({ code: 2, stdout: '', stderr: `empty-${shown}:1:1: the file is empty; expected a YAML mapping\n` });
    const assess = await runBinary({ args: ['assess', '-a', `missing-${name}`], cwd: temp });
    expect(assess).toEqual({ code: 2, stdout: '', stderr: `missing-${shown}: no such file\n` });
  });
});

describe('warnings', () => {
  it('escape the file name they name', async () => {
    const result = await runBinary({ args: ['assess', '-q', 'escapes.yaml', '-a', `answers-${TITLE_NAME}`, '--today', '2026-11-23', '--detail'], cwd: temp });
    expect(result.code).toBe(0);
    expectSafe(result);
    expect(result.stderr).toBe(`answers-${TITLE_SHOWN}:16:3: warning: answer to "q-follow" is ignored: the question does not apply given the answer to "q-yes"\n`);
    expect(result.stdout).toContain(`Answers: answers-${TITLE_SHOWN}`);
  });

  it('escape text the YAML parser quotes from the file', async () => {
    const result = await runBinary({ args: ['validate', 'directive.yaml'], cwd: temp });
    expectSafe(result);
    expect(result.stderr).toBe('directive.yaml:1:1: warning: unknown directive %EVIL\\u202e]0;pwned\\u2066\n');
  });
});

describe('machine formats on standard output', () => {
  // JSON, SARIF and JUnit carry the data exactly, but are often printed straight to a terminal or
  // CI log: DEL, C1 controls (0x9b starts an escape sequence), bidi controls and CR stay escaped.
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
  const args = ['assess', '-q', 'test/fixtures/hostile/terminal/escapes.yaml', '-a', 'test/fixtures/hostile/terminal/escapes.answers.yaml', '--today', '2026-11-23'];

  it.each(['json', 'sarif', 'junit', 'markdown', 'text'])('%s has no raw control or bidi character', async (format) => {
    const { runBinary } = await import('../helpers/cli.js');
    const r = await runBinary({ args: [...args, '--format', format] });
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout).not.toMatch(RAW);
  });

  it('safeJson keeps exactly the same data', async () => {
    const { safeJson } = await import('../../src/report/json.js');
    const value = { s: 'a\u007fb\u009bc\u202ed\u2028e\u0007f', nested: ['\u0085', 'plain'] };
    const text = safeJson(value);
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });

  it.each([
    ['DEL in otherwise plain ASCII', { s: 'plain\u007f', n: 1 }, '\\u007f'],
    ['a bidi override among other non-ASCII letters', { s: 'Ynys Môn\u202e', t: 'café' }, '\\u202e'],
    ['only safe non-ASCII letters', { s: 'Ynys Môn — Cyngor' }, null],
    ['only ASCII', { s: 'Wrenford', list: [1, 'two'] }, null],
  ])('safeJson with %s', async (_, value, escape) => {
    const { safeJson } = await import('../../src/report/json.js');
    const text = safeJson(value);
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
    if (escape) expect(text).toContain(escape);
    else expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('safeJson writes a lone surrogate as U+FFFD, not as an escape jq refuses', async () => {
    const { safeJson } = await import('../../src/report/json.js');
    const text = safeJson({ s: 'a\ud800b\udc00', pair: '\u{1F600}', written: '\\ud800', after: '\\\ud800' });
    expect(text).not.toMatch(/(?<!\\)(\\\\)*\\ud[89a-f]/);
    expect(JSON.parse(text)).toEqual({ s: 'a\ufffdb\ufffd', pair: '\u{1F600}', written: '\\ud800', after: '\\\ufffd' });
  });

  it('escapeXml keeps CR and C1 characters as character references', async () => {
    const { escapeXml } = await import('../../src/text/xml.js');
    expect(escapeXml('a\rb\u009bc\u0085')).toBe('a&#13;b&#155;c&#133;');
  });
});

describe('standard input', () => {
  it('stops reading past the size limit instead of reading without end', async () => {
    const { runBinary } = await import('../helpers/cli.js');
    const r = await runBinary({ args: ['validate', '-'], stdin: 'a'.repeat(33 * 1024 * 1024) });
    expect(r).toEqual({ code: 2, stdout: '', stderr: '<stdin>: input is too large (over 32.0 MB)\n' });
  });
});
