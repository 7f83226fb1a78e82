import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// SPEC v2 "automatic fails": a gap on a blocking question caps the rating whatever the score. The
// reports, `init` and `show` said so, but the walk, where a council officer chooses the answer, did
// not: "We believe so, but ... informally" on a Cyber Essentials 14-day question looked like any
// other partial answer until the report came. The walk now says, with the question, which answers
// pass and what any other does to the rating.
const terminal = tmuxTerminal('autofail', { width: 80, height: 24 });
const narrow = tmuxTerminal('autofail60', { width: 60, height: 40 });
afterAll(() => {
  terminal.kill();
  narrow.kill();
});

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const words = (text: string): string => text.replace(/\s+/g, ' ');

it.runIf(hasTmux)('the Cyber Essentials walk says at an automatic fail, and only there, which answer passes and what any other does', { timeout: 90_000 }, async () => {
  const { screenText, joinedHistoryText, waitForScreen, keys, startOnScreen, ended } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-autofail-'));
  // The example council's answers with two questions of the updates section left open: automatic
  // updates (not an automatic fail), then the 14-day question for operating systems and firmware.
  const example = read(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml');
  const open = example.replace('  su-automatic-updates: most\n', '').replace(/ {2}su-os-firmware-14-days:\n(?: {4}.*\n)+/, '');
  expect(open).not.toMatch(/su-automatic-updates|su-os-firmware-14-days/);
  writeFileSync(join(dir, 'readiness.yaml'), open);
  startOnScreen(dir, ['assess', '--answers', 'readiness.yaml', '--today', '2026-11-23']);

  await waitForScreen('? Are automatic updates switched on wherever the software allows it?');
  expect(screenText()).not.toContain('Automatic fail');
  await keys('Down', 'Down', 'Down', 'Enter'); // Everything in scope

  await waitForScreen('? Over the last three months, was every high-risk or critical update');
  // With the guidance, before the options: the one answer that passes, in the questionnaire's own
  // words, and the rating band any other answer holds the council at.
  expect(words(screenText())).toContain(
    'Automatic fail: only "Yes, and reports show it for every device, router and firewall in scope" passes. Any other answer, "Don\'t know" included, holds the rating at "Not ready to certify", whatever the score.',
  );
  expect(screenText()).toMatch(/^ {2}Automatic fail: only "Yes, and reports show it for every device, router and\n {4}firewall in scope" passes\./m);
  await keys('Down', 'Down', 'Enter'); // We believe so, but ... informally, with no records

  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'readiness.yaml')).toContain('  su-automatic-updates: all\n  su-os-firmware-14-days: informal\n');
  // The report that follows says the same: the rating is held down by that answer.
  expect(words(read(dir, 'report.txt'))).toMatch(/Rating capped at Not ready to certify by (?:two|three|four|five|six|seven|eight|nine|\d+) automatic fails, whatever the score/);
  expect(words(joinedHistoryText())).toContain('✔ Over the last three months, was every high-risk or critical update for operating systems and for router and firewall firmware installed on everything in scope within 14 days of its release? We believe so, but firmware or some devices are updated informally, with no records');
  // Said once, at that question: not repeated on the screen after it was answered.
  expect(joinedHistoryText().match(/Automatic fail: only/g)).toHaveLength(1);
});

it.runIf(hasTmux)('plain prompts at 60 columns say it for every kind of question that can be an automatic fail', { timeout: 90_000 }, async () => {
  const { waitForScreen, keys, start, ended, drawn } = narrow;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-autofail-plain-'));
  cpSync(join(repoRoot, 'test/fixtures/blocking/every-kind.yaml'), join(dir, 'every-kind.yaml'));
  start(dir, ['assess', '-q', 'every-kind.yaml', '--today', '2026-11-23', '--save', 'readiness.yaml'], 'TERM=dumb NO_COLOR=1 ');
  await waitForScreen('Organisation');
  await keys('Wrenford Borough Council', 'Enter');
  await waitForScreen('Your name or role');
  await keys('Head of ICT', 'Enter');
  for (const [question, answer] of [
    ['Type a number from 1 to 3:', '1'],
    ['Type a number from 1 to 2:', '2'],
    ['Type the numbers of all that apply', '1'],
    ['Type the number of days', '20'],
    ['B.NA.1', '2'],
    ['B.A.1', '1'],
  ] as const) {
    await waitForScreen(question);
    await keys(answer, 'Enter');
  }
  await waitForScreen('The statements show');
  const walk = drawn(dir);
  expect(walk).not.toMatch(/\x1b/);
  // The guidance, the automatic fail lines among it, fits the 60 columns with its hanging indent (a
  // prompt with what was typed after it may run on, as the terminal wraps typing).
  expect(walk.split('\n').filter((line) => line.startsWith('  ') && line.length >= 60)).toEqual([]);
  expect(walk).toMatch(/^ {2}Automatic fail: only "Yes, behind MFA", "No" or "Not\n {4}applicable" passes\./m);
  // What the walk said from a question's text up to the next question's progress line.
  const said = (text: string): string[] => {
    const all = words(walk);
    const start = all.indexOf(text);
    if (start < 0) return [];
    const end = all.indexOf('Question ', start);
    return [all.slice(start, end < 0 ? undefined : end)];
  };
  // A single choice names its passing options, "Not applicable" too where the question allows it.
  expect(said('Can the firewall')[0]).toContain('Automatic fail: only "Yes, behind MFA", "No" or "Not applicable" passes. Any other answer, "Don\'t know" included, holds the rating at "Held back", whatever the score.');
  // A checkbox adds its ticks up and a number goes by bands, so no one option says what passes.
  expect(said('Which protections are on?')[0]).toContain('Automatic fail: any answer short of full marks, "Don\'t know" included, holds the rating at "Held back", whatever the score.');
  expect(said('Days to install critical updates?')[0]).toContain('Automatic fail: any answer short of full marks');
  // An outcome: the status its statements add up to, said with the outcome before its first statement.
  expect(words(walk)).toContain('Board direction Automatic fail: only "Achieved" passes. Any other status holds the rating at "Held back", whatever the score. Statement 1 of 2.');
  expect(words(walk)).not.toMatch(/Statement 2 of 2\.[^]*Automatic fail/);
  // A question that is not an automatic fail says nothing of the kind.
  expect(said('Has every member of staff had security training this year?')[0]).not.toContain('Automatic fail');
  expect(walk.match(/Automatic fail:/g)).toHaveLength(4);
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
});
