// Every count put before a noun agrees with it: "1 day", "1 requirement", "1 question", never
// "1 days". A unit is written in the plural by the questionnaire's author (`unit: days`), so an
// answer of exactly 1 needs its singular. Each check goes through the built binary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-counts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

writeFileSync(
  join(work, 'one.yaml'),
  `id: one-question
version: 1.0.0
title: One question
profiles:
  - id: base
    title: Baseline
    requires: { patch-days: 1 }
sections:
  - id: patching
    title: Patching
    questions:
      - id: patch-days
        text: Within how many days are critical patches applied?
        type: number
        unit: days
        min: 0
        bands:
          - { max: 1, score: 1 }
          - { max: 7, score: 0.5 }
          - { score: 0 }
        remediation: Apply critical patches within a day.
`,
);
writeFileSync(join(work, 'three.yaml'), 'questionnaire: one-question\nquestionnaireVersion: 1.0.0\nanswers:\n  patch-days: 3\n');
// Numbers spelled as digits before a plural noun, where the number is 1.
const ONE_PLURAL = /(?<![\d.])1 (days|months|requirements|questions|answers|indicators|councils)\b/;

describe('a count and its noun agree', () => {
  it.each(['text', 'markdown', 'csv', 'html', 'json'])('a profile of one requirement, needing 1 day, in %s', async (format) => {
    const r = await runBinary({ args: ['assess', '-q', 'one.yaml', '--answers', 'three.yaml', '--profile', 'base', '--detail', '--today', '2026-12-01', '-f', format], cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(ONE_PLURAL);
    if (format !== 'csv') expect(r.stdout).toContain('1 day');
    if (format === 'text') expect(r.stdout).toContain('0 of 1 requirement met');
  });

  it('an answer of 1 in a unit written in the plural reads in the singular', async () => {
    const q = await runBinary({ args: ['assess', '-q', 'one.yaml', '--answers', 'three.yaml', '--today', '2026-12-01', '-f', 'csv'], cwd: work });
    expect(q.stdout).toContain('3 days');
    const council = await runBinary({
      args: ['assess', '--answers', '-', '--allow-incomplete', '--detail', '--today', '2026-12-01', '-f', 'csv'],
      stdin: 'questionnaire: council-cyber-resilience\nanswers:\n  mon-log-retention: 1\n',
    });
    expect(council.stdout).toMatch(/mon-log-retention,[^\n]*,1 month,/);
    expect(council.stdout).not.toMatch(ONE_PLURAL);
  });

  it('show words a band of one as one: "up to 1 day"', async () => {
    const r = await runBinary({ args: ['show', 'one.yaml'], cwd: work });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| up to 1 day | 1 |');
    expect(r.stdout).toContain('| up to 7 days | 0.5 |');
    expect(r.stdout).toContain('| 1 day or better |');
    expect(r.stdout).toContain('1 section · 1 question');
  });

  it('validate counts one question as one', async () => {
    const r = await runBinary({ args: ['validate', '-q', 'one.yaml', 'one.yaml', 'three.yaml'], cwd: work });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(1 of 1 question answered, 0 waivers)');
    expect(r.stdout).toContain('(1 section, 1 question)');
  });

  it('assess counts one question to answer as one', async () => {
    writeFileSync(join(work, 'empty.yaml'), 'questionnaire: one-question\nanswers: {}\n');
    const r = await runBinary({ args: ['assess', '-q', 'one.yaml', '--answers', 'empty.yaml'], cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the only question to answer has no answer yet');
  });

  it('benchmark with --min-group 1 and nothing given asks for at least 1 council', async () => {
    const r = await runBinary({ args: ['benchmark', '--min-group', '1', 'missing.json'], cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ONE_PLURAL);
  });
});
