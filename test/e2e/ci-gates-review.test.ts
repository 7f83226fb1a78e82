// CI use with critical systems, for faults found by running the gates and feeding every CI output to
// its consumer: a job summary that a second run in the same step pushed past GitHub's limit.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

const TODAY = '2026-12-02';
const CAF = 'examples/caf-local-government.answers.yaml';
const MIB = 1024 * 1024;

describe('the job summary under GitHub Actions', () => {
  // GitHub takes at most 1 MiB of summary a step and drops all of it past that, what earlier
  // commands of the step wrote as well: two answers files assessed in one step must share the room.
  const withSummary = async (before: number) => {
    const summary = join(mkdtempSync(join(tmpdir(), 'cyber-ready-summary-')), 'summary.md');
    writeFileSync(summary, `${'x'.repeat(before - 1)}\n`);
    const r = await runBinary({ args: ['assess', '-a', CAF, '--today', TODAY, '-f', 'json'], env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return { r, summary, text: readFileSync(summary, 'utf8') };
  };

  it('a report that would pass the limit after what the step already wrote is cut to the room left', async () => {
    const { summary, text } = await withSummary(MIB - 100 * 1024);
    expect(statSync(summary).size).toBeLessThanOrEqual(MIB);
    expect(text.startsWith(`${'x'.repeat(MIB - 100 * 1024 - 1)}\n# Wrenford Borough Council`)).toBe(true);
    expect(text).toMatch(/\n\n_The report was cut short to fit the job summary; publish the full report as an artifact\._\n$/);
  });

  it('with no room left, the summary is left as it was and the run says why', async () => {
    const { r, text } = await withSummary(MIB - 2000);
    expect(text).toBe(`${'x'.repeat(MIB - 2001)}\n`);
    expect(r.stderr).toContain("cyber-ready: warning: GITHUB_STEP_SUMMARY is nearly at GitHub's limit of 1 MiB a step, so the report is not added to the job summary\n");
  });

  it('a report that fits after what is there is added whole', async () => {
    const { text } = await withSummary(1024);
    expect(text).not.toContain('cut short');
    expect(text).toMatch(/## Action plan/);
  });
});
