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
