import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { SharedAnswer, ShareExtract } from '../../src/share/types.js';
import { runBinary, runInProcess } from '../helpers/cli.js';
import { fixture } from '../helpers/load.js';

// An extract edited by hand, or made by another tool, passed its schema and was read as it stood:
// a name in a text question's value, words in place of an option, an unknown question and a forged
// score all reached the forum's report. benchmark and validate now check every field share derives
// from the questionnaire, and refuse the file in one line at the value.

const ANSWERS = `questionnaire: rich-share
organisation: Wrenford
assessedOn: 2026-11-17
answers:
  owner: partly
  controls: [mfa]
  tested: no
  patch-days: 21
  describe: Our own words, never shared
  iot: { status: not-applicable, reason: None here }
  board:
    indicators: { B.PA.1: true }
systems:
  - id: alpha
    title: Alpha
    answers:
      patched: yes
      restore: { status: unknown }
      system-notes: Words of our own
waivers:
  - { question: tested, reason: Replaced in March, expires: 2027-06-30 }
`;

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
let dir = '';
let good: ShareExtract;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-extract-contents-'));
  // rich-share with bounds on its number question, so that a number outside them can be tried.
  // "tested" an automatic fail, so that the rating is held at the lowest band and automaticFails is 1.
  const rich = readFileSync(fixture('share/rich.yaml'), 'utf8')
    .replace('        unit: days\n', '        unit: days\n        min: 0\n        max: 365\n')
    .replace('        type: yes-no\n        severity: high\n', '        type: yes-no\n        severity: high\n        blocking: true\n');
  writeFileSync(join(dir, 'rich.yaml'), rich);
  // The same questionnaire a minor version on, for extracts of an older version than the one found.
  mkdirSync(join(dir, 'newer'));
  writeFileSync(join(dir, 'newer', 'rich.yaml'), rich.replace('version: 1.0.0', 'version: 1.1.0'));
  writeFileSync(join(dir, 'wrenford.yaml'), ANSWERS);
  const shared = await runBinary({ args: ['share', 'wrenford.yaml', '--questionnaire-dir', '.', '--label', 'wrenford', '-o', 'wrenford.json', '--today', '2026-11-23'], cwd: dir });
  expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
  good = JSON.parse(readFileSync(join(dir, 'wrenford.json'), 'utf8')) as ShareExtract;
  // Five councils that differ by month, so that none is taken for another's twin.
  MONTHS.forEach((month, i) => writeFileSync(join(dir, `c${i + 1}.json`), `${JSON.stringify({ ...good, label: `c${i + 1}`, assessedOn: month }, null, 2)}\n`));
});

const GOOD = MONTHS.map((_, i) => `c${i + 1}.json`);
const answerTo = (x: ShareExtract, question: string): SharedAnswer => x.answers.find((a) => a.question === question) as SharedAnswer;

/** A copy of the good extract with one change, written as share writes JSON (a field a line). */
function edited(change: (x: ShareExtract) => void): string {
  const x = structuredClone(good);
  x.label = 'edited';
  change(x);
  writeFileSync(join(dir, 'bad.json'), `${JSON.stringify(x, null, 2)}\n`);
  return 'bad.json';
}

