import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

// A condition may look at one question more than once (`all: [{ question: q0, in: [...] },
// { question: q0, notIn: [...] }]`); messages that name what it looks at name each question once.
// Found by scripts/scoring-oracle.py, whose random conditions do this.

const QUESTIONNAIRE = `id: twice
version: 1.0.0
title: Twice
sections:
  - id: a
    title: A
    questions:
      - { id: q0, text: Which supplier?, type: choice, options: [ { value: x, label: X, score: 1 }, { value: y, label: Y, score: 0 }, { value: z, label: Z, score: 0 } ] }
      - id: q1
        text: Is it checked?
        type: yes-no
        when: { all: [ { question: q0, notIn: [x] }, { any: [ { question: q0, in: [y] }, { question: q0, in: [z] } ] } ] }
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-condition-names-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: twice\nanswers:\n  q0: x\n  q1: yes\n');
  return dir;
}

describe('a condition that looks at one question twice', () => {
  it('names that question once when an answer is ignored', async () => {
    const dir = folder();
    const result = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--format', 'json'], cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('a.yaml:4:3: warning: answer to "q1" is ignored: the question does not apply given the answer to "q0"\n');
  });

  it('says in an answers template which answers it is asked for', async () => {
    const dir = folder();
    const result = await runBinary({ args: ['init', '-q', 'q.yaml', '-o', 'template.yaml'], cwd: dir });
    expect(result.code).toBe(0);
    const template = readFileSync(join(dir, 'template.yaml'), 'utf8');
    // With the values to write, so a question named twice is named as the condition reads.
    expect(template).toContain('# Asked only when q0 is not x and (q0 is y or q0 is z).\n');
  });
});

// An answer ignored because one part of an `all` fails names that part only: the warning once named
// every question of the condition, so a service's restore time was "ignored given the answer to
// "backup" and "staff"" when the backup answer was the one that asked for it.
const SERVICES = `id: services
version: 1.0.0
title: Services
systemLabel: service
sections:
  - id: org
    title: Organisation
    questions:
      - { id: staff, text: How many on call?, type: number, allowNotApplicable: true, bands: [{ min: 3, score: 1 }, { score: 0 }] }
      - { id: plan, text: A plan?, type: yes-no }
  - id: svc
    title: Per service
    scope: system
    questions:
      - { id: backup, text: Backups tested?, type: yes-no }
      - id: restore
        text: Days to restore?
        type: number
        bands: [{ max: 1, score: 1 }, { score: 0 }]
        when: { all: [ { question: backup, in: [yes] }, { question: staff, notIn: [0] } ] }
      - id: fallback
        text: A fallback?
        type: yes-no
        when: { any: [ { question: backup, in: ["no"] }, { question: plan, in: ["no"] } ] }
`;

describe('an answer ignored under a condition of several parts', () => {
  it.each([
    ['the organisation part of an all', 'staff: { status: not-applicable, reason: The county runs the rota }', 'backup: yes', 'restore: 2', 'a.yaml:10:7: warning: answer to "restore" for service "s" is ignored: the question does not apply given the answer to "staff"'],
    ['the service part of an all', 'staff: 4', 'backup: no', 'restore: 2', 'a.yaml:10:7: warning: answer to "restore" for service "s" is ignored: the question does not apply given the answer to "backup"'],
    ['both parts of an any', 'staff: 4', 'backup: yes', 'fallback: yes', 'a.yaml:10:7: warning: answer to "fallback" for service "s" is ignored: the question does not apply given the answers to "backup" and "plan"'],
  ])('%s names the answers that rule it out', async (_, staff, backup, extra, warning) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-condition-parts-'));
    writeFileSync(join(dir, 'q.yaml'), SERVICES);
    writeFileSync(join(dir, 'a.yaml'), ['questionnaire: services', 'answers:', `  ${staff}`, '  plan: yes', 'systems:', '  - id: s', '    title: S', '    answers:', `      ${backup}`, `      ${extra}`, ''].join('\n'));
    const result = await runBinary({ args: ['validate', '-q', 'q.yaml', 'a.yaml'], cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${warning}\n`);
  });
});

// A multi answer is a list, so its condition is about what the list includes: the template said
// "kinds is depot" where `show` said "includes".
describe('a condition on a multi question in an answers template', () => {
  it.each([
    ['in: [depot]', 'kinds includes depot'],
    ['in: [depot, office]', 'kinds includes one of depot, office'],
    ['notIn: [depot]', 'kinds does not include depot'],
    ['notIn: [depot, office]', 'kinds includes none of depot, office'],
  ])('%s reads "%s"', async (condition, words) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-condition-multi-'));
    writeFileSync(join(dir, 'q.yaml'), [
      'id: kinds', 'version: 1.0.0', 'title: Kinds', 'sections:', '  - id: a', '    title: A', '    questions:',
      '      - { id: kinds, text: Which kinds?, type: multi, options: [ { value: depot, label: Depot, score: 0.5 }, { value: office, label: Office, score: 0.5 } ] }',
      `      - { id: generator, text: A generator?, type: yes-no, when: { question: kinds, ${condition} } }`, '',
    ].join('\n'));
    const result = await runBinary({ args: ['init', '-q', 'q.yaml', '-o', '-'], cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  # Asked only when ${words}.\n  # One of: no (No, scores 0) | yes (Yes, scores 1)\n  generator:\n`);
  });
});
