import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// An answer past its `reviewBy` date stayed past it when a `--review` re-confirmed it: the walk had
// no way to renew the date, so `--fail-on-stale` kept failing until every `reviewBy:` line was
// edited by hand. The walk now asks for the next date once such an answer is given or kept (an
// outcome's once its status is confirmed), and saves it as a minimal edit of that date. The systems
// fixture's social-care file has one: `logged`, due 2026-10-01, reviewed here on 2026-12-01.
const terminal = tmuxTerminal('review-dates', { width: 80, height: 24 });
const { screenText, historyText, waitFor, waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const count = (text: string, part: string): number => text.split(part).length - 1;

/** Enter at every prompt (keeping its saved answer) until `until` is on screen; `mark` is what each kept answer adds to the history. */
async function enterUntil(until: string, mark: string): Promise<void> {
  while (!screenText().includes(until)) {
    const before = count(historyText(), mark);
    await keys('Enter');
    await waitFor(() => count(historyText(), mark) > before || screenText().includes(until), `the answer to be kept, or "${until}"`);
  }
}

it.runIf(hasTmux)('the full prompts: a system file\'s answer past review is asked its next date, checked, and only that date changes', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('review-dates');
  const before = { main: read(dir, 'sys.answers.yaml'), own: read(dir, 'systems/social-care.yaml') };
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('? Is there a named senior owner?');
  await enterUntil('? Review again by (was 2026-10-01; Enter keeps it; < back)', '✔ ');
  // Asked after the answer it dates, which is the one past review, and no other.
  expect(historyText()).toMatch(/✔ Are the system's logs collected centrally\? No\n\? Review again by/);
  await keys('2026-11-30', 'Enter');
  await waitForScreen('> The date must be today (2026-12-01) or later; Enter keeps 2026-10-01.');
  await keys('C-u', '2027-02-29', 'Enter');
  await waitForScreen('> 2027-02-29 is not a real date; Enter keeps 2026-10-01.');
  await keys('C-u', '2027-10-01', 'Enter');
  await waitForScreen('✔ Review again by 2027-10-01');
  // Saved at once, as the answer was: a stop from here on loses neither. The "✔" line is drawn as the
  // prompt ends, before the walk saves, so the save is waited for (reading at once was a race).
  const renewed = before.own.replace('reviewBy: 2026-10-01', 'reviewBy: 2027-10-01');
  await waitFor(() => read(dir, 'systems/social-care.yaml') === renewed, 'the new date to be saved').catch(() => undefined);
  expect(read(dir, 'systems/social-care.yaml')).toBe(renewed);
  await enterUntil('Add another critical system?', '✔ ');
  // Asked once: the prompt clears itself when answered, leaving its "✔" line.
  expect(count(historyText(), 'Review again by')).toBe(1);
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'sys.answers.yaml')).toBe(before.main);
  expect(read(dir, 'systems/social-care.yaml')).toBe(renewed);
});

it.runIf(hasTmux)('--plain: skipping the answer asks nothing; kept, with Enter at the date too, the file stays as it was and the walk says the answer is still past review', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('review-dates-plain');
  const before = { main: read(dir, 'sys.answers.yaml'), own: read(dir, 'systems/social-care.yaml') };
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Enter keeps Yes:');
  await enterUntil('Social care case management, question 4 of 4', 'Recorded: ');
  await waitForScreen('Enter keeps No:');
  await keys('-', 'Enter'); // skip keeps everything, the date too, and asks nothing more
  await waitForScreen('Waste collection, question 1 of 4');
  expect(historyText()).not.toContain('Review again by');
  await waitForScreen('Enter keeps No:');
  await keys('<', 'Enter');
  await waitForScreen('Social care case management, question 4 of 4');
  await waitForScreen('Enter keeps No:');
  await keys('Enter');
  await waitForScreen('Review again by, as YYYY-MM-DD (was 2026-10-01; Enter keeps it; or type back):');
  await keys('next year', 'Enter');
  await waitForScreen('Type the date as YYYY-MM-DD, such as 2027-12-01; Enter keeps 2026-10-01.');
  // "<" gives the question again, its answer the default, and the date after it.
  const asked = count(historyText(), 'Social care case management, question 4 of 4');
  await keys('<', 'Enter');
  await waitFor(() => count(historyText(), 'Social care case management, question 4 of 4') > asked, 'the question again');
  await waitForScreen('Enter keeps No:');
  await keys('Enter');
  await waitFor(() => count(historyText(), 'Review again by, as YYYY-MM-DD (') === 3, 'the date again');
  await keys('Enter');
  await waitForScreen('Review date kept: 2026-10-01, so the answer stays past its review date.');
  await enterUntil('Add another critical system? (y or n; Enter for no):', 'Recorded: ');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  // README: a review that changes nothing leaves the files exactly as they were.
  expect(read(dir, 'sys.answers.yaml')).toBe(before.main);
  expect(read(dir, 'systems/social-care.yaml')).toBe(before.own);
});

