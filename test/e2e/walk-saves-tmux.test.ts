import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { addSystemUpToItsFile, copySystemsFixture } from '../helpers/walk-steps.js';

// What the guided walk does when a save fails, and what a save keeps of the file it writes, at 80
// columns as a person would meet them. A save is made to fail the way it fails for a person: the
// walk runs as an ordinary user (nobody, through setpriv) and its folder stops being writable while
// a question is on screen, as when a share goes read-only or a disk fills.
const terminal = tmuxTerminal('walk-saves', { width: 80, height: 30 });
const { waitForScreen, keys, start, screenText, ended } = terminal;
const asNobody = hasTmux && process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const NOBODY = 'setpriv --reuid=65534 --regid=65534 --clear-groups ';
const TODAY = ['--today', '2026-12-01'];

afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
/** The screen with the walk's wrapping (a line break and a two-space hanging indent) undone. */
const unwrapped = (): string => screenText().replace(/\n {2}(?=\S)/g, ' ');
/** Every file and folder under `dir`, the run's own exit.txt and friends left out. */
const tree = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => !/^(exit|stderr|report|terminal)\.txt$/.test(f)).sort();

/** The example answers with one question left open, in a folder of nobody's. */
function exampleForNobody(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-save-fail-'));
  const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  expect(text).toContain('\n  gov-siro: yes\n');
  writeFileSync(join(dir, 'a.yaml'), text.replace('\n  gov-siro: yes\n', '\n'));
  chownSync(dir, 65534, 65534);
  chownSync(join(dir, 'a.yaml'), 65534, 65534);
  return dir;
}

function systemsForNobody(): string {
  const dir = copySystemsFixture('save-fail-sys');
  for (const f of ['', ...(readdirSync(dir, { recursive: true }) as string[])]) chownSync(join(dir, f), 65534, 65534);
  return dir;
}

/**
 * The walk on `dir`/a.yaml as nobody, started with `begin` (`start` or `startOnScreen`), its folder
 * made read-only while the first question is on screen and that question answered, so that its
 * save fails: left at the offer to save again.
 */
async function failFirstSave(dir: string, begin: typeof start): Promise<void> {
  begin(dir, ['assess', '--plain', '-a', 'a.yaml', ...TODAY], NOBODY);
  await waitForScreen('Type a number from 1 to 2:');
  chmodSync(dir, 0o555);
  await keys('2', 'Enter');
  await waitForScreen('Save again? (y or n; Enter for yes):');
}

it.runIf(asNobody)('a failed save says so in one line, after the answer and with no "Recorded:", and saving again keeps the answer', { timeout: 90_000 }, async () => {
  const dir = exampleForNobody();
  const before = read(dir, 'a.yaml');
  await failFirstSave(dir, start);
  const screen = screenText();
  // "Recorded: Yes." used to come first, and then the run ended with exit 2 and the answer lost.
  expect(screen).not.toContain('Recorded');
  expect(unwrapped()).toContain('a.yaml: cannot write: permission denied on its folder (each save writes a new file there, then renames it into place); this answer is not saved\nSave again? (y or n; Enter for yes):');
  expect(read(dir, 'a.yaml')).toBe(before);
  chmodSync(dir, 0o755);
  await keys('Enter');
  await waitForScreen('Recorded: Yes.');
  await waitForScreen('Enter for yes):'); // the markdown report offered at the end
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  // Saved again whole: the answer and the day it was given.
  expect(read(dir, 'a.yaml')).toBe(before.replace('\n  gov-portfolio-holder:', '\n  gov-siro: yes\n  gov-portfolio-holder:').replace('\nassessedOn: 2026-11-20\n', '\nassessedOn: 2026-12-01\n'));
  expect(tree(dir)).toEqual(['a.yaml']);
});

