// With no overall score, every message says why, truly: when every section that has a score weighs
// 0, the questions were scored (each section shows its score), so "no question was scored" and "the
// score reaches no band" were both false. Scores, ratings and exit codes do not change.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const FIXTURE = join(repoRoot, 'test/fixtures/ci-rounding');
const assess = (more: string[]) => runBinary({ args: ['assess', '-q', 'weightless.yaml', '-a', 'weightless.answers.yaml', '--today', '2026-11-23', ...more], cwd: FIXTURE });
const WHY = 'every section with a score has weight 0';

describe('every section with a score weighs 0', () => {
  it('--min-score fails, saying why there is no score, and the text report does not speak of a score', async () => {
    const r = await assess(['--min-score', '50', '--detail']);
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stderr.split('\n')[0]).toBe(`weightless.answers.yaml:2:1: gate min-score failed: ${WHY}, so there is no overall score to meet the minimum of 50`);
    expect(r.stdout).not.toMatch(/no question was scored|no question counts|score reaches no band/);
    expect(r.stdout.replace(/\n/g, ' ')).toContain(`No rating: ${WHY}, so there is no overall score, and one automatic fail would cap the rating at the lowest band anyway.`);
    expect(r.stdout).toMatch(/^ {2}Backups\s+\S+\s+50 {2}Good$/m);
    expect(r.stdout).toContain(`Overall not scored (${WHY}) · gates FAILED`);
    // The gate's line says which gate it is, not only why there is no score.
    expect(r.stdout).toContain(`✗ FAIL  no overall score to meet 50: ${WHY}`);
  });

  it('the JSON keeps the scores as they were, and every other report says the same', async () => {
    const json = JSON.parse((await assess(['-f', 'json', '--min-score', '50'])).stdout) as { overall: { score: number | null; rating: unknown }; sections: { score: number | null }[]; gates: { summary: string }[] };
    expect(json.overall).toMatchObject({ score: null, rating: null });
    expect(json.sections[0]!.score).toBe(50);
    expect(json.gates[0]!.summary).toBe(`no overall score to meet 50: ${WHY}`);
    for (const format of ['markdown', 'html', 'junit']) {
      const r = await assess(['-f', format]);
      expect(r.code).toBe(ExitCode.Ok);
      expect(r.stdout).not.toMatch(/No question was scored|no question counted|no question counts|score reaches no band/);
      expect(r.stdout).toContain(format === 'junit' ? `Overall not scored (${WHY}), not rated` : 'Every section with a score has weight 0, so there is no overall score.');
    }
  });
});
