import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal, withoutPasteMode } from '../helpers/tmux.js';
import { addSystemUpToItsFile, copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// What the guided walk writes, and where (SPEC "v2: critical systems", "v2: writing files safely"):
// never outside the answers file's folder through a link, never council answers into a system's own
// file, and nothing but the answers changes in a file it edits, its byte order mark included.
// Driven with --plain in a real terminal: one line per prompt, so the screen is easy to wait on.
const terminal = tmuxTerminal('walk-files', { width: 100, height: 40 });
const { waitForScreen, keys, start, ended } = terminal;
const TODAY = ['--today', '2026-12-01'];

afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
/** Standard error with the terminal's wrapping undone, to look for a long line in. */

const copy = (): string => copySystemsFixture('walk-files');

it.runIf(hasTmux)('--add-system: a system file is never written through a link out of the folder, when named or later', { timeout: 90_000 }, async () => {
  const dir = copy();
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'cyber-ready-outside-')));
  // Dangling links: to a file outside, to a folder outside, and to a file inside that is not there yet.
  symlinkSync(join(outside, 'payroll.yaml'), join(dir, 'systems/payroll.yaml'));
  symlinkSync(join(outside, 'later'), join(dir, 'elsewhere'));
  symlinkSync('../missing.yaml', join(dir, 'systems/inside.yaml'));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', ...TODAY]);
  await addSystemUpToItsFile(terminal, 4, 'Payroll', 'payroll');
  await keys('Enter');
  await waitForScreen("systems/payroll.yaml: it leads outside the answers file's folder through a link");
  await keys('elsewhere/payroll.yaml', 'Enter');
  await waitForScreen("elsewhere/payroll.yaml: it leads outside the answers file's folder through a link");
  await keys('systems/inside.yaml', 'Enter');
  await waitForScreen('systems/inside.yaml: a link of that name exists already; choose another name');
  await keys('pay.yaml', 'Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  await keys('Enter');
  await waitForScreen('Payroll, question 1 of 4, 0 answered.');
  expect(read(dir, 'pay.yaml')).toMatch(/\nsystem: payroll\nanswers: \{\}\n$/);
  // A link put in the file's place after it was made: the next save looks again, and refuses.
  unlinkSync(join(dir, 'pay.yaml'));
  symlinkSync(join(outside, 'pay.yaml'), join(dir, 'pay.yaml'));
  await keys('2', 'Enter');
  // Said on the walk's terminal and offered again (the link could be taken away); no ends the run.
  await waitForScreen('Save again? (y or n; Enter for yes):');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('2');
  // An error that ends the run: on standard error, which is a file here.
  expect(read(dir, 'stderr.txt')).toContain(`pay.yaml: cannot write: it leads outside the answers file's folder through a link (to ${join(outside, 'pay.yaml')}); keep a system's file in that folder or below it; this answer is not saved`);
  expect(readdirSync(outside)).toEqual([]);
  expect(existsSync(join(dir, 'missing.yaml'))).toBe(false);
});

it.runIf(hasTmux)("a system's own file given to the guided walk (-a or --save) is refused before any question, and left as it was", { timeout: 60_000 }, async () => {
  const dir = copy();
  writeFileSync(join(dir, 'systems/social-care.yaml'), read(dir, 'systems/social-care.yaml').replace('  mfa: no\n', ''));
  const before = read(dir, 'systems/social-care.yaml');
  const refusal =
    'systems/social-care.yaml:4:1: this is the file of critical system "social-care", which holds that critical system\'s answers only; use the answers file that lists it under "systems:" (assessing that asks this critical system\'s questions and saves them here), or check this file alone with: cyber-ready validate -q sys.yaml systems/social-care.yaml';
  for (const args of [['-a', 'systems/social-care.yaml'], ['--save', 'systems/social-care.yaml'], ['-a', 'systems/social-care.yaml', '--review']]) {
    start(dir, ['assess', '--plain', '-q', 'sys.yaml', ...args, ...TODAY]);
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`${refusal}\n`);
    expect(read(dir, 'systems/social-care.yaml')).toBe(before);
  }
});

it.runIf(hasTmux)('a walk keeps the byte order mark (and CRLF) of the answers file and of a system file it saves into', { timeout: 60_000 }, async () => {
  const dir = copy();
  const BOM = '\uFEFF';
  const main = `${BOM}${read(dir, 'sys.answers.yaml')}`;
  const own = `${BOM}${read(dir, 'systems/social-care.yaml').replace(/\n/g, '\r\n')}`;
  writeFileSync(join(dir, 'sys.answers.yaml'), main.replace('  owner: yes\n', ''));
  writeFileSync(join(dir, 'systems/social-care.yaml'), own.replace('  mfa: no\r\n', ''));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await waitForScreen('Does the system need multi-factor sign-in?');
  await keys('1', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  // Answered as they were: each file is back to its bytes, the mark and line ends included.
  expect(read(dir, 'sys.answers.yaml')).toBe(main);
  expect(read(dir, 'systems/social-care.yaml')).toBe(own);
});

it.runIf(hasTmux)('the plain walk writes no colour codes, the report at its end included, even with FORCE_COLOR', { timeout: 60_000 }, async () => {
  const dir = copy();
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY], 'FORCE_COLOR=1 ');
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'report.txt')).toContain('Overall ');
  expect(read(dir, 'report.txt')).not.toContain('\u001b');
  expect(terminal.drawn(dir)).toContain('Recorded: Yes.');
  expect(withoutPasteMode(terminal.drawn(dir))).not.toContain('\u001b');
});
