import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/wrap.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { nameSystem } from '../helpers/walk-steps.js';

// The walk as a council officer meets it on an ordinary 80 by 24 terminal: stopped at every kind of
// prompt, a critical system added to a finished CAF assessment under an awkward name, and resumed with
// the command it printed. Each test is a fault found by doing exactly that.
const terminal = tmuxTerminal('officer', { width: 80, height: 24 });
const { screenText, joinedHistoryText, waitForScreen, keys, start, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const MINI = join(repoRoot, 'test/fixtures/valid');
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => displayWidth(l)));
/** The command the walk said to carry on with, as a person would copy it, without its program name. */
const carryOnArgs = (): string[] => {
  const found = /Carry on with:\s+cyber-ready (.+)$/m.exec(joinedHistoryText());
  if (!found) throw new Error(`no command to carry on with:\n${joinedHistoryText()}`);
  return (found[1] as string).trim().split(' ');
};

it.runIf(hasTmux)('--notes: an answer is saved before its note is asked, so Ctrl-C at the note keeps it', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  start(dir, ['assess', '--questionnaire-dir', MINI, '-q', 'mini', '--today', '2026-11-23', '--save', 'readiness.yaml', '--notes']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('Is there a named senior owner?');
  await keys('Down', 'Down', 'Enter'); // Partly in place
  await waitForScreen('Note (optional');
  await keys('Half typed, never finished');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // The answer the screen showed as given is in the file; the note that was never entered is not.
  expect(read(dir, 'readiness.yaml')).toMatch(/\nanswers:\n {2}owner: partly\n$/);

  // A note typed and entered is saved with the answer, and a stop at the next note loses neither.
  start(dir, ['assess', '--questionnaire-dir', MINI, '--answers', 'readiness.yaml', '--today', '2026-11-23', '--notes']);
  await waitForScreen('Is there a budget?');
  await keys('Down', 'Enter'); // Yes
  await waitForScreen('Note (optional');
  await keys('Agreed in the medium-term plan', 'Enter');
  await waitForScreen('Anything else?');
  await keys('Nothing', 'Enter');
  await waitForScreen('Note (optional');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'readiness.yaml')).toMatch(/\nanswers:\n {2}owner: partly\n {2}budget: \{ value: yes, note: Agreed in the medium-term plan \}\n {2}notes: Nothing\n$/);
});

it.runIf(hasTmux)('the command printed on stopping a --plain --notes walk carries on the same way when pasted', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  cpSync(join(MINI, 'mini.yaml'), join(dir, 'mini.yaml'));
  startOnScreen(dir, ['assess', '-q', 'mini.yaml', '--today', '2026-11-23', '--save', 'readiness.yaml', '--plain', '--notes']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('Type a number from 1 to 4');
  await keys('3', 'Enter');
  await waitForScreen('Note (optional');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // A screen-reader user pastes what they were told: it must not start the redrawing prompts.
  const args = carryOnArgs();
  expect(args).toEqual(['assess', '-q', 'mini.yaml', '--answers', 'readiness.yaml', '--plain', '--notes', '--today', '2026-11-23']);
  startOnScreen(dir, args);
  await waitForScreen('Is there a budget?');
  await waitForScreen('Type a number from 1 to 2');
  await keys('2', 'Enter');
  await waitForScreen('Note (optional');
  await keys('From the reserves', 'Enter');
  await waitForScreen('Anything else?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'readiness.yaml')).toMatch(/\nanswers:\n {2}owner: partly\n {2}budget: \{ value: yes, note: From the reserves \}\n$/);
});

it.runIf(hasTmux)('a template from init: the organisation typed on resuming is saved before the assessor is asked', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  const init = await runBinary({ args: ['init', '--questionnaire-dir', MINI, '-q', 'mini', '-o', 'answers.yaml'], cwd: dir });
  expect(init.code, init.stderr).toBe(0);
  const template = read(dir, 'answers.yaml');
  start(dir, ['assess', '--questionnaire-dir', MINI, '--answers', 'answers.yaml', '--today', '2026-11-23']);
  await waitForScreen('Resuming answers.yaml: 0 answers so far.');
  await waitForScreen('Organisation');
  await keys('Wrenford Borough Council', 'Enter');
  await waitForScreen('Your name or role');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(lineDiff(template, read(dir, 'answers.yaml'))).toEqual({ removed: ['organisation: ""'], added: ['organisation: Wrenford Borough Council'] });
});

