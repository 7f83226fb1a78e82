import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { hasTmux, tmuxTerminal, withoutPasteMode } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// The guided walk with critical systems (SPEC "v2: critical systems"), in a real terminal 80 columns
// wide: the organisation's sections, then the systems (name, owner, own file or not), then each
// system's sections with its own progress; stopped and resumed, and a system added later.
const terminal = tmuxTerminal('systems', { width: 80, height: 50 });
const { screenText, waitFor, waitForScreen, keys, start } = terminal;
const FIXTURES = join(repoRoot, 'test/fixtures/systems');

afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const { ended } = terminal;
/** Wait for a question, then answer it with keys. */
async function answer(question: string, ...k: string[]): Promise<void> {
  await waitFor(() => screenText().includes(`? ${question}`), question);
  await keys(...k);
  await waitFor(() => screenText().includes(`✔ ${question}`), `${question} answered`);
}

it.runIf(hasTmux)('a fresh walk: two systems (one in its own file), back across the boundary, stopped and resumed with a system half done', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-'));
  cpSync(join(FIXTURES, 'sys.yaml'), join(dir, 'sys.yaml'));
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--save', 'answers.yaml']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await answer('Is there a named senior owner?', 'Down', 'Enter');
  await answer('Do you use cloud services?', 'Down', 'Enter');

  await waitForScreen('Sections 2 (Protection) and 3 (Detection) are answered once for each critical');
  await waitForScreen('? Name of critical system 1');
  await keys('Enter'); // none: at least one is needed
  await waitForScreen('At least one critical system is needed. Type its name, for example "Revenues');
  await keys('Social care case management', 'Enter');
  await waitForScreen('  id: social-care-case-management');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Head of Adult Social Care', 'Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('y', 'Enter');
  await waitForScreen('? File (beside the answers file; < back)\n  (systems/social-care-case-management.yaml)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 2 (Enter if no more)');
  await keys('Revenues & benefits', 'Enter');
  await waitForScreen('  id: revenues-and-benefits');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 3 (Enter if no more)');
  await keys('Enter');

  await waitForScreen('══ Critical system 1 of 2: Social care case management');
  await waitForScreen('Social care case management · question 1 of 4 · 0 answered');
  expect(screenText()).toContain('? Is the system patched within 14 days?');
  // Back from a system's first question goes to the organisation's last.
  await keys('Up', 'Enter');
  await waitForScreen('? Do you use cloud services?');
  await keys('Enter'); // keeps Yes
  await answer('Is the system patched within 14 days?', 'Enter'); // No
  await answer('Does the system need multi-factor sign-in?', 'Down', 'Enter');
  await answer("Is the system's cloud data backed up elsewhere?", 'Down', 'Enter');
  await answer("Are the system's logs collected centrally?", 'Enter');
  await waitForScreen('══ Critical system 2 of 2: Revenues & benefits');
  await waitForScreen('Revenues & benefits · question 1 of 4 · 0 answered');
  await answer('Is the system patched within 14 days?', 'Down', 'Enter');
  await waitForScreen('Revenues & benefits · question 2 of 4 · 1 answered');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  await waitFor(() => terminal.drawn(dir).replace(/\n {2}/g, ' ').includes('Your answers so far are saved in answers.yaml and systems/social-care-case-management.yaml.'), 'the stop to be said');
  expect(read(dir, 'stderr.txt')).toBe('');

  const main = read(dir, 'answers.yaml');
  expect(main.replace(/^# yaml-language-server.*\n/, '')).toBe(
    '\nquestionnaire: sys\nquestionnaireVersion: 1.0.0\norganisation: Test Council\nassessedOn: 2026-12-01\nanswers:\n  owner: yes\n  cloud: yes\nsystems:\n' +
      '  - id: social-care-case-management\n    title: Social care case management\n    owner: Head of Adult Social Care\n    file: systems/social-care-case-management.yaml\n' +
      '  - id: revenues-and-benefits\n    title: Revenues & benefits\n    answers:\n      patched: yes\n',
  );
  expect(read(dir, 'systems/social-care-case-management.yaml')).toBe(
    '# yaml-language-server: $schema=../node_modules/cyber-ready/schemas/answers.schema.json\n\nquestionnaire: sys\nquestionnaireVersion: 1.0.0\nsystem: social-care-case-management\nanswers:\n  patched: no\n  mfa: yes\n  cloud-backup: yes\n  logged: no\n',
  );

  // Resumed: only what is missing, per system; the file changes only by those answers.
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'answers.yaml']);
  await waitForScreen('Resuming answers.yaml (2 critical systems): 7 answers so far.');
  await waitForScreen('Revenues & benefits · question 2 of 4 · 1 answered');
  await answer('Does the system need multi-factor sign-in?', 'Down', 'Enter');
  await answer("Is the system's cloud data backed up elsewhere?", 'Enter');
  await answer("Are the system's logs collected centrally?", 'Down', 'Enter');
  await waitForScreen('Saved answers.yaml and systems/social-care-case-management.yaml.');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(lineDiff(main, read(dir, 'answers.yaml'))).toEqual({ removed: [], added: ['      mfa: yes', '      cloud-backup: no', '      logged: yes'] });
  expect(read(dir, 'report.txt')).toContain('Overall');
});

