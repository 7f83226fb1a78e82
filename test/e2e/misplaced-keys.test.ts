import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// A key that is right, but written at the wrong place (`scope` on a question rather than its
// section), is told where it goes, for every place of a questionnaire and an answers file.
const sys = readFileSync('test/fixtures/systems/sys.yaml', 'utf8');

async function validate(files: Record<string, string>, args: string[]): Promise<{ code: number; lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-misplaced-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = await runBinary({ args: ['validate', ...args], cwd: dir });
  return { code: r.code, lines: r.stderr.split('\n').filter(Boolean) };
}

describe('a key written at the wrong place says where it goes', () => {
  it('in a questionnaire', async () => {
    const q = sys
      .replace('    title: Governance\n', '    title: Governance\n    systemLabel: service\n    severity: high\n')
      .replace('        type: yes-no\n        severity: critical\n', '        type: yes-no\n        severity: critical\n        scope: system\n        exclusive: true\n');
    const r = await validate({ 'q.yaml': q }, ['q.yaml']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.lines).toEqual([
      'q.yaml:13:5: unknown property "systemLabel"; it belongs at the top of the questionnaire, not on a section',
      'q.yaml:14:5: unknown property "severity"; it belongs on a question, not on a section',
      'q.yaml:21:9: unknown property "scope"; it belongs on a section, not on a question',
      'q.yaml:22:9: unknown property "exclusive"; it belongs on an option, not on a question',
    ]);
  });

  it('in an answers file', async () => {
    const answers = 'questionnaire: sys\nanswers:\n  owner: yes\nwaivers:\n  - { question: owner, reason: r, approvedBy: Jo, expires: 2027-01-01, note: n }\nsystems:\n  - id: a\n    title: A\n    status: unknown\n    answers: {}\nsystemLabel: service\n';
    const r = await validate({ 'q.yaml': sys, 'a.yaml': answers }, ['-q', 'q.yaml', 'a.yaml']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.lines).toEqual([
      'a.yaml:5:72: unknown property "note"; it belongs in an answer\'s long form, not on a waiver',
      'a.yaml:9:5: unknown property "status"; it belongs in an answer\'s long form, not on a system under "systems:"',
      // At the top, a key is more often from another kind of file: what goes there is listed instead.
      'a.yaml:11:1: unknown property "systemLabel"; expected "questionnaire", "questionnaireVersion", "organisation", "assessor", "assessedOn", "answers", "waivers", "systems" or "system"',
    ]);
  });

  it('a key that does the job of another here is pointed to that one first', async () => {
    // A question's wording is "text", a section's longer explanation "description", an option's wording "label".
    const q = sys
      .replace('    title: Governance\n', '    title: Governance\n    help: Who answers for security.\n')
      .replace('        type: yes-no\n        severity: critical\n', '        type: yes-no\n        severity: critical\n        title: Named owner\n');
    const r = await validate({ 'q.yaml': q }, ['q.yaml']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.lines).toEqual([
      'q.yaml:13:5: unknown property "help"; a section\'s longer explanation is "description"; "help" belongs on a question',
      'q.yaml:20:9: unknown property "title"; a question\'s wording is "text"; "title" belongs at the top of the questionnaire, on a section or on a profile',
    ]);
  });

  it('a likely typo is still suggested, and a key known nowhere still lists what goes here', async () => {
    const q = sys.replace('    title: Governance\n', '    title: Governance\n    scoep: system\n    colour: red\n    frobnicate: 1\n');
    const r = await validate({ 'q.yaml': q }, ['q.yaml']);
    expect(r.lines).toEqual([
      'q.yaml:13:5: unknown property "scoep"; did you mean "scope"?',
      'q.yaml:14:5: unknown property "colour"; it belongs on a rating, not on a section',
      'q.yaml:15:5: unknown property "frobnicate"; expected "id", "title", "description", "weight", "scope" or "questions"',
    ]);
  });
});
