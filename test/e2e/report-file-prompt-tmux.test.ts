import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// The file name asked at the end of a walk for the markdown report (src/cli/report-file-prompt.ts),
// in a real terminal 80 columns wide, as a reviewer drove it: a name that is an input of the run
// was offered for replacing and refused only after "y", and the prompt that followed had lost its
// default and any way out.
const terminal = tmuxTerminal('report-file', { width: 80, height: 30 });
const { screenText, waitFor, waitForScreen, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const FILE_PROMPT = '? File name (< back) (cyber-ready-report.md)';
/** The screen with the lines the walk wrapped joined again. */
const unwrapped = (): string => screenText().replace(/\n {2}/g, ' ');
/** How many times `text` is on the screen. */
const count = (text: string): number => screenText().split(text).length - 1;

/** The systems fixture with one question left (the waste system's logging), answered, up to the walk's offer of the report. */
async function walkToTheOffer(name: string): Promise<string> {
  const dir = copySystemsFixture(name);
  const answers = join(dir, 'sys.answers.yaml');
  writeFileSync(answers, readFileSync(answers, 'utf8').replace('      cloud-backup: { status: unknown }\n      logged: yes\n', '      cloud-backup: { status: unknown }\n'));
  start(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen("? Are the system's logs collected centrally?");
  await keys('Down', 'Enter'); // Yes
  await waitForScreen('? Write the markdown report to a file (for a cabinet or committee paper)? (Y/n)');
  return dir;
}

/** As walkToTheOffer, the offer taken: the walk then asks for the file's name. */
async function walkToTheReport(): Promise<string> {
  const dir = await walkToTheOffer('report-file');
  await keys('Enter');
  await waitForScreen(FILE_PROMPT);
  return dir;
}

it.runIf(hasTmux)('an input of the run is refused at once, without the offer to replace it, and the name is asked again with its default', { timeout: 60_000 }, async () => {
  const dir = await walkToTheReport();
  const before = readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8');
  await keys('sys.answers.yaml', 'Enter');
  await waitFor(() => unwrapped().includes('sys.answers.yaml: cannot write: it is the answers file this run reads (sys.answers.yaml); choose another file'), 'the refusal of the answers file');
  await waitFor(() => count(FILE_PROMPT) === 1 && count('✔ File name') === 1, 'the name asked again, with its default');
  await keys('systems/social-care.yaml', 'Enter');
  await waitFor(() => unwrapped().includes('systems/social-care.yaml: cannot write: it is the system file this run reads (systems/social-care.yaml); choose another file'), 'the refusal of the system file');
  await waitFor(() => count('✔ File name') === 2 && count(FILE_PROMPT) === 1, 'the name asked again, with its default');
  expect(screenText()).not.toContain('Replace it?');
  // Enter takes the default offered again.
  await keys('Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'cyber-ready-report.md'), 'utf8')).toMatch(/^# Test Council/);
  expect(readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8')).toBe(before);
  expect(readFileSync(join(dir, 'sys.answers.yaml'), 'utf8')).toContain('      cloud-backup: { status: unknown }\n      logged: yes\n');
  expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('');
});

it.runIf(hasTmux)('"<" at the file name goes back to the offer, where No ends the walk without a report', { timeout: 60_000 }, async () => {
  const dir = await walkToTheReport();
  await keys('sys.yaml', 'Enter');
  await waitFor(() => unwrapped().includes('sys.yaml: cannot write: it is the questionnaire this run reads (sys.yaml); choose another file'), 'the refusal of the questionnaire');
  await waitFor(() => count('✔ File name') === 1 && count(FILE_PROMPT) === 1, 'the name asked again');
  await keys('<', 'Enter');
  await waitForScreen('? Write the markdown report to a file (for a cabinet or committee paper)? (Y/n)');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(existsSync(join(dir, 'cyber-ready-report.md'))).toBe(false);
  expect(existsSync(join(dir, '<'))).toBe(false);
  expect(screenText()).not.toContain('This one needs an answer');
});

// `reports\board.md`, as typed on Windows: on Linux a file of that very name, backslash and all, not
// board.md in reports. Refused as the walk refuses `Systems\Social-Care.yaml` for a system's file,
// with the name to type instead.
it.runIf(hasTmux)('a name with "\\" between folders is refused with the forward-slash name, and nothing is written', { timeout: 60_000 }, async () => {
  const dir = await walkToTheReport();
  mkdirSync(join(dir, 'reports'));
  await keys('reports\\board.md', 'Enter');
  await waitFor(() => unwrapped().includes('reports\\board.md: uses "\\" between folders, which only Windows reads as a separator; write "reports/board.md" (forward slashes work on Windows too)'), 'the refusal of the backslash');
  await waitFor(() => count('✔ File name') === 1 && count(FILE_PROMPT) === 1, 'the name asked again, with its default');
  expect(existsSync(join(dir, 'reports\\board.md'))).toBe(false);
  await keys('reports/board.md', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'reports/board.md'), 'utf8')).toMatch(/^# Test Council/);
  expect(existsSync(join(dir, 'reports\\board.md'))).toBe(false);
});

// `cyber-ready assess --answers FILE | less`: standard output is a pager, which takes the terminal
// once the report reaches it. The offer was asked after the report, drawn over the pager's screen,
// each key going to both. With standard output not a terminal the offer now comes first, and the
// report follows whole once it is answered. (`start` sends standard output to report.txt.)
it.runIf(hasTmux)('with standard output not a terminal, the offer is made before the report is written there', { timeout: 60_000 }, async () => {
  const dir = await walkToTheOffer('report-file-pager');
  // Nothing has gone to standard output yet: a pager there would not have taken the terminal.
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^Systems questionnaire \(sys 1\.0\.0\)\n[^]*\nOverall 77\/100 Partly ready\n$/);
  expect(existsSync(join(dir, 'cyber-ready-report.md'))).toBe(false);
});
