// The CSV action plan marks a review date that has passed as the markdown and HTML reports do: a risk
// register imported from it showed "2026-11-22" for an answer the other reports called overdue.
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { runBinary } from '../helpers/cli.js';
import { parseCsv } from '../helpers/machine-consumers.js';

/** The `Review by` cell of the mini example's one dated gap ("owner", review by 2026-11-22), judged on `today`. */
async function reviewBy(today: string, format = 'csv'): Promise<string> {
  const r = await runBinary({ args: ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini.answers.yaml', '--today', today, '-f', format] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  if (format !== 'csv') return r.stdout;
  const [head, ...rows] = parseCsv(r.stdout);
  expect(head).toEqual([...CSV_COLUMNS]);
  const row = rows.find((x) => x[CSV_COLUMNS.indexOf('Question ID')] === 'owner');
  return row?.[CSV_COLUMNS.indexOf('Review by')] ?? 'no row';
}

describe('csv: Review by', () => {
  it('says "(overdue)" after a date before today, as markdown does', async () => {
    expect(await reviewBy('2026-11-23')).toBe('2026-11-22 (overdue)');
    expect(await reviewBy('2026-11-23', 'markdown')).toContain('2026-11-22 (overdue)');
  });

  it('leaves a date not yet past as the date alone (a date equal to today is not stale)', async () => {
    expect(await reviewBy('2026-11-22')).toBe('2026-11-22');
  });
});
