import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

// The published schemas check each key on its own: what a question's type allows, how one value
// compares with another, and what an answer must be given its questionnaire are the binary's to
// check. README's "Beyond the schema" list named none of the rules that hang on a question's type,
// a condition's shape, min and max, or the order of ratings, so an editor's clean bill read as a
// valid file. Each rule here: the schema takes the file, the binary refuses it in one line at a
// place, and README says the binary checks it. (Made schema rules, they would replace the binary's
// words, which name the question and its type, with the schema's, which cannot.)
// Each rule's refusal is run()'s, which the binary calls, so the rules run in-process (the base file
// goes through the binary, and hostile-inputs.test.ts takes refusals through it).

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-beyond-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Question = Record<string, unknown>;
interface Questionnaire {
  id: string;
  version: string;
  title: string;
  ratings: { min: number; label: string }[];
  scales: Record<string, unknown[]>;
  sections: { id: string; title: string; questions: Question[] }[];
}

const base = (): Questionnaire => ({
  id: 'beyond-schema',
  version: '1.0.0',
  title: 'Beyond the schema',
  ratings: [
    { min: 80, label: 'Ready' },
    { min: 0, label: 'Not ready' },
  ],
  scales: { maturity: [{ value: 'no', label: 'No', score: 0 }, { value: 'yes', label: 'Yes', score: 1 }] },
  sections: [
    {
      id: 'gov',
      title: 'Governance',
      questions: [
        { id: 'owner', text: 'Is there an owner?', type: 'choice', scale: 'maturity' },
        { id: 'cards', text: 'Do you take cards?', type: 'yes-no' },
        { id: 'pci', text: 'How much is PCI compliant?', type: 'choice', when: { question: 'cards', in: ['yes'] }, options: [{ value: 'none', label: 'None', score: 0 }, { value: 'all', label: 'All', score: 1 }] },
        { id: 'svc', text: 'Which services?', type: 'multi', options: [{ value: 'dns', label: 'DNS', score: 0.5 }, { value: 'mail', label: 'Mail', score: 0.5 }] },
        { id: 'patch', text: 'Days to patch?', type: 'number', min: 0, max: 365, bands: [{ max: 14, score: 1 }, { min: 15, max: 30, score: 0.5 }, { score: 0 }] },
        { id: 'notes', text: 'Anything else?', type: 'text' },
        { id: 'board', text: 'Does the board own security?', type: 'outcome', indicators: { 'not-achieved': [{ id: 'B.NA.1', text: 'Nobody does.' }], achieved: [{ id: 'B.A.1', text: 'The board does.' }] } },
      ],
    },
  ],
});

const question = (q: Questionnaire, id: string): Question => q.sections[0]!.questions.find((x) => x.id === id)!;
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');

async function refused(name: string, kind: 'questionnaire' | 'answers', text: string, args: string[]): Promise<string> {
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, text);
  const r = await runInProcess({ args: ['validate', '--kind', kind, ...args, file] });
  expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
  return lines[0]!;
}

type Case = [name: string, change: (q: Questionnaire) => void, message: string, readmeSays: string];