it.runIf(hasTmux)('adding a system later: offered when every system is complete, and with --add-system; the new one resumes', { timeout: 120_000 }, async () => {
  const dir = copySystemsFixture('systems');
  // Every system complete; one organisation question left to ask.
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml']);
  await waitForScreen('Resuming sys.answers.yaml (3 critical systems): 13 answers so far.');
  await answer('Is there a named senior owner?', 'Down', 'Enter');
  await waitForScreen('? Add another critical system? (y/N)');
  await keys('y', 'Enter');
  await waitForScreen('── Critical systems: 3 listed (revenues, social-care, waste)');
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  await keys('Parking', 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  // "<" goes back to the name, and is not said as the owner given ("✔ Its owner (optional; < back) <").
  const named = (): number => terminal.drawn(dir).split('Name of critical system 4').length;
  const namedBefore = named();
  await keys('<', 'Enter');
  await waitFor(() => named() > namedBefore, 'the name again');
  await keys('Enter');
  await waitForScreen('? Its owner (optional; < back)');
  expect(terminal.historyText()).not.toContain('✔ Its owner (optional; < back) <');
  await keys('Head of Parking', 'Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('y', 'Enter');
  await waitForScreen('(systems/parking.yaml)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('Enter');
  await waitForScreen('══ Critical system 4 of 4: Parking');
  await answer('Is the system patched within 14 days?', 'Down', 'Enter');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(lineDiff(before, read(dir, 'sys.answers.yaml'))).toEqual({ removed: [], added: ['  owner: yes', '  - id: parking', '    title: Parking', '    owner: Head of Parking', '    file: systems/parking.yaml'] });
  // Appended after the last system, before the waivers.
  expect(read(dir, 'sys.answers.yaml')).toContain('      logged: yes\n  - id: parking\n    title: Parking\n    owner: Head of Parking\n    file: systems/parking.yaml\nwaivers:\n');
  expect(read(dir, 'systems/parking.yaml')).toMatch(/\nquestionnaire: sys\nquestionnaireVersion: 1\.0\.0\nsystem: parking\nanswers:\n {2}patched: yes\n$/);

  // Resumed: the new system's remaining questions only, and no offer (a system is unfinished).
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml']);
  await waitForScreen('(4 critical systems)');
  await waitForScreen('Parking · question 2 of 4 · 1 answered');
  await answer('Does the system need multi-factor sign-in?', 'Down', 'Enter');
  await answer("Is the system's cloud data backed up elsewhere?", 'Down', 'Enter');
  await answer("Are the system's logs collected centrally?", 'Down', 'Enter');
  await waitForScreen('Write the markdown report');
  expect(screenText()).not.toContain('Add another');
  await keys('n', 'Enter');
  await ended(dir);
  expect(read(dir, 'systems/parking.yaml')).toMatch(/\nanswers:\n {2}patched: yes\n {2}mfa: yes\n {2}cloud-backup: yes\n {2}logged: yes\n$/);

  // A complete file is only assessed on a terminal; --add-system asks for a new system first.
  const complete = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  // The same name again is the same system: refused. Another name that makes a taken id gets a number.
  await keys('parking', 'Enter');
  await waitForScreen('"parking" is listed already (id parking): each critical system needs a name of');
  await keys('Parking!', 'Enter');
  await waitForScreen('  id: parking-2 ("parking" is taken)');
  await keys('Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 6 (Enter if no more)');
  await keys('Enter');
  await answer('Is the system patched within 14 days?', 'Enter');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(lineDiff(complete, read(dir, 'sys.answers.yaml'))).toEqual({ removed: [], added: ['  - id: parking-2', '    title: Parking!', '    answers:', '      patched: no'] });
});

it.runIf(hasTmux)('a file with every organisation answer and no systems yet is resumed on a terminal to ask for them', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-'));
  cpSync(join(FIXTURES, 'sys.yaml'), join(dir, 'sys.yaml'));
  writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: sys\nanswers:\n  owner: yes\n  cloud: no\n');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'answers.yaml']);
  await waitForScreen('Resuming answers.yaml: 2 answers so far.');
  // The file names no organisation: asked once, as for a new file (the assessor may stay empty).
  await waitForScreen('Organisation (for example');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('? Name of critical system 1');
  await keys('Waste', 'Enter', 'Enter', 'Enter');
  await waitForScreen('? Name of critical system 2 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'answers.yaml')).toBe('questionnaire: sys\norganisation: Test Council\nanswers:\n  owner: yes\n  cloud: no\nsystems:\n  - id: waste\n    title: Waste\n');
});

it.runIf(hasTmux)('--plain: the systems are asked for and walked line by line, with no cursor or colour codes', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-'));
  cpSync(join(FIXTURES, 'sys.yaml'), join(dir, 'sys.yaml'));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '--today', '2026-12-01', '--save', 'answers.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('Plain Council', 'Enter', 'Enter');
  await waitForScreen('Question 1 of 2, 0 answered.');
  await keys('2', 'Enter');
  await waitForScreen('Question 2 of 2, 1 answered.');
  await keys('1', 'Enter'); // no cloud: the backup question drops out for every system
  await waitForScreen('Name of critical system 1:');
  await keys('Revenues', 'Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('Enter');
  await waitForScreen('Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('y', 'Enter');
  await waitForScreen('File (beside the answers file; or type back) (Enter for systems/revenues.yaml):');
  await keys('../out.yaml', 'Enter');
  await waitForScreen(`../out.yaml: must stay under the answers file's folder`);
  await keys('rev.yaml', 'Enter');
  await waitForScreen('Name of critical system 2 (Enter if no more):');
  await keys('Enter');
  await waitForScreen('Revenues, question 1 of 3, 0 answered.');
  await keys('2', 'Enter');
  await waitForScreen('Revenues, question 2 of 3, 1 answered.');
  await keys('?', 'Enter');
  await waitForScreen('Revenues, question 3 of 3, 2 answered.');
  await keys('<', 'Enter'); // back within the system
  await waitForScreen("Enter keeps Don't know");
  await keys('1', 'Enter');
  await waitForScreen('Revenues, question 3 of 3, 2 answered.');
  await keys('2', 'Enter');
  // A system file is an input of the run: the report may not be written over it.
  await waitForScreen('Write the markdown report');
  await keys('y', 'Enter');
  await waitForScreen('File name (or type back) (Enter for cyber-ready-report.md):');
  await keys('rev.yaml', 'Enter');
  // Refused at once, not offered for replacing first; longer than a line of the screen: looked for in what was written.
  await waitFor(() => terminal.drawn(dir).replace(/\n {2}/g, ' ').includes('rev.yaml: cannot write: it is the system file this run reads (rev.yaml); choose another file\nFile name (or type back) (Enter for cyber-ready-report.md):'), 'the refusal');
  expect(terminal.drawn(dir)).not.toContain('Replace it?');
  // "back", by name as the plain prompt offers it, goes back to the offer.
  await keys('back', 'Enter');
  await waitFor(() => terminal.drawn(dir).split('Write the markdown report').length === 3, 'the offer again');
  await keys('y', 'Enter');
  await waitFor(() => terminal.drawn(dir).split('File name (or type back)').length === 4, 'the file name again');
  await keys('board.md', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'board.md')).toMatch(/^# Plain Council/);
  const drawn = terminal.drawn(dir);
  expect(withoutPasteMode(drawn)).not.toContain('\u001b');
  expect(drawn).toContain('\nCritical system 1 of 1: Revenues\n');
  expect(read(dir, 'stderr.txt')).toBe('');
  expect(read(dir, 'answers.yaml')).toContain('answers:\n  owner: yes\n  cloud: no\nsystems:\n  - id: revenues\n    title: Revenues\n    file: rev.yaml\n');
  expect(read(dir, 'rev.yaml')).toMatch(/\nsystem: revenues\nanswers:\n {2}patched: yes\n {2}mfa: no\n {2}logged: yes\n$/);
});