/** A CAF-style outcome of a system, answered in full, past its review date (written quoted, with a comment). */
const OUTCOME = [
  'questionnaire: sys-outcome',
  'questionnaireVersion: 1.0.0',
  'organisation: Test Council',
  'answers:',
  '  owner: yes',
  'systems:',
  '  - id: payroll',
  '    title: Payroll',
  '    answers:',
  '      backups:',
  '        indicators:',
  '          BK.NA.1: false',
  '          BK.A.1: true',
  "        reviewBy: '2026-10-01'   # from the 2026 audit",
  '',
].join('\r\n');

it.runIf(hasTmux)('--plain, an outcome: the date is asked once its status is confirmed, not at each statement, and written in its own quotes', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('review-dates-outcome');
  writeFileSync(join(dir, 'outcome.yaml'), OUTCOME);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'outcome.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Enter keeps Yes:');
  await keys('Enter');
  await waitForScreen('Type 1 or 2; Enter keeps False:');
  await keys('Enter');
  await waitForScreen('Type 1 or 2; Enter keeps True:');
  await keys('Enter');
  await waitForScreen('The statements show:');
  expect(historyText()).not.toContain('Review again by');
  await waitForScreen('Enter for 1:');
  await keys('Enter');
  await waitForScreen('Review again by, as YYYY-MM-DD (was 2026-10-01; Enter keeps it; or type back):');
  // "<" takes the outcome up at its status, as Back from the next question would; the date comes after it again.
  await keys('<', 'Enter');
  await waitFor(() => count(historyText(), 'The statements show:') === 2, 'the status again');
  await waitForScreen('Enter for 1:');
  await keys('Enter');
  await waitFor(() => count(historyText(), 'Review again by, as YYYY-MM-DD (') === 2, 'the date again');
  await keys('2027-06-30', 'Enter');
  await waitForScreen('Recorded: review again by 2027-06-30.');
  await waitForScreen('Add another critical system? (y or n; Enter for no):');
  expect(count(historyText(), 'Review again by, as YYYY-MM-DD (')).toBe(2);
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  // Quoting, the comment and the CRLF line ends kept: only the date differs.
  expect(read(dir, 'outcome.yaml')).toBe(OUTCOME.replace("'2026-10-01'", "'2027-06-30'"));
});

it.runIf(hasTmux)('a resume without --review says in one line how many answers are past their review date, and how to renew them', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-dates-resume');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  cloud: yes\n', ''));
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Do you use cloud services?');
  expect(screenText()).toContain('1 answer is past its review date; --review-stale asks just that one again.\n');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // Said before --add-system asks for the new system, not only once its questions start.
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--plain', '--add-system', '--today', '2026-12-01']);
  await waitForScreen('Name of critical system');
  expect(screenText()).toContain('1 answer is past its review date; --review-stale asks just that one again.\n');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // Not said in a review, which asks for the dates itself.
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--plain', '--review', '--today', '2026-12-01']);
  await waitForScreen('Is there a named senior owner?');
  expect(historyText()).not.toContain('past its review date');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('the full prompts, an outcome whose recorded status is kept: its date is asked too, and set inside its braces', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-dates-kept');
  const recorded = OUTCOME.replace(/ {6}backups:\r\n[^]*$/, '      backups: { confirmed: achieved, justification: Restore tested in March, reviewBy: 2026-10-01 }   # from the 2026 audit\r\n');
  writeFileSync(join(dir, 'recorded.yaml'), recorded);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'recorded.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('Enter');
  await waitForScreen('❯ Keep the recorded status: achieved');
  await keys('Enter');
  await waitForScreen("✔ The system's data can be restored. achieved (the recorded status, kept)");
  await waitForScreen('? Review again by (was 2026-10-01; Enter keeps it; < back)');
  await keys('2026-12-01', 'Enter'); // today will do: an answer due today is not past review
  await waitForScreen('✔ Review again by 2026-12-01');
  await waitForScreen('Add another critical system?');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'recorded.yaml')).toBe(recorded.replace('reviewBy: 2026-10-01', 'reviewBy: 2026-12-01'));
});

