import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// A walk started before midnight, its review date typed after: "today" was the day the walk began,
// so yesterday's date was taken as "today or later", and the answer was past review as soon as it
// was saved. With the clock as the source of today, the date typed is checked against the clock's
// date as it is typed. The clock is moved by test/helpers/moved-clock.cjs when the test says.
const terminal = tmuxTerminal('review-date-midnight', { width: 80, height: 24 });
const { waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const shim = new URL('../helpers/moved-clock.cjs', import.meta.url).pathname;
const socialCare = (dir: string): string => readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8');

/** A plain --review-stale walk begun at 23:59 on 30 June 2027, moved to 1 July before the one answer past review is kept. */
async function pastMidnight(dir: string, args: string[]): Promise<void> {
  const env = `TZ=UTC NODE_OPTIONS=--require=${shim} MOVED_CLOCK_NOW=2027-06-30T23:59:00Z MOVED_CLOCK_LATER=2027-07-01T00:00:05Z MOVED_CLOCK_SWITCH=${join(dir, 'midnight')} `;
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--plain', ...args], env);
  await waitForScreen('Enter keeps No:');
  writeFileSync(join(dir, 'midnight'), '');
  await keys('Enter');
  await waitForScreen('Review again by, as YYYY-MM-DD (was 2026-10-01; Enter keeps it; or type back):');
}

it.runIf(hasTmux)('the date typed after midnight is checked against the new day', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-date-midnight');
  await pastMidnight(dir, []);
  await keys('2027-06-30', 'Enter');
  await waitForScreen('The date must be today (2027-07-01) or later; Enter keeps 2026-10-01.');
  await keys('2027-07-01', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(socialCare(dir)).toContain('reviewBy: 2027-07-01');
});

it.runIf(hasTmux)('with --today, the day named is the day all through the walk', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-date-midnight-today');
  await pastMidnight(dir, ['--today', '2027-06-30']);
  await keys('2027-06-30', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(socialCare(dir)).toContain('reviewBy: 2027-06-30');
});
