import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

// test/fixtures/outcome/outcome.yaml: "board" has all three indicator columns, "backups" has no
// partially-achieved column and is asked only when board is at least partially achieved (a `when`
// on an outcome's status). Each file under invalid/ and answers/ changes one thing; the messages are
// the contract people read, so they are checked exactly, with line and column, through the binary.
const DIR = 'test/fixtures/outcome';
const Q = ['-q', `${DIR}/outcome.yaml`, '--today', '2026-11-23'];
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

const questionnaires: [string, string][] = [
  ['no-indicators.yaml', '26:9: outcome question "backups" needs "indicators" with at least one achieved indicator'],
  ['empty-achieved.yaml', '32:11: outcome question "backups" needs at least one "achieved" indicator'],
  ['options-on-outcome.yaml', '30:9: outcome questions take no options'],
  ['scale-on-outcome.yaml', '30:9: outcome questions take no scale'],
  ['bands-on-outcome.yaml', '30:9: "bands" only applies to number questions'],
  ['duplicate-indicator-in-outcome.yaml', '25:21: duplicate indicator id "B.A.1" (first used at line 24)'],
  ['duplicate-indicator-across.yaml', '36:21: duplicate indicator id "B.A.2" (first used at line 25)'],
  ['indicator-case-twins.yaml', '36:21: indicator id "b.a.2" differs from "B.A.2" (line 25) only in case; give it an id that differs in more than case'],
  ['bad-indicator-id.yaml', '36:21: "id" must be an id of letters and digits, with ".", "-" or "_" after the first, such as "ce-1.2" or "A1.a", not "K A 2"'],
  ['profile-partial-without-column.yaml', '8:53: "backups" has no partially-achieved indicators, so a profile may name only not-achieved or achieved'],
  ['profile-not-a-status.yaml', '8:24: "yes" is not a status of "board"; its statuses are not-achieved, partially-achieved, achieved'],
  ['when-bad-status.yaml', '30:49: "partly-achieved" is not a status of "board"; its statuses are not-achieved, partially-achieved, achieved'],
];

const answers: [string, string][] = [
  ['short-form.answers.yaml', '4:10: "board" is an outcome, answered by its indicators rather than one value: under it write indicators: { B.A.1: true, B.A.2: false, ... }'],
  ['value-in-long-form.answers.yaml', '5:5: "board" is an outcome: answer its indicators, or give "confirmed" with a "justification", instead of a value'],
  ['unknown-indicator.answers.yaml', '5:62: "B.A2" is not an indicator of "board"; did you mean "B.A.2"?'],
  ['bad-indicator-value.answers.yaml', '5:42: indicator "B.PA.1" takes true, false or unknown, not "maybe"'],
  ['unknown-comment-key.answers.yaml', '6:17: "K.A.1" is not an indicator of "board"; did you mean "B.A.1"?'],
  ['confirmed-not-status.answers.yaml', '6:16: "confirmed" must be one of "not-achieved", "partially-achieved" or "achieved", not "mostly"'],
  ['confirmed-partial-no-column.answers.yaml', '8:16: "partially-achieved" is not a status of "backups"; choose one of not-achieved, achieved'],
  ['confirmed-without-justification.answers.yaml', '6:16: "board" is confirmed "achieved" while its indicators derive "partially-achieved": add a "justification" saying why'],
  ['justification-without-confirmed.answers.yaml', '6:5: a "justification" goes with "confirmed"; say which status it justifies'],
  ['unknown-with-indicators.answers.yaml', '5:5: answer to "board" has both indicators and status "unknown"; give one'],
];

