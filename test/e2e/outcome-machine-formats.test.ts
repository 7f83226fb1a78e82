// A gap on a CAF outcome says, in every machine format, its status and the indicators it still
// needs, so a reviewer in code scanning, a CI widget or a spreadsheet sees what to do next.
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { sarifSchemaErrors } from '../helpers/consumers.js';
import { parseCsv } from '../helpers/machine-consumers.js';

const ARGS = ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-11-23'];
const report = async (format: string): Promise<string> => {
  const r = await runBinary({ args: [...ARGS, '-f', format] });
  expect(r.code).toBe(ExitCode.Ok);
  return r.stdout;
};

interface SarifResult {
  ruleId: string;
  message: { text: string };
  properties: { unmetIndicators?: string[] };
}

describe('machine formats name what a CAF outcome gap still needs', () => {
  it('SARIF, GitLab, JUnit and CSV give the status words and the unmet indicator ids', async () => {
    const data = JSON.parse(await report('json')) as Assessment;
    // caf-a3-a: not achieved, three achieved indicators not true (read from the assessment, so the
    // check follows the example rather than copying it).
    const gap = data.gaps.find((g) => g.question === 'caf-a3-a');
    const ids = gap?.missing.map((m) => m.id) ?? [];
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toContain('A3.a.A.1');

    const sarif = JSON.parse(await report('sarif')) as { runs: { results: SarifResult[] }[] };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'caf-a3-a');
    expect(result?.message.text).toContain(`Answer: not achieved. Still to meet: ${ids.join(', ')}.`);
    expect(result?.properties.unmetIndicators).toEqual(ids);

    const rows = parseCsv(await report('csv'));
    const header = rows[0] ?? [];
    const row = rows.find((r) => r[header.indexOf('Question ID')] === 'caf-a3-a');
    // The statements themselves, one per line, for the person tracking the action.
    const cell = row?.[header.indexOf('Answer')] ?? '';
    expect(cell.split('\n')[0]).toBe('not achieved; still to meet:');
    expect(cell.split('\n').slice(1).map((l) => l.split(' ')[0])).toEqual(ids);
    expect(cell).toContain('A3.a.A.1 Every asset needed to run the systems behind essential services');

    const gitlab = JSON.parse(await report('gitlab')) as { check_name: string; description: string }[];
    expect(gitlab.find((i) => i.check_name === 'cyber-ready/caf-a3-a')?.description).toContain(`Answer: not achieved. Still to meet: ${ids.join(', ')}.`);

    const junit = await report('junit');
    const testcase = junit.slice(junit.indexOf('name="caf-a3-a:'), junit.indexOf('</testcase>', junit.indexOf('name="caf-a3-a:')));
    expect(testcase).toContain(`high gap: not achieved; still to meet: ${ids.join(', ')}`);
    for (const id of ids) expect(testcase).toContain(`\n- ${id} `);
  });

  it('a non-outcome gap reads as before: its answer, no indicator list', async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '-f', 'csv'] });
    expect(r.stdout).not.toContain('still to meet');
  });

  it('CSV gives each statement still to meet with its comment, one a line (SPEC: "with any comments")', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'test/fixtures/outcome/outcome.yaml', '-a', 'test/fixtures/outcome/outcome.answers.yaml', '--today', '2026-11-23', '-f', 'csv'] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const rows = parseCsv(r.stdout);
    const header = rows[0] ?? [];
    const cell = rows.find((x) => x[header.indexOf('Question ID')] === 'board')?.[header.indexOf('Answer')] ?? '';
    expect(cell.split('\n')).toEqual(['partially achieved; still to meet:', 'B.A.1 The board discusses security every quarter. (comment: Twice a year, not every quarter.)']);
  });
});
