// The guided walk's saves when writing fails or its file goes (SPEC "Bad input, files and safety",
// "v2: writing files safely"): a save of two files is both or neither, a file moved away during the
// walk is not made again, and a read-only file system is called that. Driven with --plain in a real
// terminal. Cases that need root (chattr +a, a read-only bind mount) skip where it is not allowed.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { addSystemUpToItsFile, copySystemsFixture } from '../helpers/walk-steps.js';

const terminal = tmuxTerminal('walk-write-failures', { width: 160, height: 40 });
const { waitForScreen, keys, start, screenText } = terminal;
const TODAY = ['--today', '2026-12-01'];
const isRoot = process.getuid?.() === 0;
const undo: (() => void)[] = [];

afterEach(() => undo.splice(0).forEach((u) => u()));
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** A plain walk on a copy of the systems fixture without its owner answer, at that question; its folder. */
async function atTheOwner(prefix: string, mode?: number): Promise<string> {
  const dir = copySystemsFixture(prefix);
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  if (mode !== undefined) chmodSync(join(dir, 'sys.answers.yaml'), mode);
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
  await waitForScreen('Is there a named senior owner?');
  return dir;
}

it.runIf(hasTmux)('a new system whose folder refuses its file (append-only) leaves the answers file as it was, and saving again works once allowed', { timeout: 90_000 }, async (ctx) => {
  const dir = copySystemsFixture('walk-append-only');
  const systems = join(dir, 'systems');
  if (!isRoot || spawnSync('chattr', ['+a', systems]).status !== 0) return ctx.skip();
  undo.push(() => void spawnSync('chattr', ['-a', systems]));
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', ...TODAY]);
  await addSystemUpToItsFile(terminal, 4, 'Parking permits', 'parking-permits');
  await keys('Enter');
  await waitForScreen('Save again? (y or n; Enter for yes):');
  // Neither file: the answers file is not left naming a file that is not there.
  expect(read(dir, 'sys.answers.yaml')).toBe(before);
  expect(existsSync(join(systems, 'parking-permits.yaml'))).toBe(false);
  expect(screenText().replace(/\n/g, '')).toContain('systems/parking-permits.yaml: cannot write: permission denied; a temporary file could not be removed and is left beside it');
  // Allowed again: the save goes through, not blamed on "something else".
  spawnSync('chattr', ['-a', systems]);
  for (const f of readdirSync(systems)) if (f.endsWith('.tmp')) rmSync(join(systems, f));
  await keys('y', 'Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  expect(read(dir, 'sys.answers.yaml')).toContain('file: systems/parking-permits.yaml');
  expect(read(dir, 'systems/parking-permits.yaml')).toContain('system: parking-permits');
  expect(screenText()).not.toContain('something else');
  terminal.kill();
});

it.runIf(hasTmux)('an answers file moved away during the walk is not made again: the save is refused, as for an edit', { timeout: 60_000 }, async () => {
  const dir = await atTheOwner('walk-moved', 0o600);
  renameSync(join(dir, 'sys.answers.yaml'), join(dir, 'moved.yaml'));
  await keys('2', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'sys.answers.yaml: cannot save: the file was moved or deleted by something else during the walk; this answer is not saved, so that no second, out-of-date copy is made; put the file back, or run the command again on it where it is now, to carry on\n',
  );
  expect(existsSync(join(dir, 'sys.answers.yaml'))).toBe(false);
  expect(statSync(join(dir, 'moved.yaml')).mode & 0o777).toBe(0o600);
});

// Was: a link left in its place, to where it was moved and then gone, was written through, and the
// file made again at the link's end.
it.runIf(hasTmux)('an answers file moved away and a link to nothing left in its place: the save is refused, nothing made at its end', { timeout: 60_000 }, async () => {
  const dir = await atTheOwner('walk-moved-link');
  renameSync(join(dir, 'sys.answers.yaml'), join(dir, 'moved.yaml'));
  symlinkSync('elsewhere.yaml', join(dir, 'sys.answers.yaml'));
  await keys('2', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toContain('sys.answers.yaml: cannot save: the file was moved or deleted by something else during the walk');
  expect(existsSync(join(dir, 'elsewhere.yaml'))).toBe(false);
});

it.runIf(hasTmux)('a folder on a read-only file system is refused before any question in those words, not as a permission', { timeout: 60_000 }, async (ctx) => {
  const dir = copySystemsFixture('walk-read-only');
  const ro = join(dir, 'ro');
  mkdirSync(ro);
  writeFileSync(join(ro, 'partial.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  cpSync(join(dir, 'systems'), join(ro, 'systems'), { recursive: true });
  if (!isRoot || spawnSync('mount', ['--bind', ro, ro]).status !== 0) return ctx.skip();
  undo.push(() => void spawnSync('umount', [ro]));
  if (spawnSync('mount', ['-o', 'remount,bind,ro', ro]).status !== 0) return ctx.skip();
  for (const [args, file] of [
    [['--save', 'ro/new.yaml'], 'ro/new.yaml'],
    [['-a', 'ro/partial.yaml'], 'ro/partial.yaml'],
  ] as const) {
    start(dir, ['assess', '--plain', '-q', 'sys.yaml', ...args, ...TODAY]);
    expect(await terminal.ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`${file}: cannot save answers here: the file system is read-only\n`);
  }
});

// Was: looking at the path as the walk stopped failed (a loop of links, ELOOP), and the stop ended
// in "internal error" with exit 2, where it should say what is saved, with Ctrl-C's 130.
it.runIf(hasTmux)('an answers file made a loop of links during the walk: a stop says so, not "internal error"', { timeout: 60_000 }, async () => {
  const dir = await atTheOwner('walk-link-loop');
  rmSync(join(dir, 'sys.answers.yaml'));
  symlinkSync('sys.answers.yaml', join(dir, 'sys.answers.yaml'));
  await keys('2', 'Enter');
  await waitForScreen('Save again?');
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
  const drawn = terminal.drawn(dir).replace(/\s+/g, ' ');
  expect(drawn).not.toContain('internal error');
  expect(drawn).toContain('Stopped. sys.answers.yaml is no longer a file (something else is in its place), so no answer is saved in it.');
});

it.runIf(hasTmux)('an answers file made a folder during the walk: a stop then does not say the answers are saved in it', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-folder');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  writeFileSync(join(dir, 'moved-aside.yaml'), read(dir, 'sys.answers.yaml'));
  // Once the walk has asked, the answers file becomes a folder; the answer's save then fails.
  const answerIntoAFolder = async (): Promise<void> => {
    start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
    await waitForScreen('Is there a named senior owner?');
    rmSync(join(dir, 'sys.answers.yaml'));
    mkdirSync(join(dir, 'sys.answers.yaml'));
    await keys('2', 'Enter');
    await waitForScreen('Save again?');
  };
  await answerIntoAFolder();
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
  const drawn = terminal.drawn(dir);
  expect(drawn).not.toContain('saved in sys.answers.yaml');
  expect(drawn.replace(/\s+/g, ' ')).toContain('Stopped. sys.answers.yaml is no longer a file (something else is in its place), so no answer is saved in it.');

  // "Save again?" answered no says the same, with exit 2.
  rmSync(join(dir, 'sys.answers.yaml'), { recursive: true });
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'moved-aside.yaml'));
  await answerIntoAFolder();
  await keys('n', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  expect(terminal.drawn(dir)).not.toContain('earlier answers are saved');
  expect(terminal.drawn(dir).replace(/\s+/g, ' ')).toContain('Stopped. sys.answers.yaml is no longer a file (something else is in its place), so no answer is saved in it.');
});

// Was: the report at the walk's end was of the questionnaire as read at its start: edited during
// the walk, it said "Overall … Ready" and exit 0, where `assess` of the same files refused an answer.
it.runIf(hasTmux)('a questionnaire edited during the walk: the report at its end is of the files as they are now', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-edited-questionnaire-'));
  const choice = (id: string): string => `      - id: ${id}\n        text: How is ${id}?\n        type: choice\n        options:\n          - { value: low, label: Low, score: 0 }\n          - { value: high, label: High, score: 1 }\n`;
  const questionnaire = `id: edited\nversion: 1.0.0\ntitle: Edited\nsections:\n  - id: s\n    title: S\n    questions:\n${choice('q1')}${choice('q2')}`;
  writeFileSync(join(dir, 'my.yaml'), questionnaire);
  start(dir, ['assess', '--plain', '-q', 'my.yaml', '--save', 'm.yaml', ...TODAY]);
  await waitForScreen('Organisation');
  await keys('Org', 'Enter');
  await waitForScreen('the assessor');
  await keys('Me', 'Enter');
  await waitForScreen('How is q1?');
  await keys('2', 'Enter');
  await waitForScreen('How is q2?');
  // The answer "high" to q1 is saved; the questionnaire now calls that option "top".
  writeFileSync(join(dir, 'my.yaml'), questionnaire.replace('value: high, label: High', 'value: top, label: High'));
  await keys('2', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toMatch(/^m\.yaml:\d+:\d+: "high" is not an option of "q1"/m);
  expect(terminal.drawn(dir)).not.toContain('Overall');
});

// Was: the stop named a system's own file that something had replaced with a folder among the
// files that hold the answers ("sys.answers.yaml and systems/social-care.yaml are unchanged").
it.runIf(hasTmux)("a system's own file made a folder during the walk: the stop does not say answers are saved in it", { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-system-folder');
  writeFileSync(join(dir, 'systems/social-care.yaml'), read(dir, 'systems/social-care.yaml').replace('  mfa: no\n', ''));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
  await waitForScreen('Does the system need multi-factor sign-in?');
  rmSync(join(dir, 'systems/social-care.yaml'));
  mkdirSync(join(dir, 'systems/social-care.yaml'));
  await keys('1', 'Enter');
  await waitForScreen('Save again?');
  await keys('n', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  const stop = terminal.drawn(dir).replace(/\s+/g, ' ');
  expect(stop).toContain('Stopped. Nothing new was saved: sys.answers.yaml is unchanged. systems/social-care.yaml is no longer a file, so no answer is saved in it. Once writing works again');
  expect(stop).not.toMatch(/saved in [^.]*social-care/);
});

// Was: "Your earlier answers are saved in sys.answers.yaml", of a walk whose answer went into the
// system's file, which a FIFO then took the place of.
it.runIf(hasTmux)("a system's own file made a FIFO after an answer was saved in it: the stop says no answer is saved in it", { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-system-fifo');
  writeFileSync(join(dir, 'systems/social-care.yaml'), read(dir, 'systems/social-care.yaml').replace('  mfa: no\n', '').replace('  patched: no\n', ''));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
  await waitForScreen('Is the system patched within 14 days?');
  await keys('1', 'Enter');
  await waitForScreen('Does the system need multi-factor sign-in?');
  rmSync(join(dir, 'systems/social-care.yaml'));
  expect(spawnSync('mkfifo', [join(dir, 'systems/social-care.yaml')]).status).toBe(0);
  await keys('1', 'Enter');
  await waitForScreen('Save again?');
  await keys('n', 'Enter');
  expect(await terminal.ended(dir)).toBe('2');
  const stop = terminal.drawn(dir).replace(/\s+/g, ' ');
  expect(stop).toContain('Stopped. Your earlier answers are saved in sys.answers.yaml. systems/social-care.yaml is no longer a file, so no answer is saved in it. Once writing works again');
});

// Was: the save read the FIFO to see whether it still held what the walk wrote there, and waited
// for ever for something to write into it.
it.runIf(hasTmux)('an answers file made a FIFO during the walk: the save says so at once, and saves again once the file is back', { timeout: 60_000 }, async () => {
  const dir = await atTheOwner('walk-fifo');
  const before = read(dir, 'sys.answers.yaml');
  rmSync(join(dir, 'sys.answers.yaml'));
  expect(spawnSync('mkfifo', [join(dir, 'sys.answers.yaml')]).status).toBe(0);
  await keys('2', 'Enter');
  await waitForScreen('Save again?');
  expect(screenText().replace(/\s+/g, ' ')).toContain(
    'sys.answers.yaml: cannot write: something that is not a file (a FIFO, socket or device) is in its place now, and answers are saved into a file; put the file back as the walk last saved it, and save again; this answer is not saved',
  );
  rmSync(join(dir, 'sys.answers.yaml'));
  writeFileSync(join(dir, 'sys.answers.yaml'), before);
  await keys('y', 'Enter');
  await waitForScreen('Recorded: Yes.');
  expect(read(dir, 'sys.answers.yaml')).toBe(before.replace('answers:\n', 'answers:\n  owner: yes\n'));
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
});