describe('outcome questions: questionnaire rules, through the binary', () => {
  it('accepts the fixture, whose `when` names an outcome status', async () => {
    const r = await runBinary({ args: ['validate', `${DIR}/outcome.yaml`] });
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
  });

  it.each(questionnaires)('%s', async (file, message) => {
    const path = `${DIR}/invalid/${file}`;
    const r = await runBinary({ args: ['validate', path] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${path}:${message}\n`);
  });
});

describe('outcome questions: answers rules, through the binary', () => {
  it.each(answers)('%s', async (file, message) => {
    const path = `${DIR}/answers/${file}`;
    const r = await runBinary({ args: ['assess', ...Q, '-a', path, '-f', 'json'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${path}:${message}\n`);
  });

  it('accepts yes, no and True for indicators, as true and false', async () => {
    const r = await runBinary({ args: ['assess', ...Q, '-a', `${DIR}/outcome.answers.yaml`, '-f', 'json'] });
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
    const byId = new Map(json(r.stdout).questions.map((q) => [q.id, q]));
    const values = (id: string) => byId.get(id)?.outcome?.indicators.map((i) => [i.id, i.value]);
    expect(values('board')).toEqual([['B.NA.1', false], ['B.PA.1', true], ['B.A.1', false], ['B.A.2', true]]);
    expect(values('backups')).toEqual([['K.NA.1', false], ['K.A.1', true], ['K.A.2', false]]);
    expect(json(r.stdout).overall.score).toBe(25);
  });

  it('a `when` on an outcome status leaves the dependent outcome out when the status does not match', async () => {
    const stdin = 'questionnaire: outcome-mini\nanswers:\n  board:\n    indicators: { B.NA.1: true, B.PA.1: false, B.A.1: false, B.A.2: false }\n';
    const r = await runBinary({ args: ['assess', ...Q, '-a', '-', '-f', 'json'], stdin });
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
    const backups = json(r.stdout).questions.find((q) => q.id === 'backups');
    expect(backups?.included).toBe(false);
    expect(json(r.stdout).overall.score).toBe(0);
  });

  it('warns of a contradiction at the indicator line and still scores (exit 0)', async () => {
    const path = `${DIR}/answers/contradiction.answers.yaml`;
    const r = await runBinary({ args: ['assess', ...Q, '-a', path, '-f', 'json'] });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`${path}:5:19: warning: indicator "B.NA.1" (not achieved) is true, yet the indicators derive "achieved" for "board": one of the answers is wrong\n`);
    expect(json(r.stdout).overall.score).toBe(50);
  });

  it('stops on indicators left unanswered; with --allow-incomplete they still derive a status', async () => {
    const path = `${DIR}/answers/incomplete.answers.yaml`;
    const stopped = await runBinary({ args: ['assess', ...Q, '-a', path] });
    expect(stopped.code).toBe(ExitCode.CannotAssess);
    expect(stopped.stdout).toBe('');
    // At the outcome's own entry, where the missing indicators go, not at "answers:".
    expect(stopped.stderr).toBe(`${path}:4:3: 1 of the 2 questions to answer has no answer yet (board); answer it, or pass --allow-incomplete to score it by the status its answered indicators give\n`);

    const r = await runBinary({ args: ['assess', ...Q, '-a', path, '-f', 'json', '--allow-incomplete'] });
    expect(r.code).toBe(ExitCode.Ok);
    const data = json(r.stdout);
    const board = data.questions.find((q) => q.id === 'board');
    // B.PA.1 true and B.A.1 false: partially achieved (0.5); backups not achieved (0): (0.5 + 0) / 2.
    expect([board?.status, board?.value, board?.score, board?.outcome?.complete]).toEqual(['unanswered', 'partially-achieved', 0.5, false]);
    expect(data.unanswered).toEqual([{ question: 'board', system: null }]);
    expect(data.overall.score).toBe(25);
  });

  it('says what --allow-incomplete does with a partly answered outcome and a question with no answer, before and in share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-'));
    const path = join(dir, 'a.yaml');
    // board partly answered (partially achieved so far), so backups applies and has no answer at all.
    writeFileSync(path, 'questionnaire: outcome-mini\nanswers:\n  board:\n    indicators: { B.PA.1: true, B.A.1: false }\n');
    const said = 'score them as they stand (a partly answered outcome by the status its answered indicators give, the others as 0)';
    const stopped = await runBinary({ args: ['assess', ...Q, '-a', path] });
    expect(stopped.code).toBe(ExitCode.CannotAssess);
    expect(stopped.stderr).toBe(`${path}:3:3: 2 of the 2 questions to answer have no answer yet (board, backups); answer them, or pass --allow-incomplete to ${said}\n`);
    // What the words promise is what the flag does.
    const scored = json((await runBinary({ args: ['assess', ...Q, '-a', path, '-f', 'json', '--allow-incomplete'] })).stdout);
    expect(scored.questions.map((q) => [q.id, q.status, q.score])).toEqual([['board', 'unanswered', 0.5], ['backups', 'unanswered', 0]]);
    const shared = await runBinary({ args: ['share', ...Q, path] });
    expect(shared.code).toBe(ExitCode.Ok);
    expect(shared.stderr).toBe(`${path}: warning: 2 scored questions have no answer; shared as "unanswered", scored as they stand (a partly answered outcome by the status its answered indicators give, the others as 0), as assess --allow-incomplete scores them\n`);
  });

  it("show states the rule the scorer applies, and each statement holds when scored", async () => {
    const shown = await runBinary({ args: ['show', ...Q.slice(0, 2)] });
    const board = shown.stdout.slice(shown.stdout.indexOf('`board` · outcome'), shown.stdout.indexOf('**If this falls short:**'));
    expect(board).toContain('**Not achieved** signs (these do not set the status; one that is true beside a higher status is reported as a contradiction):');
    expect(board).toContain('**Partially achieved** when all of these are true, but not all the achieved ones:');
    expect(board).toContain('**Achieved** when all of these are true:');
    expect(board).toContain('Otherwise **not achieved**. An indicator answered "don\'t know", or not answered, counts as not true.');
    const status = async (indicators: string): Promise<unknown> => {
      const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-'));
      writeFileSync(join(dir, 'a.yaml'), `questionnaire: outcome-mini\nanswers:\n  board:\n    indicators: { ${indicators} }\n  backups:\n    indicators: { K.NA.1: false, K.A.1: true, K.A.2: true }\n`);
      const r = await runBinary({ args: ['assess', ...Q, '-a', join(dir, 'a.yaml'), '-f', 'json', '--allow-incomplete'] });
      return json(r.stdout).questions.find((q) => q.id === 'board')?.outcome?.derived;
    };
    // A true not-achieved sign does not hold the status down; every achieved one true is achieved.
    expect(await status('B.NA.1: true, B.PA.1: true, B.A.1: true, B.A.2: true')).toBe('achieved');
    expect(await status('B.NA.1: true, B.PA.1: true, B.A.1: true, B.A.2: false')).toBe('partially-achieved');
    expect(await status('B.NA.1: false, B.PA.1: unknown, B.A.1: true, B.A.2: false')).toBe('not-achieved');
  });

  it('an outcome confirmed with a justification and no indicators is complete', async () => {
    const path = `${DIR}/answers/confirmed-only.answers.yaml`;
    const r = await runBinary({ args: ['assess', ...Q, '-a', path, '--detail'] });
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
    expect(r.stdout).toMatch(/^ {4}Does the board own .*: achieved \(confirmed without indicators\)/m);
    const data = json((await runBinary({ args: ['assess', ...Q, '-a', path, '-f', 'json'] })).stdout);
    expect(data.unanswered).toEqual([]);
    expect(data.questions.find((q) => q.id === 'board')?.outcome).toMatchObject({ confirmed: 'achieved', withoutIndicators: true, complete: true });
    expect(data.overall.score).toBe(50);
  });

  it('a gap on an outcome confirmed partially achieved lists only the achieved statements still to meet (SPEC: partially-achieved ones only below partial)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-unmet-'));
    const answers = (board: string) => `questionnaire: outcome-mini\nanswers:\n  board:\n${board}\n  backups:\n    indicators: { K.NA.1: no, K.A.1: true, K.A.2: true }\n`;
    const missing = async (board: string) => {
      writeFileSync(join(dir, 'a.yaml'), answers(board));
      const r = await runBinary({ args: ['assess', ...Q, '-a', join(dir, 'a.yaml'), '-f', 'json'] });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      return json(r.stdout).gaps.find((g) => g.question === 'board')?.missing.map((m) => m.id);
    };
    // Confirmed without statements, and confirmed above statements that derive not achieved.
    expect(await missing('    confirmed: partially-achieved\n    justification: The audit found yearly board reviews.')).toEqual(['B.A.1', 'B.A.2']);
    expect(await missing('    indicators: { B.NA.1: false, B.PA.1: false, B.A.1: true, B.A.2: false }\n    confirmed: partially-achieved\n    justification: The audit found yearly board reviews.')).toEqual(['B.A.2']);
    // Derived not achieved and not confirmed otherwise: the partially-achieved statement is listed too.
    expect(await missing('    indicators: { B.NA.1: false, B.PA.1: false, B.A.1: true, B.A.2: false }')).toEqual(['B.PA.1', 'B.A.2']);
    // Confirmed below what its statements show: what they lack, as if not confirmed (the assessor's view holds it).
    expect(await missing('    indicators: { B.NA.1: false, B.PA.1: false, B.A.1: true, B.A.2: true }\n    confirmed: not-achieved\n    justification: Minutes say so, but no one attends.')).toEqual([]);
    expect(await missing('    indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, B.A.2: false }\n    confirmed: not-achieved\n    justification: Minutes say so, but no one attends.')).toEqual(['B.A.2']);
  });
});
