import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// The next review date a --review-stale walk asks for, at the ends of the years YYYY-MM-DD can name:
// on 9999-12-31 the example offered was "10000-12-31", a date the walk then refused; in years 0 to
// 99 every date typed was "not a real date" (Date.UTC reads those years as 1900 to 1999), and the
// example lost its leading zeros ("51-06-01"). The systems fixture's social-care `logged` is past review.
const terminal = tmuxTerminal('review-date-years', { width: 80, height: 24 });
const { waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const socialCare = (dir: string): string => readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8');

/** A plain --review-stale walk on `today`, up to the date of the one answer past review (kept). */
async function toTheDate(dir: string, today: string, due: string): Promise<void> {
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--plain', '--today', today]);
  await waitForScreen('Enter keeps No:');
  await keys('Enter');
  await waitForScreen(`Review again by, as YYYY-MM-DD (was ${due}; Enter keeps it; or type back):`);
}

it.runIf(hasTmux)('on 9999-12-31 the example date is 9999-12-31, which is taken', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-date-9999');
  await toTheDate(dir, '9999-12-31', '2026-10-01');
  await keys('next year', 'Enter');
  await waitForScreen('Type the date as YYYY-MM-DD, such as 9999-12-31; Enter keeps 2026-10-01.');
  await keys('9999-12-31', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(socialCare(dir)).toContain('reviewBy: 9999-12-31');
});

it.runIf(hasTmux)('in the year 50, the example has four digits and a real date is taken', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-date-0050');
  writeFileSync(join(dir, 'systems/social-care.yaml'), socialCare(dir).replace('reviewBy: 2026-10-01', 'reviewBy: 0049-10-01'));
  await toTheDate(dir, '0050-06-01', '0049-10-01');
  await keys('next year', 'Enter');
  await waitForScreen('Type the date as YYYY-MM-DD, such as 0051-06-01; Enter keeps 0049-10-01.');
  await keys('0050-06-02', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(socialCare(dir)).toContain('reviewBy: 0050-06-02');
});
