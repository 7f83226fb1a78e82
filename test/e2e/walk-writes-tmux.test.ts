import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, nameSystem } from '../helpers/walk-steps.js';

// What the walk writes into files that an officer also edits by hand and checks with other tools
// (yamllint, PyYAML, Ruby read YAML 1.1): text typed at a prompt reads back as that text everywhere,
// nothing entered is lost at a stop, and the user's comments stay above what they describe.
const terminal = tmuxTerminal('writes', { width: 80, height: 24 });
const { waitFor, waitForScreen, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const MINI = join(repoRoot, 'test/fixtures/valid');
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const hasPyYaml = spawnSync('python3', ['-c', 'import yaml']).status === 0;
if (!hasPyYaml && process.env.CI === 'true') throw new Error('PyYAML is not installed (Debian: apt-get install python3-yaml); CI must read the written files as YAML 1.1 tools do');

/** The file as PyYAML's safe loader (YAML 1.1) reads it, as JSON; dates and numbers come back as text or numbers, not as the string written. */
function pyYaml(path: string): unknown {
  const script = 'import sys, json, yaml\nprint(json.dumps(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), default=lambda o: "<" + type(o).__name__ + ">"))';
  const run = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown;
}
/** The file as YAML 1.2 reads it (as the tool does). */
const yaml12 = (path: string): unknown => parse(readFileSync(path, 'utf8'), { version: '1.2' }) as unknown;

it.runIf(hasTmux)('a new walk stopped at the assessor keeps the organisation typed, written so that YAML 1.1 tools read it as typed', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-writes-'));
  start(dir, ['assess', '--questionnaire-dir', MINI, '-q', 'mini', '--today', '2026-11-23', '--save', 'readiness.yaml']);
  await waitForScreen('Organisation');
  await keys('Yes', 'Enter');
  await waitForScreen('Your name or role');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(terminal.joinedHistoryText()).not.toContain('Nothing was saved');
  // The file is saved, but holds no answer yet: "Your answers so far are saved" said otherwise.
  expect(terminal.joinedHistoryText().replace(/\s+/g, ' ')).toContain('Stopped. readiness.yaml is saved, with no answers yet.');
  expect(read(dir, 'readiness.yaml')).toContain('\norganisation: "Yes"\nassessedOn: 2026-11-23\n');

  // Resumed: the assessor, stopped at, is asked first (and may stay empty, Enter); free text that
  // YAML 1.1 reads as a time or a boolean is quoted.
  start(dir, ['assess', '--questionnaire-dir', MINI, '--answers', 'readiness.yaml', '--today', '2026-11-23', '--notes']);
  await waitForScreen('Your name or role');
  await keys('Enter');
  await waitForScreen('Is there a named senior owner?');
  await keys('Down', 'Down', 'Enter'); // Partly in place
  await waitForScreen('Note (optional');
  await keys('on', 'Enter');
  await waitForScreen('Is there a budget?');
  await keys('Down', 'Enter'); // Yes
  await waitForScreen('Note (optional');
  await keys('Enter');
  await waitForScreen('Anything else?');
  await keys('12:30', 'Enter');
  await waitForScreen('Note (optional');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const text = read(dir, 'readiness.yaml');
  // The questionnaire's own words keep their plain form; the user's text is quoted where it must be.
  expect(text).toMatch(/\nanswers:\n {2}owner: \{ value: partly, note: "on" \}\n {2}budget: yes\n {2}notes: "12:30"\n$/);
  const wanted = { organisation: 'Yes', answers: { owner: { value: 'partly', note: 'on' }, notes: '12:30' } };
  expect(yaml12(join(dir, 'readiness.yaml'))).toMatchObject(wanted);
  if (hasPyYaml) expect(pyYaml(join(dir, 'readiness.yaml'))).toMatchObject(wanted);
});