it.runIf(asNobody)('saying no to saving again ends the walk with exit 2 and that line, the file as it was', { timeout: 90_000 }, async () => {
  const dir = exampleForNobody();
  const before = read(dir, 'a.yaml');
  await failFirstSave(dir, start);
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe('a.yaml: cannot write: permission denied on its folder (each save writes a new file there, then renames it into place); this answer is not saved\n');
  expect(read(dir, 'a.yaml')).toBe(before);
  chmodSync(dir, 0o755);
  expect(tree(dir)).toEqual(['a.yaml']);
  // With standard error on the terminal, where the walk already said it, the line is not repeated.
  await failFirstSave(dir, terminal.startOnScreen);
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(screenText().match(/this answer is not saved/g)).toHaveLength(1);
  // Said as a stop is: what is on disk (the file as it was: this walk saved nothing into it), and the
  // command to carry on with.
  expect(screenText().replace(/\s+/g, ' ')).toContain('Save again? (y or n; Enter for yes): n Stopped. Nothing new was saved: a.yaml is unchanged. Once writing works again, carry on with: cyber-ready assess --answers a.yaml --plain --today 2026-12-01 ');
  chmodSync(dir, 0o755);
});

/**
 * The walk on the example with two questions open, as nobody: the first answer saved, then the
 * folder made read-only and the second answered, so that its save fails: left at "Save again?".
 */
async function failSecondSave(): Promise<string> {
  const dir = exampleForNobody();
  expect(read(dir, 'a.yaml')).toContain('\n  share-cisp: yes\n');
  writeFileSync(join(dir, 'a.yaml'), read(dir, 'a.yaml').replace('\n  share-cisp: yes\n', '\n'));
  start(dir, ['assess', '--plain', '-a', 'a.yaml', ...TODAY], NOBODY);
  await waitForScreen('Type a number from 1 to 2:');
  await keys('2', 'Enter');
  await waitForScreen('Is the council a member of the Cyber Security Information Sharing Partnership');
  await waitForScreen('Type a number from 1 to 2:');
  chmodSync(dir, 0o555);
  await keys('2', 'Enter');
  await waitForScreen('Save again? (y or n; Enter for yes):');
  return dir;
}

// The first answer is in the file, the second is not: "so far" would claim the second too.
it.runIf(asNobody)('a stop after a later save failed says the earlier answers are saved, whether "Save again?" is answered no or stopped', { timeout: 90_000 }, async () => {
  for (const [key, code] of [['n', '2'], ['C-c', '130']] as const) {
    const dir = await failSecondSave();
    await keys(key, ...(key === 'n' ? ['Enter'] : []));
    expect(await ended(dir)).toBe(code);
    const said = terminal.drawn(dir).replace(/\s+/g, ' ');
    expect(said, key).toContain('Stopped. Your earlier answers are saved in a.yaml.');
    expect(said, key).not.toContain('Your answers so far');
    expect(read(dir, 'a.yaml')).toContain('\n  gov-siro: yes\n');
    expect(read(dir, 'a.yaml')).not.toMatch(/^ {2}share-cisp:/m);
    chmodSync(dir, 0o755);
  }
});