const QUESTIONNAIRE_CASES: Case[] = [
  ['an outcome without indicators', (q) => delete question(q, 'board').indicators, 'outcome question "board" needs "indicators" with at least one achieved indicator', '`indicators` for `outcome` questions only, which must have them, with at least one `achieved` indicator'],
  ['an outcome with achieved: []', (q) => ((question(q, 'board').indicators as Record<string, unknown>).achieved = []), 'outcome question "board" needs at least one "achieved" indicator', 'with at least one `achieved` indicator'],
  ['an outcome with achieved: null', (q) => ((question(q, 'board').indicators as Record<string, unknown>).achieved = null), 'outcome question "board" needs at least one "achieved" indicator', 'with at least one `achieved` indicator'],
  ['options on an outcome', (q) => (question(q, 'board').options = [{ value: 'a', label: 'A', score: 1 }]), 'outcome questions take no options', '`options` and `scale` are for `choice`, `multi` and `yes-no` questions only'],
  ['a scale on an outcome', (q) => (question(q, 'board').scale = 'maturity'), 'outcome questions take no scale', '`options` and `scale` are for `choice`, `multi` and `yes-no` questions only'],
  ['options on a text question', (q) => (question(q, 'notes').options = [{ value: 'a', label: 'A' }]), 'text questions take no options', '`options` and `scale` are for `choice`, `multi` and `yes-no` questions only'],
  ['indicators on a choice question', (q) => (question(q, 'owner').indicators = { achieved: [{ id: 'X.1', text: 'Yes.' }] }), '"indicators" only applies to outcome questions', '`indicators` for `outcome` questions only'],
  ['bands on a choice question', (q) => (question(q, 'owner').bands = [{ score: 1 }]), '"bands" only applies to number questions', '`bands`, `unit`, `min` and `max` for `number` questions only'],
  ['exclusive on a choice question', (q) => ((question(q, 'pci').options as Question[])[0]!.exclusive = true), '"exclusive" only applies to multi questions', '`exclusive` for the options of a `multi` question only'],
  ['a choice question with neither scale nor options', (q) => delete question(q, 'owner').scale, 'choice question "owner" needs "scale" or "options"', 'a `choice` or `multi` question has `scale` or `options`, not both'],
  ['a multi question with neither scale nor options', (q) => delete question(q, 'svc').options, 'multi question "svc" needs "scale" or "options"', 'a `choice` or `multi` question has `scale` or `options`, not both'],
  ['a choice question with both', (q) => (question(q, 'pci').scale = 'maturity'), 'question "pci" has both "scale" and "options"; give one', 'a `choice` or `multi` question has `scale` or `options`, not both'],
  ['an option without a score on a scored question', (q) => delete (question(q, 'pci').options as Question[])[0]!.score, 'option "none" needs a score from 0 to 1 because question "pci" is scored', 'on a scored question (weight above 0), every option, a scale\'s included, has a `score`'],
  ['a scale option without a score', (q) => delete (q.scales.maturity![0] as Question).score, 'option "no" of scale "maturity" needs a score from 0 to 1, because scored questions use the scale', 'every option, a scale\'s included, has a `score`'],
  ['exclusive on the option of a scale a choice question uses', (q) => ((q.scales.maturity![0] as Question).exclusive = true), '"exclusive" only applies to multi questions, and choice questions use scale "maturity"', 'a named scale\'s included when a `choice` question uses the scale'],
  ['when: {}', (q) => (question(q, 'pci').when = {}), 'a condition needs "question" (with "in" or "notIn"), "all" or "any"', 'each `when` has one of `question`, `all` or `any`'],
  ['when with in and notIn', (q) => (question(q, 'pci').when = { question: 'cards', in: ['yes'], notIn: ['no'] }), 'a condition takes "in" or "notIn", not both', 'a `question` has `in` or `notIn`, not both'],
  ['when with question and all', (q) => (question(q, 'pci').when = { question: 'cards', in: ['yes'], all: [{ question: 'cards', in: ['yes'] }] }), 'a condition takes one of "question", "all" or "any", not', 'each `when` has one of `question`, `all` or `any`'],
  ['when with question and neither in nor notIn', (q) => (question(q, 'pci').when = { question: 'cards' }), 'the condition on "cards" needs "in" or "notIn"', 'a `question` has `in` or `notIn`'],
  ['a question min above its max', (q) => (question(q, 'patch').min = 400), '"min" (400) is greater than "max" (365)', 'a number question\'s `min` is not greater than its `max`'],
  ['a band min above its max', (q) => ((question(q, 'patch').bands as Question[])[1]!.min = 50), 'band 2 has "min" (50) greater than "max" (30)', 'nor a band\'s `min` than its `max`'],
  ['ratings not highest first', (q) => q.ratings.reverse(), 'ratings must be listed highest "min" first, with no two the same', '`ratings` are listed highest `min` first, with no two the same'],
  ['a reference to a framework not listed', (q) => (question(q, 'owner').references = ['caf-4.0:A1.a']), 'uses framework "caf-4.0", which is not listed in "frameworks"', 'each reference names a framework listed in `frameworks`'],
];

describe('questionnaire rules beyond the schema', () => {
  it.each(QUESTIONNAIRE_CASES)('%s: the schema takes it, validate refuses it in one line, and README says so', async (name, change, message, readmeSays) => {
    const q = base();
    change(q);
    expect(schemaErrors('questionnaire', JSON.parse(JSON.stringify(q)))).toEqual([]);
    const line = await refused(name.replace(/\W+/g, '-'), 'questionnaire', stringify(q), []);
    expect(line).toContain(message);
    expect(readme).toContain(readmeSays);
  });

  it('the base questionnaire is valid, so each case tries one rule', async () => {
    const file = join(scratch, 'base.yaml');
    writeFileSync(file, stringify(base()));
    const r = await runBinary({ args: ['validate', file] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
  });
});

const ANSWER_CASES: [name: string, answers: string, message: string, readmeSays: string][] = [
  ['an unknown question id', 'ownr: yes', 'unknown question "ownr"', 'the answers schema cannot check that a question id under `answers:`'],
  ['an unknown indicator id', 'board:\n    indicators: { B.X.1: true }', '"B.X.1" is not an indicator of "board"', 'that an indicator id under `indicators:` or `comments:` is one of its question\'s'],
  ['a value of the wrong type', 'patch: soon', '"patch": "soon" is not a number', 'or that a value fits its question\'s type'],
  ['one option of a multi answer without brackets', 'svc: dns', '"svc" takes a list of options, even of one: write [dns]', '`tools: edr` is an error that says so'],
  ['a value outside min and max', 'patch: 400', '"patch" must be at most 365, not 400', 'a number within its `min` and `max`'],
  ['a justification without confirmed', 'board:\n    indicators: { B.NA.1: false, B.A.1: true }\n    justification: Because.', 'a "justification" goes with "confirmed"', 'nor that a `justification` comes with `confirmed`'],
  ['a confirmed status the indicators do not give, without a justification', 'board:\n    indicators: { B.NA.1: true, B.A.1: false }\n    confirmed: achieved', 'add a "justification" saying why', 'comes with a `confirmed` status its indicators do not give'],
];

describe('answers rules beyond the schema', () => {
  it.each(ANSWER_CASES)('%s: the schema takes it, validate refuses it in one line, and README says so', async (name, answers, message, readmeSays) => {
    const qFile = join(scratch, 'answered.yaml');
    writeFileSync(qFile, stringify(base()));
    const text = `questionnaire: beyond-schema\norganisation: Wrenford\nassessedOn: 2026-11-20\nanswers:\n  ${answers}\n`;
    const { parse } = await import('yaml');
    expect(schemaErrors('answers', parse(text))).toEqual([]);
    const line = await refused(name.replace(/\W+/g, '-'), 'answers', text, ['-q', qFile]);
    expect(line).toContain(message);
    expect(readme).toContain(readmeSays);
  });
});