it.runIf(hasTmux)('a system added to a finished CAF assessment at 80 by 24: odd names, its own file, and the system named on screen at every statement', { timeout: 150_000 }, async () => {
  // The council's folder sits in a private one, so the "../outside.yaml" checked below is this test's alone.
  const dir = join(mkdtempSync(join(tmpdir(), 'cyber-ready-officer-')), 'council');
  mkdirSync(dir);
  cpSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), join(dir, 'caf.yaml'));
  cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
  const before = read(dir, 'caf.yaml');
  const fleet = read(dir, 'systems/waste-fleet.yaml');
  startOnScreen(dir, ['assess', '--answers', 'caf.yaml', '--today', '2026-11-25', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  // The heading starts at the left edge, as every other heading of the walk does.
  expect(screenText()).toMatch(/^── Critical systems: 3 listed \(revenues-benefits, social-care, waste-fleet\)$/m);

  // The same system under the same name (in another case) is not listed twice.
  await keys('Social Care Case Management', 'Enter');
  await waitForScreen('"Social Care Case Management" is listed already (id social-care): each critical');
  // A name with no letter at all is no name.
  await keys('!!!', 'Enter');
  await waitForScreen('The name needs at least one letter or digit.');
  // A name in another alphabet is a good title; the id is asked for, since none can be made from it.
  await keys('Система соцзащиты', 'Enter');
  await waitForScreen('? Its id (for example social-care; < back)');
  expect(joinedHistoryText().replace(/\n {2}/g, ' ')).toContain('Reports and waivers name each critical system by an id of letters a to z, digits and hyphens, which "Система соцзащиты" cannot give: type one.');
  await keys('Social Care!', 'Enter');
  await waitForScreen('"Social Care!" will not do: use lower-case letters a to z and digits, with');
  await keys('C-u', 'social-care', 'Enter');
  await waitForScreen('"social-care" is taken by another critical system; choose another.');
  await keys('C-u', 'social-protection', 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('y', 'Enter');
  await waitForScreen('(systems/social-protection.yaml)');
  // Refused where it lies outside the folder or a file is already; recorded tidily when written untidily.
  await keys('C-u', '../outside.yaml', 'Enter');
  await waitForScreen('../outside.yaml: must stay under the answers file');
  await keys('C-u', 'systems/waste-fleet.yaml', 'Enter');
  await waitForScreen('systems/waste-fleet.yaml: another system keeps its answers there already');
  await keys('C-u', './systems//protection.yaml', 'Enter');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('Enter');

  // The first statement's long help goes above the prompt, but the line naming the system stays on screen.
  await waitForScreen('? B1.a.NA.1');
  expect(screenText()).toMatch(/^[░█]{20} Система соцзащиты · question 1 of 27 · 0 answered\nPolicy, process and procedure development: /m);
  await keys('Down', 'Down', 'Down', 'Enter'); // skip this outcome
  await waitForScreen('? B1.b.NA.1');
  // The statement wraps between words: "? " in front of it is counted.
  expect(screenText()).toContain('? B1.b.NA.1 The security policies and procedures for this system are often\n  disregarded, or people follow some of their steps and skip others.');
  expect(widest(screenText())).toBeLessThan(80);
  await keys('Down', 'Enter'); // false
  await waitForScreen('? B1.b.NA.2');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');

  // The main file gains the system's entry and the walk's day only; its answers are in its own file; the other system file is untouched.
  expect(lineDiff(before, read(dir, 'caf.yaml'))).toEqual({ removed: ['assessedOn: 2026-11-20'], added: ['assessedOn: 2026-11-25', '  - id: social-protection', '    title: Система соцзащиты', '    file: systems/protection.yaml'] });
  expect(read(dir, 'systems/protection.yaml')).toMatch(/\nsystem: social-protection\nanswers:\n {2}caf-b1-b:\n {4}indicators:\n {6}B1\.b\.NA\.1: false\n$/);
  expect(read(dir, 'systems/waste-fleet.yaml')).toBe(fleet);
  expect(existsSync(join(dir, '..', 'outside.yaml'))).toBe(false);

  // The command it printed, pasted: the walk carries on in that system, named on screen at once.
  const args = carryOnArgs();
  expect(args).toEqual(['assess', '--answers', 'caf.yaml', '--today', '2026-11-25']);
  startOnScreen(dir, args);
  await waitForScreen('? B1.a.NA.1');
  expect(screenText()).toMatch(/^[░█]{20} Система соцзащиты · question 1 of 27 · 0 answered$/m);
  await keys('Down', 'Down', 'Down', 'Enter'); // skip it again
  await waitForScreen('? B1.b.NA.2');
  expect(screenText()).toContain('Система соцзащиты · question 2 of 27 · 0 answered');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('the choice at the end of an outcome names the system it is about', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  // One system whose first outcome has every statement but the last answered.
  const text = read(repoRoot, 'test/fixtures/systems/sys-outcome.yaml');
  writeFileSync(join(dir, 'q.yaml'), text);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: sys-outcome\norganisation: Test Council\nanswers:\n  owner: yes\nsystems:\n  - id: housing\n    title: Housing repairs\n    answers:\n      backups:\n        indicators: { BK.NA.1: false }\n');
  startOnScreen(dir, ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--today', '2026-11-25']);
  await waitForScreen('? BK.A.1');
  await keys('Up', 'Enter'); // true (the cursor starts on False)
  await waitForScreen('The statements show: achieved.');
  expect(screenText()).toMatch(/Housing repairs · question 1 of 1 · 0 answered\nThe statements show: achieved\.\n\? The system's data can be restored\./);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'a.yaml')).toContain('        indicators: { BK.NA.1: false, BK.A.1: true }\n');
});

/** A walk of the systems fixture, the council's answers given and these systems' none yet; `answer` waits for a progress line, then presses keys. */
function startSystemsWalk(systems: string): { dir: string; answer: (progress: string, ...k: string[]) => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  cpSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), join(dir, 'sys.yaml'));
  writeFileSync(join(dir, 'a.yaml'), `questionnaire: sys\norganisation: Test Council\nanswers:\n  owner: yes\n  cloud: no\nsystems:\n${systems}`);
  start(dir, ['assess', '-q', 'sys.yaml', '--answers', 'a.yaml', '--today', '2026-11-25']);
  return {
    dir,
    answer: async (progress, ...k) => {
      await waitForScreen(progress);
      await keys(...k);
    },
  };
}

it.runIf(hasTmux)('"Back" across a system\'s edge says the headings again, so the answers on screen are not read as the next system\'s', { timeout: 90_000 }, async () => {
  const { dir, answer } = startSystemsWalk('  - id: payroll\n    title: Payroll\n    answers: {}\n  - id: housing\n    title: Housing\n    answers: {}\n');
  await answer('Payroll · question 1 of 3', 'Down', 'Enter');
  await answer('Payroll · question 2 of 3', 'Down', 'Enter');
  await answer('Payroll · question 3 of 3', 'Down', 'Enter');
  await answer('Housing · question 1 of 3', 'Up', 'Enter'); // back to Payroll's last question
  await answer('Payroll · question 3 of 3 · 3 answered', 'Enter'); // keeps Yes
  await answer('Housing · question 1 of 3', 'Down', 'Enter');
  await waitForScreen('Housing · question 2 of 3');
  // Each answer sits under the heading of the system it belongs to.
  expect(terminal.historyText()).toContain(
    [
      '══ Critical system 2 of 2: Housing',
      '',
      '── Section 2 of 3: Protection',
      '',
      '══ Critical system 1 of 2: Payroll',
      '',
      '── Section 3 of 3: Detection',
      "✔ Are the system's logs collected centrally? Yes",
      '',
      '══ Critical system 2 of 2: Housing',
      '',
      '── Section 2 of 3: Protection',
      '✔ Is the system patched within 14 days? Yes',
    ].join('\n'),
  );
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'a.yaml')).toContain('  - id: payroll\n    title: Payroll\n    answers:\n      patched: yes\n      mfa: yes\n      logged: yes\n  - id: housing\n    title: Housing\n    answers:\n      patched: yes\n');
});