it.runIf(asNobody)('a critical system whose save fails leaves no folder and no entry behind, and can be added again', { timeout: 90_000 }, async () => {
  const dir = systemsForNobody();
  const before = read(dir, 'sys.answers.yaml');
  const files = tree(dir);
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', ...TODAY], NOBODY);
  await addSystemUpToItsFile(terminal, 4, 'Payroll', 'payroll');
  // The answers file's folder cannot be written; systems/ can, so its new folders are made first.
  chmodSync(dir, 0o555);
  await keys('systems/new/deep/pay.yaml', 'Enter');
  await waitForScreen('Save again? (y or n; Enter for yes):');
  expect(unwrapped()).toContain('sys.answers.yaml: cannot write: permission denied on its folder (each save writes a new file there, then renames it into place); critical system "payroll" is not saved\nSave again? (y or n; Enter for yes):');
  // Used to leave systems/new/deep behind, and the entry in the text the next save would write.
  expect(tree(dir)).toEqual(files);
  expect(read(dir, 'sys.answers.yaml')).toBe(before);
  chmodSync(dir, 0o755);
  await keys('y', 'Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  expect(read(dir, 'sys.answers.yaml').match(/id: payroll/g)).toHaveLength(1);
  expect(read(dir, 'systems/new/deep/pay.yaml')).toMatch(/\nsystem: payroll\nanswers: \{\}\n$/);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(asNobody)('a folder for a critical system that cannot be made is one line, offered again, not an internal error', { timeout: 90_000 }, async () => {
  const dir = systemsForNobody();
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', ...TODAY], NOBODY);
  await addSystemUpToItsFile(terminal, 4, 'Payroll', 'payroll');
  chmodSync(dir, 0o555);
  await keys('new/pay.yaml', 'Enter');
  await waitForScreen('Save again? (y or n; Enter for yes):');
  expect(unwrapped()).toContain('new/pay.yaml: cannot write: permission denied; critical system "payroll" is not saved\nSave again? (y or n; Enter for yes):');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe('new/pay.yaml: cannot write: permission denied; critical system "payroll" is not saved\n');
  expect(read(dir, 'sys.answers.yaml')).toBe(before);
  expect(existsSync(join(dir, 'new'))).toBe(false);
  chmodSync(dir, 0o755);
});

it.runIf(hasTmux && process.getuid?.() === 0)("a save keeps the answers file's other names, owner and permissions", { timeout: 90_000 }, async () => {
  const dir = exampleForNobody();
  // A dated copy kept as a hard link, a file of someone else's (nobody), private to a group.
  linkSync(join(dir, 'a.yaml'), join(dir, 'a-2026-12.yaml'));
  chmodSync(join(dir, 'a.yaml'), 0o640);
  const inode = statSync(join(dir, 'a.yaml')).ino;
  start(dir, ['assess', '--plain', '-a', 'a.yaml', ...TODAY]);
  await waitForScreen('Type a number from 1 to 2:');
  await keys('2', 'Enter');
  await waitForScreen('Recorded: Yes.');
  await waitForScreen('Enter for yes):');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const after = statSync(join(dir, 'a.yaml'));
  // Renaming a new file over it gave the name a new file: the link kept the old text, root owned it.
  expect(after).toMatchObject({ ino: inode, nlink: 2, uid: 65534, gid: 65534 });
  expect(after.mode & 0o777).toBe(0o640);
  expect(read(dir, 'a-2026-12.yaml')).toContain('\n  gov-siro: yes\n');
  expect(tree(dir)).toEqual(['a-2026-12.yaml', 'a.yaml']);
});

it.runIf(hasTmux)('a file the answers file is linked to by a symbolic link is saved through the link', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-save-link-'));
  const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8').replace('\n  gov-siro: yes\n', '\n');
  writeFileSync(join(dir, 'real.yaml'), text);
  spawnSync('ln', ['-s', 'real.yaml', join(dir, 'a.yaml')]);
  copyFileSync(join(dir, 'real.yaml'), join(dir, 'before.yaml'));
  start(dir, ['assess', '--plain', '-a', 'a.yaml', ...TODAY]);
  await waitForScreen('Type a number from 1 to 2:');
  await keys('2', 'Enter');
  await waitForScreen('Enter for yes):');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('\n  gov-siro: yes\n');
  expect(spawnSync('readlink', [join(dir, 'a.yaml')], { encoding: 'utf8' }).stdout.trim()).toBe('real.yaml');
});

it.runIf(hasTmux)('a report over the questionnaire or a system file is refused before the first question, not after the last', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-inputs');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  cloud: yes\n', ''));
  const before = read(dir, 'sys.answers.yaml');
  for (const [output, role] of [['sys.yaml', 'questionnaire'], ['systems/social-care.yaml', 'system file']] as const) {
    start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '-o', output, ...TODAY]);
    // Used to walk every open question, save them, and only then refuse the report.
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`${output}: cannot write: it is the ${role} this run reads (${output}); choose another file\n`);
    expect(terminal.drawn(dir)).not.toContain('Type a number');
    expect(read(dir, 'sys.answers.yaml')).toBe(before);
  }
});
