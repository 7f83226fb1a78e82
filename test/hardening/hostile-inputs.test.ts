// Hostile input, end to end (SPEC "Bad input, files and safety"): every bad file is exit 2 with one
// plain line per problem, `FILE:LINE:COL: message` or `FILE: message`, nothing on standard output,
// no stack trace, nothing written anywhere. The committed corpus is test/fixtures/hostile/ (q-* are
// questionnaires, a-* answers to test/fixtures/valid/mini.yaml); what cannot be committed (a 50 MB
// file, a folder, a symbolic link loop, a file without read permission) is made in a temp folder.
import { chmodSync, closeSync, existsSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { runBinaryOwnTime } from '../helpers/own-time.js';

const HOSTILE = 'test/fixtures/hostile';
const DIR = ['--questionnaire-dir', 'test/fixtures/valid'];

interface CorpusCase {
  file: string;
  /** Every line of standard error, without the file name that starts each one. */
  errors: string[];
  /** For answers files also run `assess -a`: true when it says the same as `validate`, else what it says. */
  assess?: true | string[];
}

/**
 * Read from the real output once, checked by eye for plain English, then frozen. A file that is not
 * in this table fails the first test, so the corpus and the table cannot drift apart.
 */
const corpus: CorpusCase[] = [
  { file: 'a-alias-bomb.answers.yaml', errors: [':6:38: aliases expand to too many values (the limit is 10000); write the values out instead'], assess: true },
  { file: 'a-answers-list.answers.yaml', errors: [':3:3: "answers" must be a mapping, not a list'] },
  { file: 'a-answers-text.answers.yaml', errors: [':2:10: "answers" must be a mapping, not text'] },
  { file: 'a-binary-tag.answers.yaml', errors: [':3:19: tag !!binary is not allowed; use plain YAML values'] },
  { file: 'a-binary.answers.yaml', errors: [':3:10: binary data, not YAML text (found a NUL byte)'], assess: true },
  { file: 'a-bom-unknown-question.answers.yaml', errors: [':4:3: unknown question "ownr"; did you mean "owner"?'], assess: true },
  { file: 'a-constructor-question.answers.yaml', errors: [':3:3: unknown question "constructor" in questionnaire "mini"'] },
  { file: 'a-crlf-bad-option.answers.yaml', errors: [':5:8: "most" is not an option of "pci"; choose one of none, some, all'], assess: true },
  { file: 'a-custom-tag.answers.yaml', errors: [':3:19: tag !in-place is not allowed; use plain YAML values'] },
  { file: 'a-deep-nesting.answers.yaml', errors: [':3:325: nesting is too deep (the limit is 64 levels)'] },
  { file: 'a-duplicate-answer.answers.yaml', errors: [':5:3: duplicate key "owner" (first defined at line 3)'] },
  { file: 'a-empty.answers.yaml', errors: [':1:1: the file is empty; expected a YAML mapping'] },
  { file: 'a-escape-in-question-id.answers.yaml', errors: [':3:3: unknown question "own\\x1b[31mer" in questionnaire "mini"'], assess: true },
  // Placed as the YAML reader places things: after a byte order mark, with CR alone (old Mac editors) ending a line.
  { file: 'a-bom-invalid-utf8.answers.yaml', errors: [':1:26: text is not valid UTF-8 at byte 0xE9 ("é" in Windows-1252, as older Windows editors save); save the file as UTF-8'], assess: true },
  { file: 'a-cr-invalid-utf8.answers.yaml', errors: [':3:14: text is not valid UTF-8 at byte 0xC3 ("Ã" in Windows-1252, as older Windows editors save); save the file as UTF-8'], assess: true },
  { file: 'a-invalid-utf8.answers.yaml', errors: [':3:14: text is not valid UTF-8 at byte 0xC3 ("Ã" in Windows-1252, as older Windows editors save); save the file as UTF-8'], assess: true },
  { file: 'a-js-function.answers.yaml', errors: [':3:24: tag !!js/function is not allowed; use plain YAML values'], assess: true },
  { file: 'a-js-undefined.answers.yaml', errors: [':3:29: tag !!js/undefined is not allowed; use plain YAML values'] },
  { file: 'a-long-wrong-types.answers.yaml', errors: [':5:15: "evidence" must be text or a list, not a mapping', ':6:12: "owner" must be text, not a list', ':7:15: "reviewBy" must be a date written YYYY-MM-DD, not 20261122'], assess: true },
  { file: 'a-multi-nested-list.answers.yaml', errors: [':3:19: item 2 of "services" must be text, a number or true or false, not a list'] },
  { file: 'a-number-huge.answers.yaml', errors: [':3:15: "patch-days" must be text, a number, true or false or a list, not infinity (.inf, or a number too large to use)'], assess: true },
  { file: 'a-number-inf.answers.yaml', errors: [':3:15: "patch-days" must be text, a number, true or false or a list, not infinity (.inf, or a number too large to use)'] },
  { file: 'a-number-nan.answers.yaml', errors: [':3:15: "patch-days" must be text, a number, true or false or a list, not .nan (not a number)'] },
  { file: 'a-number-negative.answers.yaml', errors: [':3:15: "patch-days" must be at least 0, not -3'] },
  { file: 'a-number-text.answers.yaml', errors: [':3:15: "patch-days": "14" is not a number of days; write 14 without the quotes, which make it text'] },
  { file: 'a-only-comments.answers.yaml', errors: [':1:1: the file is empty; expected a YAML mapping'] },
  { file: 'a-proto-long-answer.answers.yaml', errors: [':3:29: unknown property "__proto__"; expected "value", "indicators", "comments", "confirmed", "justification", "status", "reason", "note", "evidence", "owner" or "reviewBy"'] },
  { file: 'a-proto-question.answers.yaml', errors: [':3:3: unknown question "__proto__" in questionnaire "mini"'], assess: true },
  { file: 'a-question-cyrillic.answers.yaml', errors: [':3:3: unknown question "\u043ewner" (starts with the Cyrillic letter "\u043e", U+043E, which looks like a Latin "o"); did you mean "owner"?'] },
  { file: 'a-question-with-space.answers.yaml', errors: [':3:3: unknown question "patch days"; did you mean "patch-days"?'] },
  // Only a well-formed id is taken from an answers file, so a look-alike fails the schema check at its place.
  { file: 'a-questionnaire-cyrillic.answers.yaml', errors: [':1:16: "questionnaire" must be a lower-case kebab-case id such as "social-care", not "m\u0456ni" (its character 2 is the Cyrillic letter "\u0456", U+0456, which looks like a Latin "i")'] },
  { file: 'a-questionnaire-number.answers.yaml', errors: [':1:16: "questionnaire" must be text, not a number; put it in quotes ("42") so that YAML reads it as text'] },
  { file: 'a-several-documents.answers.yaml', errors: [':4:1: a file must hold a single YAML document, but another one starts here'], assess: true },
  { file: 'a-status-bogus.answers.yaml', errors: [':3:20: "status" must be one of "unknown" or "not-applicable", not "maybe"'] },
  { file: 'a-status-mapping.answers.yaml', errors: [':3:20: "status" must be one of "unknown" or "not-applicable", not a mapping'], assess: true },
  { file: 'a-tab-indent.answers.yaml', errors: [':3:1: tabs cannot indent YAML; use spaces'] },
  { file: 'a-top-level-list.answers.yaml', errors: [':1:1: cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire"); pass --kind'], assess: [':1:1: the file must be a mapping, not a list'] },
  { file: 'a-unterminated-quote.answers.yaml', errors: [':3:10: a value in single quotes has no closing \''] },
  { file: 'a-utf16le.answers.yaml', errors: [':1:1: text is UTF-16, not UTF-8; save the file as UTF-8'], assess: true },
  { file: 'a-utf16le-no-bom.answers.yaml', errors: [':1:1: text looks like UTF-16 without a byte order mark, not UTF-8; save the file as UTF-8'], assess: true },
  { file: 'a-utf32le.answers.yaml', errors: [':1:1: text is UTF-32, not UTF-8; save the file as UTF-8'], assess: true },
  { file: 'a-waiver-bad-date.answers.yaml', errors: [':7:14: "expires": 2026-02-30 is not a date that exists (February 2026 has 28 days)'] },
  { file: 'a-waiver-not-list.answers.yaml', errors: [':5:3: "waivers" must be a list, not a mapping'] },
  { file: 'q-alias-bomb.yaml', errors: [':8:38: aliases expand to too many values (the limit is 10000); write the values out instead'] },
  { file: 'q-binary-tag.yaml', errors: [':11:24: tag !!binary is not allowed; use plain YAML values'] },
  { file: 'q-binary.yaml', errors: [':3:1: binary data, not YAML text (found a NUL byte)'] },
  { file: 'q-bom-duplicate-key.yaml', errors: [':4:1: duplicate key "title" (first defined at line 3)'] },
  { file: 'q-complex-key.yaml', errors: [':11:11: mapping keys must be plain text'] },
  { file: 'q-constructor-key.yaml', errors: [':4:1: unknown property "constructor"; expected "id", "version", "title", "description", "frameworks", "ratings", "scales", "systemLabel", "systemLabelPlural", "upgradeNotes", "profiles" or "sections"'] },
  { file: 'q-cr-only-wrong-type.yaml', errors: [':11:17: "weight" must be a number, not text'] },
  { file: 'q-crlf-wrong-type.yaml', errors: [':11:17: "weight" must be a number, not text'] },
  { file: 'q-custom-tag.yaml', errors: [':11:22: tag !shout is not allowed; use plain YAML values'] },
  { file: 'q-deep-block-nesting.yaml', errors: [':67:131: nesting is too deep (the limit is 64 levels)'] },
  { file: 'q-deep-nesting.yaml', errors: [':11:77: nesting is too deep (the limit is 64 levels)'] },
  { file: 'q-document-end-then-text.yaml', errors: [':12:1: a file must hold a single YAML document, but another one starts here'] },
  { file: 'q-duplicate-keys.yaml', errors: [':12:9: duplicate key "severity" (first defined at line 11)'] },
  { file: 'q-empty.yaml', errors: [':1:1: the file is empty; expected a YAML mapping'] },
  { file: 'q-escape-in-severity.yaml', errors: [':11:19: "severity" must be one of "critical", "high", "medium" or "low", not "\\x1b[2J\\x1b[31mcritical"'] },
  { file: 'q-huge-integer-min.yaml', errors: [':11:14: "min" (1.2345678901234567e+59) is greater than "max" (10)'] },
  { file: 'q-huge-number.yaml', errors: [':12:42: "score" must be a number, not infinity (.inf, or a number too large to use)'] },
  { file: 'q-huge-weight.yaml', errors: [':11:17: "weight" must be at most 1000000, not 1e+308; weights only count relative to each other'] },
  { file: 'q-id-cyrillic.yaml', errors: [':8:13: "id" must be an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a", not "b\u043eard-owner" (its character 2 is the Cyrillic letter "\u043e", U+043E, which looks like a Latin "o")'] },
  { file: 'q-id-fullwidth.yaml', errors: [':8:13: "id" must be an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a", not "\uff51\uff11" (starts with a full-width "\uff51", U+FF51; ends with a full-width "\uff11", U+FF11)'] },
  { file: 'q-id-number.yaml', errors: [':8:13: "id" must be text, not a number; put it in quotes ("42") so that YAML reads it as text'] },
  { file: 'q-id-too-long.yaml', errors: [':8:13: "id" must be at most 100 characters long'] },
  { file: 'q-id-with-space.yaml', errors: [':8:13: "id" must be an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a", not "q one"'] },
  { file: 'q-id-zero-width.yaml', errors: [':8:13: "id" must be an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a", not "q\\u200B1" (its character 2 is a zero-width space)'] },
  { file: 'q-inf-score.yaml', errors: [':12:42: "score" must be a number, not infinity (.inf, or a number too large to use)'] },
  { file: 'q-inf-weight.yaml', errors: [':11:17: "weight" must be a number, not infinity (.inf, or a number too large to use)'] },
  { file: 'q-invalid-utf8.yaml', errors: [':3:11: text is not valid UTF-8 at byte 0xE9 ("é" in Windows-1252, as older Windows editors save); save the file as UTF-8'] },
  { file: 'q-js-function.yaml', errors: [':11:36: tag !!js/function is not allowed; use plain YAML values'] },
  { file: 'q-js-undefined.yaml', errors: [':11:31: tag !!js/undefined is not allowed; use plain YAML values'] },
  { file: 'q-merge-key.yaml', errors: [':11:9: merge keys (<<) are not part of YAML 1.2, which these files are read as; write the fields out in full'] },
  { file: 'q-nan-band.yaml', errors: [':12:20: "min" must be a number, not .nan (not a number)'] },
  { file: 'q-nan-score.yaml', errors: [':12:42: "score" must be a number, not .nan (not a number)'] },
  { file: 'q-nan-weight.yaml', errors: [':11:17: "weight" must be a number, not .nan (not a number)'] },
  { file: 'q-negative-inf-band.yaml', errors: [':12:20: "min" must be a number, not minus infinity (-.inf, or a number too large to use)'] },
  { file: 'q-negative-score.yaml', errors: [':12:42: "score" must be at least 0, not -0.5'] },
  { file: 'q-negative-weight.yaml', errors: [':11:17: "weight" must be at least 0, not -1'] },
  { file: 'q-null-key.yaml', errors: [':11:9: mapping keys must be plain text'] },
  { file: 'q-only-comments.yaml', errors: [':1:1: the file is empty; expected a YAML mapping'] },
  { file: 'q-proto-key.yaml', errors: [':11:9: unknown property "__proto__"; expected "id", "text", "help", "type", "scale", "options", "bands", "unit", "min", "max", "indicators", "weight", "severity", "blocking", "allowNotApplicable", "when", "remediation", "evidence" or "references"'] },
  { file: 'q-question-list-of-lists.yaml', errors: [':8:9: item 1 of "questions" must be a mapping, not a list'] },
  { file: 'q-rating-nan.yaml', errors: [':5:12: "min" must be a number, not .nan (not a number)'] },
  { file: 'q-score-over-one.yaml', errors: [':12:42: "score" must be at most 1, not 1.01'] },
  { file: 'q-section-weight-inf.yaml', errors: [':7:13: "weight" must be a number, not infinity (.inf, or a number too large to use)'] },
  { file: 'q-sections-text.yaml', errors: [':4:11: "sections" must be a list, not text'] },
  { file: 'q-several-documents.yaml', errors: [':11:1: a file must hold a single YAML document, but another one starts here'] },
  { file: 'q-severity-list.yaml', errors: [':11:19: "severity" must be one of "critical", "high", "medium" or "low", not a list'] },
  { file: 'q-tab-indent.yaml', errors: [':6:1: tabs cannot indent YAML; use spaces'] },
  { file: 'q-title-number.yaml', errors: [':3:8: "title" must be text, not a number; put it in quotes ("42") so that YAML reads it as text'] },
  { file: 'q-type-mapping.yaml', errors: [':10:15: "type" must be one of "choice", "multi", "yes-no", "number", "text" or "outcome", not a mapping'] },
  { file: 'q-top-level-list.yaml', errors: [':1:1: cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire"); pass --kind'] },
  { file: 'q-top-level-null.yaml', errors: [':1:1: cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire"); pass --kind'] },
  { file: 'q-top-level-scalar.yaml', errors: [':1:1: cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire"); pass --kind'] },
  { file: 'q-unclosed-flow.yaml', errors: [':11:21: this "[" is not closed: end it with "]" on the same line, or indent the lines that continue it further than its key'] },
  { file: 'q-unterminated-quote.yaml', errors: [':11:15: a value in double quotes has no closing "'] },
  { file: 'q-utf16be.yaml', errors: [':1:1: text is UTF-16, not UTF-8; save the file as UTF-8'] },
  { file: 'q-utf16be-no-bom.yaml', errors: [':1:1: text looks like UTF-16 without a byte order mark, not UTF-8; save the file as UTF-8'] },
  { file: 'q-utf32be.yaml', errors: [':1:1: text is UTF-32, not UTF-8; save the file as UTF-8'] },
  { file: 'q-verbatim-tag.yaml', errors: [':11:50: tag !!python/object is not allowed; use plain YAML values'] },
  { file: 'q-version-number.yaml', errors: [':2:10: "version" must be text, not a number: a version of three numbers in quotes, such as "1.0.0"'] },
  { file: 'q-when-cycle.yaml', errors: [':11:27: "when" refers to "q2", which is not an earlier question; a condition may only look backwards'] },
  { file: 'q-when-deep.yaml', errors: [':14:255: nesting is too deep (the limit is 64 levels)'] },
  { file: 'q-when-empty.yaml', errors: [':11:15: a condition needs "question" (with "in" or "notIn"), "all" or "any"'] },
  { file: 'q-when-later.yaml', errors: [':11:27: "when" refers to "q2", which is not an earlier question; a condition may only look backwards'] },
  { file: 'q-when-self.yaml', errors: [':11:27: question "q1" cannot depend on itself'] },
  { file: 'q-whitespace-only.yaml', errors: [':1:1: the file is empty; expected a YAML mapping'] },
  { file: 'q-wrong-types-everywhere.yaml', errors: [':1:5: "id" must be text, not a number; put it in quotes ("5") so that YAML reads it as text', ':2:10: "version" must be text, not a list', ':3:8: "title" must be text, not a mapping', ':4:11: "sections" must be a list, not a mapping'] },
];

/** Every entry of a folder tree (not following links) with its size, mode and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const info = lstatSync(path);
      out[path] = `${info.mode}:${info.size}:${info.mtimeMs}`;
      if (info.isDirectory() && (info.mode & 0o500) === 0o500) walk(path);
    }
  };
  walk(dir);
  return out;
}

let temp: string;
const watched = (): Record<string, string> => ({ ...snapshot(join(repoRoot, HOSTILE)), ...snapshot(temp) });

/** Run the binary and check everything a hostile input must never do; returns standard error's lines. */
async function expectRejected(args: string[], cwd = repoRoot): Promise<string[]> {
  const before = watched();
  const result = await runBinaryOwnTime({ args, cwd });
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n');
  expect(lines.pop(), 'standard error ends with a newline').toBe('');
  expect(lines.filter((l) => /^\s+at /.test(l)), 'no stack trace').toEqual([]);
  // The target is well under a second, and this is the binary's own processor time, which a test
  // machine busy with other jobs does not stretch as it did the clock's (9 seconds for one run of a
  // small file). The bound still catches only what a hostile file is after, a run that blows up (an
  // alias bomb expanded takes minutes), and leaves timing to the benchmarks. (The test's own
  // 20-second limit would stop a run that never ends.)
  expect(result.ownMs).toBeLessThan(15_000);
  expect(watched(), 'no file created or changed').toEqual(before);
  return lines;
}

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'cyber-ready-hostile-'));
  // Sparse files: a 50 MB file and one a byte over the limit, made in an instant and taking no disk.
  for (const [name, size] of [['big.yaml', 50 * 1024 * 1024], ['just-over.yaml', 32 * 1024 * 1024 + 1]] as const) {
    const fd = openSync(join(temp, name), 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  }
  mkdirSync(join(temp, 'folder.yaml'));
  symlinkSync('loop-b.yaml', join(temp, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(temp, 'loop-b.yaml'));
  symlinkSync('nowhere.yaml', join(temp, 'dangling.yaml'));
  writeFileSync(join(temp, 'plain.yaml'), 'id: x\n');
  writeFileSync(join(temp, 'unreadable.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml')));
  chmodSync(join(temp, 'unreadable.yaml'), 0o000);
  // A BOM and CRLF or CR line ends on a valid file are accepted (README "Limits and safety", YAML 1.2);
  // the corpus has them on bad files, to check they are still rejected and at the right line.
  const mini = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');
  writeFileSync(join(temp, 'bom-valid.yaml'), `\uFEFF${mini}`);
  writeFileSync(join(temp, 'crlf-valid.yaml'), mini.replace(/\n/g, '\r\n'));
  writeFileSync(join(temp, 'cr-valid.yaml'), mini.replace(/\n/g, '\r'));
});