it.runIf(hasTmux)("Back across a section's edge and forward again says the next section's heading again, so its question is not read as the section above", { timeout: 90_000 }, async () => {
  const { dir, answer } = startSystemsWalk('  - id: payroll\n    title: Payroll\n    answers: {}\n');
  await answer('Payroll · question 1 of 3', 'Down', 'Enter');
  await answer('Payroll · question 2 of 3', 'Down', 'Enter');
  await answer('Payroll · question 3 of 3', 'Up', 'Enter'); // Back into Protection
  await answer('Payroll · question 2 of 3 · 2 answered', 'Enter'); // keeps Yes, on into Detection
  await waitForScreen('Payroll · question 3 of 3 · 2 answered');
  expect(terminal.historyText()).toContain(
    ['── Section 2 of 3: Protection', '✔ Does the system need multi-factor sign-in? Yes', '', '── Section 3 of 3: Detection', ''].join('\n'),
  );
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('--add-system on an unfinished file asks for the new system first, not after every question still open', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-officer-'));
  cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
  // Revenues has a question still open.
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('      mfa: yes\n      cloud-backup: yes\n', '      cloud-backup: yes\n'));
  start(dir, ['assess', '-q', 'sys.yaml', '--answers', 'sys.answers.yaml', '--today', '2026-11-25', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  expect(screenText()).not.toContain('Revenues and benefits · question');
  await nameSystem(terminal, 4, 'Parking');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('Enter');
  // Then what is still open, in order: Revenues' question, then the new system's.
  await waitForScreen('Revenues and benefits · question 2 of 4 · 3 answered');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'sys.answers.yaml')).toContain('  - id: parking\n    title: Parking\n');
});