it.runIf(hasTmux)('a system named and owned in words YAML 1.1 misreads is written so that every reader gets those words, in both files', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('writes');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await nameSystem(terminal, 4, 'On', { owner: '2026-01-01', ownFile: true });
  await waitForScreen('(systems/on.yaml)');
  await keys('Enter');
  await nameSystem(terminal, 5, 'No', { owner: '@ICT & Digital' });
  await waitForScreen('? Name of critical system 6 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const main = read(dir, 'sys.answers.yaml');
  expect(main).toContain('  - id: "on"\n    title: "On"\n    owner: "2026-01-01"\n    file: systems/on.yaml\n  - id: "no"\n    title: "No"\n    owner: "@ICT & Digital"\nwaivers:\n');
  expect(read(dir, 'systems/on.yaml')).toContain('\nsystem: "on"\n');
  const systems = [
    { id: 'on', title: 'On', owner: '2026-01-01', file: 'systems/on.yaml' },
    { id: 'no', title: 'No', owner: '@ICT & Digital' },
  ];
  expect((yaml12(join(dir, 'sys.answers.yaml')) as { systems: unknown[] }).systems.slice(3)).toEqual(systems);
  if (hasPyYaml) {
    expect((pyYaml(join(dir, 'sys.answers.yaml')) as { systems: unknown[] }).systems.slice(3)).toEqual(systems);
    expect(pyYaml(join(dir, 'systems/on.yaml'))).toMatchObject({ system: 'on' });
  }
});

it.runIf(hasTmux)("the first answer of a file goes above the comment the user wrote over a later section's answer, not under it", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-writes-'));
  const before = 'questionnaire: mini\norganisation: Test Council\nanswers:\n  # Technical: agreed with the ICT manager\n  cards: no\n';
  writeFileSync(join(dir, 'answers.yaml'), before);
  start(dir, ['assess', '--questionnaire-dir', MINI, '--answers', 'answers.yaml', '--today', '2026-11-23']);
  await waitForScreen('Is there a named senior owner?');
  await keys('Down', 'Enter');
  await waitForScreen('Is there a budget?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(JSON.stringify(read(dir, 'answers.yaml'))).toBe(JSON.stringify('questionnaire: mini\norganisation: Test Council\nanswers:\n  owner: planned\n  # Technical: agreed with the ICT manager\n  cards: no\n'));
});

it.runIf(hasTmux)('a walk through an own file started as the walk writes it: new system answers stay below a heading the user wrote', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('writes');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await nameSystem(terminal, 4, 'Parking', { ownFile: true });
  await waitForScreen('(systems/parking.yaml)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // The owner's heading over the protection answers, added by hand between walks.
  const own = read(dir, 'systems/parking.yaml');
  expect(own).toMatch(/\nsystem: parking\nanswers: \{\}\n$/);
  writeFileSync(join(dir, 'systems/parking.yaml'), own.replace('answers: {}\n', 'answers:\n  # Detection: the SOC contract\n  logged: yes\n'));
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml']);
  await waitForScreen('Is the system patched within 14 days?');
  await keys('Down', 'Enter');
  await waitForScreen('Does the system need multi-factor sign-in?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'systems/parking.yaml')).toMatch(/\nanswers:\n {2}patched: yes\n {2}# Detection: the SOC contract\n {2}logged: yes\n$/);
});

it.runIf(hasTmux)('stopped while naming critical systems: the walk says which system is not saved, and its carry-on command asks for systems again', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('writes');
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  await keys('Parking', 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Head of Parking', 'Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // Nothing half-written: the system is one entry, written whole once its owner and file are given.
  expect(read(dir, 'sys.answers.yaml')).toBe(before);
  const said = terminal.joinedHistoryText().replace(/\s+/g, ' ');
  // Its owner was given: the stop names only what is still to come.
  expect(said).toContain('The critical system "Parking" is not saved: the walk stopped before its file was chosen. Carry on, naming it again, with:');
  const found = /Carry on, naming it again, with: cyber-ready (.+?--add-system)/.exec(said);
  expect(found?.[1]).toBe('assess -q sys.yaml --answers sys.answers.yaml --today 2026-12-01 --add-system');

  // The command as printed asks for the system first; a stop at an empty name prompt still leaves the list open.
  start(dir, (found?.[1] ?? '').split(' '));
  await nameSystem(terminal, 4, 'Parking');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'sys.answers.yaml')).toContain('  - id: parking\n    title: Parking\nwaivers:\n');
  const again = terminal.joinedHistoryText().replace(/\s+/g, ' ');
  expect(again).toContain('saved in sys.answers.yaml and systems/social-care.yaml. Carry on with: cyber-ready assess -q sys.yaml --answers sys.answers.yaml --today 2026-12-01 --add-system');
});

