import { describe, expect, it } from 'vitest';
import { exactScore, showScoreFor, weightedPercent } from '../../src/scoring/rate.js';
import { assessText } from '../helpers/load.js';

// 0.29 × 100 is 28.999999999999996 in binary floating point: reports rounded it down to 28 and
// --min-score 29 failed on a score of exactly 29.
const questionnaire = (score: number): string => `id: exact
version: 1.0.0
title: Exact
scales:
  m:
    - { value: none, label: None, score: 0 }
    - { value: some, label: Some, score: ${score} }
    - { value: full, label: Full, score: 1 }
sections:
  - id: s
    title: S
    questions:
${Array.from({ length: 25 }, (_, i) => `      - { id: q${i}, text: Q${i}?, type: choice, scale: m }`).join('\n')}
`;
const answers = (values: string[]): string => `questionnaire: exact\nanswers:\n${values.map((v, i) => `  q${i}: ${v}`).join('\n')}\n`;

describe('scores free of floating-point error', () => {
  it('(7 + 0.25) / 25 is 29, and meets --min-score 29', () => {
    const a = assessText(questionnaire(0.25), answers([...Array(7).fill('full'), 'some', ...Array(17).fill('none')]), '2026-11-23', { minScore: 29 });
    expect(a.overall.score).toBe(29);
    expect(a.passed).toBe(true);
    expect(a.gates[0]?.summary).toBe('overall score 29 meets 29');
  });

  it('one option scored 0.29 is 29, and 0.57 is 57', () => {
    for (const [score, whole] of [[0.29, 29], [0.57, 57]] as const) {
      const a = assessText(questionnaire(score), answers(Array(25).fill('some')), '2026-11-23', { minScore: whole });
      expect(a.overall.score).toBe(whole);
      expect(a.passed).toBe(true);
    }
  });

  it('keeps nine decimal places, and a gate message shows as many as its threshold', () => {
    expect(exactScore(100 / 3)).toBe(33.333333333);
    expect(weightedPercent([{ weight: 1, score: 0.29 }])).toBe(29);
    expect(showScoreFor(43.75, 43.75)).toBe('43.75');
    expect(showScoreFor(54.96, 55)).toBe('54');
    expect(showScoreFor(61.458, 61.46)).toBe('61.45');
  });
});
