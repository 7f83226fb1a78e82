import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// An outcome confirmed at exactly the status its indicators derive is not "confirmed above what the
// indicators support" (SPEC): the board paper neither asks the reader to test that judgement nor
// lists it in the appendix, and the JSON report says `confirmedAbove: false`.

const QUESTIONNAIRE = readFileSync(join(repoRoot, 'test/fixtures/outcome/one-outcome.yaml'), 'utf8');

// NA.1 false, PA.1 true, A.1 true, A.2 false: the indicators derive partially achieved, as confirmed.
const ANSWERS = `questionnaire: conf
organisation: Org
answers:
  out:
    indicators: { NA.1: false, PA.1: true, A.1: true, A.2: false }
    confirmed: partially-achieved
    justification: The panel agreed.
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-confirmed-as-derived-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  return dir;
}
const assess = (dir: string, format: string) => runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', format, '--today', '2026-11-23'], cwd: dir });

describe('an outcome confirmed at the status its indicators derive', () => {
  it('is not confirmed above them in the JSON report', async () => {
    const r = await assess(folder(), 'json');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const outcome = (JSON.parse(r.stdout) as Assessment).questions.find((q) => q.id === 'out')?.outcome;
    expect(outcome).toMatchObject({ derived: 'partially-achieved', confirmed: 'partially-achieved', confirmedAbove: false, unmet: ['A.2'] });
  });

  it('is neither an ask nor an appendix part of the markdown board paper', async () => {
    const r = await assess(folder(), 'markdown');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('| An outcome. | Partially achieved (confirmed) |');
    expect(r.stdout).not.toMatch(/confirmed above/i);
    expect(r.stdout).not.toContain("Test the assessor's judgement");
    // The reader is asked two things only: to note the score, and to name an owner.
    const asks = r.stdout.split('### What is asked of the reader\n\n')[1]?.split('\n\n')[0];
    expect(asks).toBe('1. Note the overall score of 50 out of 100 (Partly ready) and the risk below.\n2. Name an owner, with a date for the action, for the risk below.');
  });
});