// Stopped while naming a system whose name gives no id: the stop says what was still to come.
it.runIf(hasTmux).each([
  ['at its id: that system too is named as not saved', [], 'its id, owner and file were given'],
  // Was "before its id, owner and file were given", the id typed.
  ['at its owner, its id typed: the stop names only what is still to come', [['sots', '? Its owner (optional; < back)']], 'its owner and file were given'],
] as const)('stopped in a name in another alphabet %s', { timeout: 60_000 }, async (_, steps, missing) => {
  const dir = copySystemsFixture('writes');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  await keys('Соцзащита', 'Enter');
  await waitForScreen('? Its id (for example social-care; < back)');
  for (const [typed, next] of steps) {
    await keys(typed, 'Enter');
    await waitForScreen(next);
  }
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const said = terminal.joinedHistoryText().replace(/\s+/g, ' ');
  expect(said).toContain(`The critical system "Соцзащита" is not saved: the walk stopped before ${missing}. Carry on, naming it again, with: cyber-ready assess -q sys.yaml --answers sys.answers.yaml --today 2026-12-01 --add-system`);
});

it.runIf(hasTmux)('"<" at a system\'s owner goes back to its name, and at its file back to its owner, never saved as the owner', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('writes');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  await keys('Parks', 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('<', 'Enter');
  await waitFor(() => terminal.screenText().split('Name of critical system 4').length === 3, 'the name asked again');
  await keys('Parking', 'Enter');
  await waitForScreen('  id: parking');
  await waitFor(() => terminal.screenText().includes('? Its owner (optional; < back)'), 'the owner');
  await keys('Head of Parking', 'Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('y', 'Enter');
  await waitForScreen('? File (beside the answers file; < back) (systems/parking.yaml)');
  await keys('<', 'Enter');
  // Back at the owner, what was typed is the default, and so is the Yes to a file of its own.
  await waitForScreen('? Its owner (optional; < back) (Head of Parking)');
  await keys('Enter');
  await waitForScreen('? Keep its answers in a file of its own? (Y/n)');
  await keys('Enter');
  // Asked again after the second Yes; "<" itself is not said as the file, nor as the owner before it.
  await waitFor(() => terminal.screenText().split('✔ Keep its answers in a file of its own? Yes').length === 3 && terminal.screenText().includes('? File (beside the answers file; < back)'), 'the file asked again');
  expect(terminal.screenText()).not.toMatch(/✔ (Its owner|File) \(.*< back\) <$/m);
  await keys('Enter');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'sys.answers.yaml')).toContain('  - id: parking\n    title: Parking\n    owner: Head of Parking\n    file: systems/parking.yaml\nwaivers:\n');
  expect(read(dir, 'sys.answers.yaml')).not.toContain('Parks');
});

it.runIf(hasTmux)('answers written as a flow mapping without inner spaces: a new answer goes in questionnaire order, and the braces stay as written', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-writes-'));
  writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: mini\norganisation: Test Council\nanswers: {owner: partly, notes: done}  # short form\n');
  start(dir, ['assess', '--questionnaire-dir', MINI, '--answers', 'answers.yaml', '--today', '2026-11-23']);
  await waitForScreen('Is there a budget?');
  await keys('Down', 'Enter'); // Yes
  await waitForScreen('Do you take card payments?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'answers.yaml')).toBe('questionnaire: mini\norganisation: Test Council\nanswers: {owner: partly, budget: yes, notes: done}  # short form\n');
});
