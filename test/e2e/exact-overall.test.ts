import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

// A score made of other scores is kept to nine places only at the end. Kept so on the way too, a
// system section's mean of 50 and 83.333333333 made an overall score of exactly 72.5 come out as
// 72.499999999: --min-score 72.5 failed ("72.4 is below 72.5") and the rating fell a band.
const QUESTIONNAIRE = `id: exact-mean
version: 1.0.0
title: Exact mean
ratings:
  - { min: 72.5, label: Good }
  - { min: 0, label: Not yet }
sections:
  - id: o
    title: Organisation
    questions:
      - { id: o1, text: O1?, type: choice, options: [{ value: x, label: X, score: 0.9 }, { value: y, label: Y, score: 1 }] }
  - id: s
    title: Per system
    scope: system
    weight: 3
    questions:
${[1, 2, 3, 4, 5, 6].map((i) => `      - { id: s${i}, text: S${i}?, type: yes-no }`).join('\n')}
`;
const ANSWERS = `questionnaire: exact-mean
answers: { o1: x }
systems:
  - { id: a, title: A, answers: { s1: yes, s2: yes, s3: yes, s4: no, s5: no, s6: no } }
  - { id: b, title: B, answers: { s1: yes, s2: yes, s3: yes, s4: yes, s5: yes, s6: no } }
`;

describe('an overall score made of means over systems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-exact-mean-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  const args = ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-12-04', '--min-score', '72.5'];

  it('is exact: (90 + 3 × 200/3) / 4 is 72.5, which meets --min-score 72.5 and earns the band at 72.5', async () => {
    const r = await runBinary({ args: [...args, '-f', 'json'], cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.overall.score).toBe(72.5);
    expect(report.overall.rating.label).toBe('Good');
    expect(report.sections.map((s: { score: number }) => s.score)).toEqual([90, 66.666666667]);
    expect(report.gates[0].summary).toBe('overall score 72.5 meets 72.5');
  });

  it('and the text report shows it rounded down, as 72, with the gate passed', async () => {
    const r = await runBinary({ args, cwd: dir, env: { COLUMNS: '80', NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall 72/100 Good');
    expect(r.stderr).toBe('');
  });
});