it.runIf(hasTmux)('--review-stale asks only the answers past their review date, each with its new date, and nothing else', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('review-dates-stale-only');
  const before = { main: read(dir, 'sys.answers.yaml'), own: read(dir, 'systems/social-care.yaml') };
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--plain', '--today', '2026-12-01']);
  // The one answer past review is the first and only question: the others, answered and current, are passed over.
  await waitForScreen('Enter keeps No:');
  expect(historyText()).toContain('1 answer is past its review date: it is asked again, then its next review date.\n');
  expect(historyText()).toContain('Social care case management, question 4 of 4');
  expect(historyText()).not.toContain('question 1 of');
  expect(historyText()).not.toContain('past its review date; --review-stale');
  await keys('Enter');
  await waitForScreen('Review again by, as YYYY-MM-DD (was 2026-10-01; Enter keeps it; or type back):');
  await keys('2027-10-01', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(historyText()).not.toContain('question 1 of');
  expect(read(dir, 'sys.answers.yaml')).toBe(before.main);
  expect(read(dir, 'systems/social-care.yaml')).toBe(before.own.replace('reviewBy: 2026-10-01', 'reviewBy: 2027-10-01'));
  // Stopped while naming a system --add-system asked for: the command to carry on keeps --review-stale.
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--add-system', '--review-stale', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Name of critical system');
  await keys('Payroll', 'Enter');
  await waitForScreen('Its owner');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(terminal.joinedHistoryText()).toContain('--add-system --review-stale');
  // Nothing past review now: the file is assessed, and the option is said to have had nothing to do.
  const again = await runBinary({ args: ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--today', '2026-12-01'], cwd: dir });
  expect(again.code).toBe(0);
  expect(again.stderr).toContain('--review-stale is ignored');
  const both = await runBinary({ args: ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--review-stale'], cwd: dir });
  expect([both.code, both.stderr]).toEqual([2, 'cyber-ready: --review walks every answer, those past their review date among them: give --review or --review-stale, not both\n']);
});

it.runIf(hasTmux)('--review-stale stopped at the status of an outcome still past review does not say carrying on will not ask it', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('review-dates-stale-outcome');
  writeFileSync(join(dir, 'outcome.yaml'), OUTCOME);
  startOnScreen(dir, ['assess', '-q', 'sys-outcome.yaml', '--answers', 'outcome.yaml', '--review-stale', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Type 1 or 2; Enter keeps False:');
  await keys('Enter');
  await waitForScreen('Type 1 or 2; Enter keeps True:');
  await keys('Enter');
  await waitForScreen('Enter for 1:');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const said = terminal.joinedHistoryText();
  expect(said).not.toContain('carrying on will not ask again');
  expect(said).toMatch(/--plain --today \S+ --review-stale/);
});

// --review-stale counted its progress over the whole questionnaire: with three answers to review, a
// screen-reader user heard "Question 1 of 135, 135 answered", then "Question 37 of 135", then
// "Question 104 of 135", and could not tell how many were left. It counts the answers it asks now,
// and says where each is in the questionnaire after it, in both kinds of prompt.
const threeStale = (dir: string): void => {
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  cloud: yes\n', '  cloud: { value: yes, reviewBy: 2026-10-01 }\n').replace('      mfa: yes\n      cloud-backup: yes\n', '      mfa: { value: yes, reviewBy: 2026-10-01 }\n      cloud-backup: yes\n'));
};

it.runIf(hasTmux)('--review-stale --plain counts its progress over the answers it asks, each placed in the questionnaire', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('review-dates-stale-count');
  threeStale(dir);
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--plain', '--today', '2026-12-01']);
  for (const progress of ['Review 1 of 3: question 2 of 2.', 'Review 2 of 3: Revenues and benefits, question 2 of 4.', 'Review 3 of 3: Social care case management, question 4 of 4.']) {
    await waitForScreen(progress);
    await waitForScreen('Enter keeps');
    await keys('Enter');
    await waitForScreen('Review again by, as YYYY-MM-DD (was 2026-10-01; Enter keeps it; or type back):');
    await keys('Enter');
  }
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(historyText()).not.toMatch(/question \d+ of \d+, \d+ answered/i);
});

it.runIf(hasTmux)('--review-stale with the full prompts: the bar and count go over the answers it asks; --review still counts every question', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('review-dates-stale-count-full');
  threeStale(dir);
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review-stale', '--today', '2026-12-01']);
  await waitForScreen('? Do you use cloud services?');
  expect(screenText()).toMatch(/^░{20} Review 1 of 3 · question 2 of 2$/m);
  await keys('Enter');
  await waitForScreen('? Review again by');
  await keys('Enter');
  await waitForScreen('Revenues and benefits, question 2 of 4');
  expect(screenText()).toMatch(/^█{6}░{14} Review 2 of 3 · Revenues and benefits, question 2 of 4$/m);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  startOnScreen(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Question 1 of 2, 2 answered.');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('--review-stale: going back to a question not under review keeps the count, and the count never runs backwards', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-review-stale-back-'));
  writeFileSync(join(dir, 'r.yaml'), readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8'));
  startOnScreen(dir, ['assess', '--answers', 'r.yaml', '--review-stale', '--plain', '--today', '2026-12-05']);
  await waitForScreen('Review 1 of 1: question 9 of 137.');
  await waitForScreen('Enter keeps');
  await keys('back', 'Enter');
  // The question before is asked again with the usual progress: it is not one to review.
  await waitForScreen('Question 8 of 137, 137 answered.');
  await keys('Enter');
  await waitFor(() => count(historyText(), 'Review 1 of 1: question 9 of 137.') === 2, 'the reviewed question again');
  expect(historyText()).not.toContain('Review 2 of 2');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});