// [what, change, the key on the line the error points at, the message]
const CASES: [string, (x: ShareExtract) => void, string, RegExp][] = [
  ['a value on a text question', (x) => void (answerTo(x, 'describe').value = 'Alice Smith ZQTXT'), 'value', /"describe" is a text question, whose answer is never shared: its value must be null$/],
  ['a value that is not an option', (x) => void (answerTo(x, 'owner').value = 'Our CISO is Bob'), 'value', /"Our CISO is Bob" is not an option of "owner"; its options are nobody, partly, named$/],
  ['a yes-no value spelt otherwise', (x) => void (answerTo(x, 'tested').value = 'NO'), 'value', /"NO" is not an option of "tested"; its options are no, yes$/],
  ['a multi element that is not an option', (x) => void (answerTo(x, 'controls').value = ['mfa', 'Bob Jones']), 'value', /"Bob Jones" is not an option of "controls"; choose from none, mfa, backups$/],
  ['a multi value that is not a list', (x) => void (answerTo(x, 'controls').value = 'mfa'), 'value', /"controls" is answered with a list of options, not "mfa"$/],
  ['a number below its minimum', (x) => void (answerTo(x, 'patch-days').value = -3), 'value', /"patch-days" must be at least 0, not -3$/],
  ['a number above its maximum', (x) => Object.assign(answerTo(x, 'patch-days'), { value: 400, score: 0 }), 'value', /"patch-days" must be at most 365, not 400$/],
  ['words for a number', (x) => void (answerTo(x, 'patch-days').value = 'twenty-one days'), 'value', /"patch-days": "twenty-one days" is not a number of days$/],
  ['a status an outcome does not have', (x) => Object.assign(answerTo(x, 'board'), { status: 'answered', value: 'mostly' }), 'value', /"mostly" is not a status of "board"; its statuses are not-achieved, partially-achieved, achieved$/],
  ['a value beside "don\'t know"', (x) => void (answerTo(x, 'restore').value = 'tested'), 'value', /the answer to "restore" is unknown, so its value must be null$/],
  ['an unknown question', (x) => void (answerTo(x, 'owner').question = 'q-nope'), 'question', /"q-nope" is not a question of rich-share 1\.0\.0$/],
  ['an unknown system', (x) => void (answerTo(x, 'patched').system = 'system-9'), 'system', /answer to "patched" is for "system-9", which is not in "systems"$/],
  ['an organisation question given a system', (x) => void (answerTo(x, 'owner').system = 'system-1'), 'system', /"owner" is answered once for the organisation, not per critical system, so its "system" must be null$/],
  ['a system question given none', (x) => void (answerTo(x, 'patched').system = null), 'system', /"patched" is answered once per critical system, so its answer needs a "system"$/],
  ['not applicable where it cannot be', (x) => Object.assign(answerTo(x, 'owner'), { status: 'not-applicable', value: null, score: null }), 'status', /"owner" cannot be not applicable in rich-share 1\.0\.0: it has no condition and does not allow that answer$/],
  ['a score that is not its value\'s', (x) => Object.assign(answerTo(x, 'owner'), { value: 'nobody', score: 0.73 }), 'score', /the score of "owner" is 0\.73, but rich-share 1\.0\.0 scores the answer "nobody" 0$/],
  ['a score on "don\'t know"', (x) => void (answerTo(x, 'restore').score = 1), 'score', /the score of "restore" is 1, but rich-share 1\.0\.0 scores a "don't know" answer 0$/],
  ['an unfinished outcome scored above its statuses', (x) => void (answerTo(x, 'board').score = 0.9), 'score', /the score of "board" is 0\.9, but rich-share 1\.0\.0 scores an unanswered outcome \(by the indicators answered so far\) 0 or 0\.5 or 1$/],
  ['a score on a text question', (x) => void (answerTo(x, 'describe').score = 0.4), 'score', /"describe" is not scored, so its score must be null, not 0\.4$/],
  ['a score where it does not apply', (x) => void (answerTo(x, 'iot').score = 0), 'score', /"iot" is not applicable, so its score must be null, not 0$/],
  ['a waiver where there is no gap', (x) => void (answerTo(x, 'patched').waived = true), 'waived', /"patched" has no gap for a waiver to cover, so "waived" must be false$/],
  ['an unknown section', (x) => void ((x.sections[0] as { id: string }).id = 'finance'), 'id', /"finance" is not a section of rich-share 1\.0\.0$/],
  ['a rating that is not a band', (x) => void (x.overall.rating = 'Our CISO is Bob'), 'rating', /"Our CISO is Bob" is not a rating of rich-share 1\.0\.0; its ratings are Ready, Partly ready, Not ready$/],
  ['a rating the answers do not earn', (x) => void (x.overall.rating = 'Ready'), 'rating', /the rating is "Ready", but rich-share 1\.0\.0 rates the answers "Not ready", held at the lowest band by an automatic fail$/],
  ['a rating without an overall score', (x) => void (x.overall.score = null), 'rating', /the overall score is null, so the rating must be null, not "Not ready"$/],
  ['an overall score the answers do not give', (x) => void (x.overall.score = 90), 'score', /the overall score is 90, but the answers score 45 by rich-share 1\.0\.0$/],
  ['a section score the answers do not give', (x) => void ((x.sections[0] as { score: number | null }).score = 100), 'score', /the score of section "org" is 100, but its answers score 40 by rich-share 1\.0\.0$/],
  ['a system score the answers do not give', (x) => void ((x.systems[0] as { score: number | null }).score = 100), 'score', /the score of "system-1" is 100, but its answers score 45 by rich-share 1\.0\.0$/],
  ['a system\'s section score the answers do not give', (x) => void ((x.systems[0]?.sections[0] as { score: number | null }).score = 1), 'score', /the score of section "per-system" for "system-1" is 1, but its answers score 50 by rich-share 1\.0\.0$/],
  ['an automatic fail left out', (x) => void (x.overall.automaticFails = 0), 'automaticFails', /"automaticFails" is 0, but the answers have 1 automatic-fail question with a gap$/],
  // Left out, an entry moves no score the checks above work out again: the council just drops out of
  // that section's or question's figures while its other answers still count.
  ['a section left out', (x) => void (x.sections = x.sections.filter((s) => s.id !== 'org')), 'sections', /^"sections" has no score for section "org" of rich-share 1\.0\.0, which share writes for every section \(null where none of its questions apply\); without it this council would drop out of the section's figures while its answers still counted$/],
  ['every section left out', (x) => void (x.sections = []), 'sections', /^"sections" must not be empty$/],
  ['a section listed twice', (x) => void x.sections.push({ id: 'org', score: 40 }), 'id', /^section "org" is listed twice \(first at sections\[0\]\); share writes each section once$/],
  ['a system\'s only section left out', (x) => void ((x.systems[0] as { sections: unknown[] }).sections = []), 'sections', /^"sections" must not be empty$/],
  ['a not-applicable answer left out', (x) => void (x.answers = x.answers.filter((a) => a.question !== 'iot')), 'answers', /^"answers" has no answer to "iot", which share writes for every question of rich-share 1\.0\.0, once for the organisation or once per critical system \("unanswered" or "not-applicable" where there is no answer\); without it this council would drop out of the question's figures$/],
  ['answers of a system left out', (x) => void (x.answers = x.answers.filter((a) => a.system === null || a.question === 'patched')), 'answers', /^"answers" has no answer to "restore" for "system-1" and "system-notes" for "system-1", which share writes .*; without them this council would drop out of those questions' figures$/],
  ['an organisation section under a system', (x) => void (x.systems[0]?.sections.push({ id: 'org', score: 50 })), 'id', /"org" is answered once for the organisation, not per critical system, so it has no score of its own for "system-1"$/],
];

/** The one error line: it names the file and a place whose line holds the offending key. */
function expectPlaced(stderr: string, file: string, key: string, message: RegExp): void {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  const m = /^bad\.json:(\d+):(\d+): (.*)$/.exec(lines[0] ?? '');
  expect(m, stderr).not.toBeNull();
  expect(m?.[3]).toMatch(message);
  const line = readFileSync(join(dir, file), 'utf8').split('\n')[Number(m?.[1]) - 1] ?? '';
  expect(line).toContain(`"${key}":`);
  expect(Number(m?.[2])).toBeGreaterThan(line.indexOf(`"${key}":`));
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('an extract the questionnaire does not bear out', () => {
  it('a good extract, with an unfinished outcome, a waiver and a system, is read as valid', async () => {
    const r = await runBinary({ args: ['validate', 'wrenford.json', '--questionnaire-dir', '.'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toBe('wrenford.json: valid share extract of rich-share 1.0.0 (label wrenford, assessed 2026-11, 10 answers, 1 system)\n');
    const b = await runBinary({ args: ['benchmark', ...GOOD, '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect(b.code, b.stderr).toBe(ExitCode.Ok);
  });

  // Each way an extract can be wrong is a check in benchmark's and validate's reading of it, which
  // the binary reaches through the same run(): the cases run in-process (120 runs of the binary were
  // 15 s of processor time), and the tests around them take each command through the binary.
  it.each(CASES)('%s: benchmark refuses it in one line at its place, exit 2, writing nothing', async (_what, change, key, message) => {
    const bad = edited(change);
    for (const args of [[...GOOD, bad, '--highlight', bad, '-o', 'out.txt'], [...GOOD, bad, '-f', 'markdown', '-o', 'out.md']]) {
      const r = await runInProcess({ args: ['benchmark', ...args, '--questionnaire-dir', '.'], cwd: dir });
      expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expectPlaced(r.stderr, bad, key, message);
    }
    expect(existsSync(join(dir, 'out.txt')) || existsSync(join(dir, 'out.md'))).toBe(false);
  });

  it.each(CASES)('%s: validate says the same and does not call it valid', async (_what, change, key, message) => {
    const bad = edited(change);
    const r = await runInProcess({ args: ['validate', bad, '--questionnaire-dir', '.'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expectPlaced(r.stderr, bad, key, message);
  });

  it('validate cannot call an extract valid without its questionnaire', async () => {
    const r = await runBinary({ args: ['validate', 'wrenford.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^wrenford\.json:\d+:\d+: .*"rich-share".*; an extract is checked against the questionnaire it answers: give its file in the same run, or its folder with --questionnaire-dir\n$/);
    // Given in the same run, it is used.
    const given = await runBinary({ args: ['validate', 'wrenford.json', 'rich.yaml'], cwd: dir });
    expect(given.code, given.stderr).toBe(ExitCode.Ok);
    expect(given.stdout).toContain('wrenford.json: valid share extract of rich-share 1.0.0');
  });

  it('a figure written by hand near enough to the answers\' is read as valid', async () => {
    const bad = edited((x) => {
      x.overall.score = 45.00001;
      (x.sections[0] as { score: number | null }).score = 39.999999;
    });
    const r = await runBinary({ args: ['validate', bad, '--questionnaire-dir', '.'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  });

  // Wrenford's answers score in the lowest band anyway; these score in the top one, so only the
  // automatic fail holds the rating down, and an extract that claims the rating the score alone would
  // earn is refused.
  it('a rating an automatic fail holds at the lowest band, claimed at the band of the score alone, is refused', async () => {
    const strong = ANSWERS.replace('owner: partly', 'owner: named')
      .replace('controls: [mfa]', 'controls: [mfa, backups]')
      .replace('patch-days: 21', 'patch-days: 7')
      .replace('indicators: { B.PA.1: true }', 'indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, B.A.2: true }')
      .replace('restore: { status: unknown }', 'restore: tested');
    writeFileSync(join(dir, 'strong.yaml'), strong);
    const shared = await runBinary({ args: ['share', 'strong.yaml', '--questionnaire-dir', '.', '--label', 'strong', '-o', 'strong.json', '--today', '2026-11-23'], cwd: dir });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const extract = JSON.parse(readFileSync(join(dir, 'strong.json'), 'utf8')) as ShareExtract;
    expect(extract.overall).toEqual({ score: expect.any(Number), rating: 'Not ready', automaticFails: 1 });
    expect(extract.overall.score).toBeGreaterThanOrEqual(80);
    const genuine = await runBinary({ args: ['validate', 'strong.json', '--questionnaire-dir', '.'], cwd: dir });
    expect(genuine.code, genuine.stderr).toBe(ExitCode.Ok);
    writeFileSync(join(dir, 'bad.json'), `${JSON.stringify({ ...extract, overall: { ...extract.overall, rating: 'Ready' } }, null, 2)}\n`);
    const r = await runBinary({ args: ['validate', 'bad.json', '--questionnaire-dir', '.'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expectPlaced(r.stderr, 'bad.json', 'rating', /the rating is "Ready", but rich-share 1\.0\.0 rates the answers "Not ready", held at the lowest band by an automatic fail$/);
  });

  it('an extract of a later version than the one found is refused in one line that says where to find it', async () => {
    const bad = edited((x) => {
      x.questionnaire.version = '1.1.0';
      answerTo(x, 'owner').question = 'q-new';
    });
    const message = /answers rich-share 1\.1\.0, newer than the version 1\.0\.0 found, so its answers cannot be checked against it \(a question or option added since could hold words\); give the folder that holds version 1\.1\.0 with --questionnaire-dir DIR$/;
    const r = await runBinary({ args: ['validate', bad, '--questionnaire-dir', '.'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expectPlaced(r.stderr, bad, 'version', message);
    const b = await runBinary({ args: ['benchmark', ...GOOD, bad, '--questionnaire-dir', '.'], cwd: dir });
    expect(b.code).toBe(ExitCode.CannotAssess);
    expect(b.stdout).toBe('');
    expectPlaced(b.stderr, bad, 'version', message);
  });

  it('an extract of an earlier minor version still needs every section its answers are in', async () => {
    const bad = edited((x) => void (x.sections = x.sections.filter((s) => s.id !== 'org')));
    const r = await runBinary({ args: ['validate', bad, '--questionnaire-dir', 'newer'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(2);
    expect(lines[0]).toMatch(/^bad\.json:\d+:\d+: warning: answers rich-share 1\.0\.0, older than the version 1\.1\.0 found/);
    expect(lines[1]).toMatch(/^bad\.json:\d+:\d+: "sections" has no score for section "org" of rich-share 1\.0\.0, which share writes for every section/);
  });

  it('an extract of an earlier minor version is compared, with a warning that its scores could not be checked', async () => {
    const b = await runBinary({ args: ['benchmark', ...GOOD, '--questionnaire-dir', 'newer', '-f', 'json'], cwd: dir });
    expect(b.code, b.stderr).toBe(ExitCode.Ok);
    // Each also leaves an outcome unanswered (said after the checks, once each).
    const lines = b.stderr.split('\n').filter((l) => l && !/: warning: 1 of \d+ scored questions unanswered; it counts as 0/.test(l));
    expect(lines, b.stderr).toHaveLength(GOOD.length);
    GOOD.forEach((file, i) => {
      expect(lines[i]).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+: warning: answers rich-share 1\\.0\\.0, older than the version 1\\.1\\.0 found, so its scores could not be checked against its own version \\(another minor version may score an answer differently\\)$`));
    });
    const v = await runBinary({ args: ['validate', 'wrenford.json', '--questionnaire-dir', 'newer'], cwd: dir });
    expect(v.code, v.stderr).toBe(ExitCode.Ok);
    expect(v.stdout).toContain('wrenford.json: valid share extract of rich-share 1.0.0');
    expect(v.stderr).toMatch(/^wrenford\.json:\d+:\d+: warning: answers rich-share 1\.0\.0, older than the version 1\.1\.0 found, so its scores could not be checked against its own version/);
  });
});