afterAll(() => {
  chmodSync(join(temp, 'unreadable.yaml'), 0o644);
  rmSync(temp, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  it('has at least 40 files, every one of them in the table', () => {
    const files = readdirSync(join(repoRoot, HOSTILE)).filter((f) => f.endsWith('.yaml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(corpus.map((c) => c.file).sort()).toEqual(files);
  });

  describe.concurrent('validate', () => {
    it.each(corpus.map((c) => [c.file, c] as const))('%s', async (_name, c) => {
      const path = `${HOSTILE}/${c.file}`;
      const args = c.file.startsWith('a-') ? ['validate', ...DIR, path] : ['validate', path];
      expect(await expectRejected(args)).toEqual(c.errors.map((e) => `${path}${e}`));
    });
  });

  // assess reads answers through the same readSource and parseYaml as validate, so a sample is run
  // through it: bytes, YAML, tags, schema and answers against their questionnaire, once each or so.
  describe.concurrent('assess -a', () => {
    const answers = corpus.filter((c) => c.assess !== undefined);
    it.each(answers.map((c) => [c.file, c] as const))('%s', async (_name, c) => {
      const path = `${HOSTILE}/${c.file}`;
      const expected = c.assess === true ? c.errors : (c.assess ?? []);
      expect(await expectRejected(['assess', ...DIR, '--today', '2026-11-23', '-a', path])).toEqual(expected.map((e) => `${path}${e}`));
    });
  });
});

describe.concurrent('files that cannot be committed', () => {
  const isRoot = process.getuid?.() === 0;

  it.each([
    ['a 50 MB file is refused before it is read', 'big.yaml', ['big.yaml: file is too large (50.0 MB; the limit is 32.0 MB)']],
    ['a file a byte over the limit does not claim to be at the limit', 'just-over.yaml', ['just-over.yaml: file is too large (32.1 MB; the limit is 32.0 MB)']],
    ['a missing file', 'missing.yaml', ['missing.yaml: no such file']],
    ['a folder given as a file', 'folder.yaml', ['folder.yaml: is a folder, not a file']],
    ['a symbolic link loop', 'loop-a.yaml', ['loop-a.yaml: too many levels of symbolic links']],
    ['a symbolic link to nothing', 'dangling.yaml', ['dangling.yaml: no such file']],
    ['a path through a file', 'plain.yaml/inner.yaml', ['plain.yaml/inner.yaml: a part of the path is not a folder']],
    ['a file name too long for the file system', `${'x'.repeat(300)}.yaml`, [`${'x'.repeat(300)}.yaml: file name too long`]],
  ] as const)('%s', async (_name, file, errors) => {
    expect(await expectRejected(['validate', file], temp)).toEqual(errors);
    expect(await expectRejected(['assess', '-a', file], temp)).toEqual(errors);
  });

  // chmod 000 does not stop root from reading, so as root (as in many containers) there is nothing to test.
  it.skipIf(isRoot)('a file without read permission', async () => {
    expect(await expectRejected(['validate', 'unreadable.yaml'], temp)).toEqual(['unreadable.yaml: permission denied']);
  });

  // A device never ends and stat() gives it size 0: reading stops at the limit instead of running out of memory.
  it.skipIf(!existsSync('/dev/zero'))('an endless device such as /dev/zero', async () => {
    expect(await expectRejected(['validate', '/dev/zero'], temp)).toEqual(['/dev/zero: input is too large (over 32.0 MB)']);
  });

  it('several bad files in one run give one line each', async () => {
    const lines = await expectRejected(['validate', 'missing.yaml', 'folder.yaml', join(repoRoot, HOSTILE, 'q-empty.yaml'), 'loop-a.yaml'], temp);
    expect(lines).toEqual([
      'missing.yaml: no such file',
      'folder.yaml: is a folder, not a file',
      'loop-a.yaml: too many levels of symbolic links',
      `${join(repoRoot, HOSTILE, 'q-empty.yaml')}:1:1: the file is empty; expected a YAML mapping`,
    ]);
  });

  it.each(['bom-valid.yaml', 'crlf-valid.yaml', 'cr-valid.yaml'])('%s, otherwise valid, is accepted', async (file) => {
    const result = await runBinary({ args: ['validate', file], cwd: temp });
    expect(result).toEqual({ code: 0, stdout: `${file}: valid questionnaire mini 1.2.0 (3 sections, 9 questions)\n`, stderr: '' });
  });
});

describe('the number of questions', () => {
  // Parsing 200,001 questions of YAML takes seconds; the check itself needs only the data, so the
  // questions are added after parsing a one-question file (which gives the place of "sections").
  const check = async (count: (max: number) => number): Promise<{ lines: string[]; max: number }> => {
    const { parseYaml } = await import('../../src/yaml/load-yaml.js');
    const { validateQuestionnaire } = await import('../../src/questionnaire/validate-questionnaire.js');
    const { formatDiagnostic } = await import('../../src/errors.js');
    const { limits } = await import('../../src/yaml/limits.js');
    const parsed = parseYaml('id: big\nversion: 1.0.0\ntitle: Big\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: q0, text: Q, type: text }\n', 'big.yaml');
    const raw = parsed.data as { sections: { questions: unknown[] }[] };
    raw.sections[0]!.questions = Array.from({ length: count(limits.maxQuestions) }, (_, i) => ({ id: `q${i}`, text: 'Q', type: 'text' }));
    const { loadCatalog } = await import('../../src/frameworks/load-catalog.js');
    return { lines: validateQuestionnaire(raw as never, 'big.yaml', parsed.positions, loadCatalog()).map(formatDiagnostic), max: limits.maxQuestions };
  };

  it('is capped, with the count and the limit in the message', async () => {
    const { lines, max } = await check((max) => max + 1);
    expect(lines).toEqual([`big.yaml:5:3: the questionnaire has ${max + 1} questions; the limit is ${max}`]);
  });

  it('takes exactly the limit', async () => {
    expect((await check((max) => max)).lines).toEqual([]);
  });
});
