import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// Sentences of SPEC's base sections (before "v2 additions") read literally, each checked through
// the binary and the published schemas on small files of their own.

/** A fresh folder holding `files` (name → text); returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-base-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const QUESTIONNAIRE = `id: base-probe
version: 1.0.0
title: Base probe
sections:
  - id: s
    title: S
    questions:
      - { id: cards, text: Do you take card payments?, type: yes-no }
      - { id: kinds, text: Which kinds?, type: multi, options: [{ value: web, label: Web, score: 0.5 }, { value: phone, label: Phone, score: 0.5 }] }
      - { id: pci, text: PCI DSS?, type: yes-no, allowNotApplicable: true, when: { any: [{ question: cards, in: ["no"] }, { question: kinds, in: [web] }] } }
`;

/** The published answers schema, compiled as an editor would (JSON Schema 2020-12, formats checked). */
async function answersSchema(): Promise<(data: unknown) => boolean> {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'schemas', 'answers.schema.json'), 'utf8')) as object);
  return (data) => validate(data) as boolean;
}

describe('SPEC "The answers format": a status stands instead of an answer, and not-applicable needs a reason', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['not applicable without a reason', { status: 'not-applicable' }, 'a.yaml:3:8: a not-applicable answer to "pci" needs a "reason"'],
    ['a value beside "unknown"', { status: 'unknown', value: 'yes' }, 'a.yaml:3:8: answer to "pci" has both a value and status "unknown"; give one'],
    ['a value beside "not-applicable"', { status: 'not-applicable', reason: 'No cards', value: 'no' }, 'a.yaml:3:8: answer to "pci" has both a value and status "not-applicable"; give one'],
    ['a confirmed status beside "unknown"', { status: 'unknown', confirmed: 'achieved' }, 'a.yaml:3:8: answer to "pci" has both a confirmed status and status "unknown"; give one'],
  ];

  it.each(cases)('%s: the schema refuses it as the tool does, in one line at the answer', async (_name, long, line) => {
    const valid = await answersSchema();
    expect(valid({ questionnaire: 'base-probe', answers: { pci: long } })).toBe(false);
    const dir = folder({ 'q.yaml': QUESTIONNAIRE, 'a.yaml': `questionnaire: base-probe\nanswers:\n  pci: ${JSON.stringify(long)}\n  cards: "no"\n` });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-o', 'report.md'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
    expect(() => readFileSync(join(dir, 'report.md'))).toThrow();
  });

  it('the schema still takes what the tool takes: a status with an empty value, and not applicable with its reason', async () => {
    const valid = await answersSchema();
    for (const long of [{ status: 'unknown' }, { status: 'unknown', value: null }, { status: 'unknown', indicators: null }, { status: 'not-applicable', reason: 'No cards', owner: 'Head of ICT' }]) {
      expect(valid({ questionnaire: 'base-probe', answers: { pci: long } }), JSON.stringify(long)).toBe(true);
    }
    const dir = folder({ 'q.yaml': QUESTIONNAIRE, 'a.yaml': 'questionnaire: base-probe\nanswers:\n  cards: "no"\n  kinds: []\n  pci: { status: not-applicable, reason: No cards, value: }\n' });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json'], cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as { notApplicable: unknown[] }).notApplicable).toEqual([{ question: 'pci', system: null, by: 'answer', reason: 'No cards' }]);
  });
});

describe('SPEC "The answers format": an answer to a question whose `when` is false is ignored with a warning', () => {
  it('names every answer that rules it out, in the plural when there are several', async () => {
    const dir = folder({ 'q.yaml': QUESTIONNAIRE, 'a.yaml': 'questionnaire: base-probe\nanswers:\n  cards: "yes"\n  kinds: [phone]\n  pci: "yes"\n' });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('a.yaml:5:3: warning: answer to "pci" is ignored: the question does not apply given the answers to "cards" and "kinds"\n');
  });
});

describe('SPEC "Scoring": a waiver for a question without a gap is a warning', () => {
  const answers = `questionnaire: base-probe
answers:
  cards: "yes"
  kinds: [web]
  pci: "yes"
waivers:
  - { question: pci, reason: Nothing to waive, expires: 2030-01-01 }
  - { question: kinds, reason: Not yet, expires: 2030-01-01 }
`;
  const warning = 'a.yaml:7:5: warning: waiver for "pci" covers no gap: the question is met or does not count\n';

  it('validate says it at the waiver, as assess does, and the file is still valid', async () => {
    const dir = folder({ 'q.yaml': QUESTIONNAIRE, 'a.yaml': answers });
    const checked = await runBinary({ args: ['validate', '-q', 'q.yaml', 'a.yaml'], cwd: dir });
    expect(checked.code).toBe(ExitCode.Ok);
    expect(checked.stderr).toBe(warning);
    const assessed = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json'], cwd: dir });
    expect(assessed.code).toBe(ExitCode.Ok);
    expect(assessed.stderr).toBe(warning);
  });

  it('validate says nothing of a waiver on an answer short of full marks, or on a question not answered yet', async () => {
    const dir = folder({ 'q.yaml': QUESTIONNAIRE, 'a.yaml': answers.replace('pci: "yes"', 'pci: "no"').replace('kinds: [web]', 'kinds:') });
    const checked = await runBinary({ args: ['validate', '-q', 'q.yaml', 'a.yaml'], cwd: dir });
    expect(checked.code).toBe(ExitCode.Ok);
    expect(checked.stderr).toBe('');
  });
});
