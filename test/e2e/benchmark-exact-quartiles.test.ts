import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// Six councils of a three-question questionnaire: four score 0, two a third (one yes of three).
// By linear interpolation (R type 7, numpy's default), the upper quartile of [0, 0, 0, 0, ⅓, ⅓]
// is at h = 5 × 0.75 = 3.75: 0 + 0.75 × 33.3̅ = 25 exactly. Scores kept to nine places
// (33.333333333) gave 24.99999999975, which every report rounded down to 24.
const QUESTIONNAIRE = `id: thirds
version: 1.0.0
title: Thirds
sections:
  - id: s
    title: S
    questions:
      - { id: q1, type: yes-no, text: First? }
      - { id: q2, type: yes-no, text: Second? }
      - { id: q3, type: yes-no, text: Third? }
`;

function councils(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-thirds-'));
  writeFileSync(join(dir, 'thirds.yaml'), QUESTIONNAIRE);
  const files = [1, 2, 3, 4, 5, 6].map((n) => {
    const file = `c${n}.yaml`;
    writeFileSync(join(dir, file), `questionnaire: thirds\nquestionnaireVersion: 1.0.0\norganisation: Council ${n}\nassessedOn: 2026-0${n}-01\nanswers: { q1: ${n > 4 ? 'yes' : 'no'}, q2: no, q3: no }\n`);
    return file;
  });
  return { dir, files };
}

describe('benchmark quartiles of scores kept to nine places', () => {
  it('are exact where the scores are: an upper quartile of 25 is 25 in the JSON and in the text', async () => {
    const { dir, files } = councils();
    const json = await runBinary({ args: ['benchmark', ...files, '--questionnaire-dir', '.', '--format', 'json'], cwd: dir });
    expect([json.code, json.stderr]).toEqual([ExitCode.Ok, '']);
    const stats = (JSON.parse(json.stdout) as BenchmarkResult).overall.stats;
    expect(stats).toMatchObject({ n: 6, min: 0, q1: 0, median: 0, q3: 25, max: 33.333333333 });
    const text = await runBinary({ args: ['benchmark', ...files, '--questionnaire-dir', '.'], cwd: dir });
    expect(text.code).toBe(ExitCode.Ok);
    expect(text.stdout).toMatch(/0–25\b/);
    expect(text.stdout).not.toMatch(/0–24\b/);
  });
});
