import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

// A council writing its own questionnaire: what SPEC allows but cannot score as the author meant is
// a warning at its place, from validate and from every run that loads the file, and scores the same.
const BANDS = 'test/fixtures/score-reach/bands.yaml';
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

describe('number bands that no number reaches, through the binary', () => {
  const warnings = [
    `${BANDS}:17:13: warning: band 2 is never used: band 1 (line 16) holds for every number it covers, and the first band that holds is used; put the narrower band first`,
    `${BANDS}:18:13: warning: band 3 is never used: "restore-days" takes only numbers from 0 to 30 (its "min" and "max"), and the band holds for none of them; change its bounds or remove it`,
    `${BANDS}:20:13: warning: band 5 is never used: band 4 (line 19) has no bounds, so it holds for every number, and the first band that holds is used; put the band without bounds last`,
    `${BANDS}:28:13: warning: band 4 is never used: the bands before it hold for every number it covers between them, and the first band that holds is used; put it before them, or remove it`,
    `${BANDS}:37:13: warning: band 3 is never used: it has no bounds, but the bands before it hold for every number the question takes, so none is left for it; remove it`,
  ];

  it('validate says each unused band at its place, and nothing of the bands that are used, with exit 0', async () => {
    const r = await runBinary({ args: ['validate', BANDS] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toBe(`${BANDS}: valid questionnaire unused-bands 1.0.0 (1 section, 3 questions)\n`);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
  });

  it('assess and show say them too, and assess scores by the first band that holds, as before', async () => {
    const answers = 'questionnaire: unused-bands\nanswers:\n  restore-days: 1\n  backup-age: 26\n  copies: 3\n';
    const r = await runBinary({ args: ['assess', '-q', BANDS, '-a', '-', '-f', 'json', '--today', '2026-11-23'], stdin: answers });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
    // 1 day: band 1 (0.5), not the max-2 band (1); 26 hours: band 3 (0.5); 3 copies: band 2 (1).
    expect(json(r.stdout).questions.map((q) => [q.id, q.score])).toEqual([
      ['restore-days', 0.5],
      ['backup-age', 0.5],
      ['copies', 1],
    ]);
    expect(json(r.stdout).overall.score).toBe(66.666666667);
    const shown = await runBinary({ args: ['show', '-q', BANDS] });
    expect(shown.code, shown.stderr).toBe(ExitCode.Ok);
    expect(shown.stderr.trimEnd().split('\n')).toEqual(warnings);
  });
});
