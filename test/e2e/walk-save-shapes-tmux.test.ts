import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';

// Answers files written by hand in shapes the walk met rarely (SPEC "v2: writing files safely": an
// interactive save is a minimal edit). A last line without a line break took the next answer onto
// it: the file no longer loaded, or the answer went into that line's comment and was lost while the
// walk said it was saved. Answers written as a flow mapping had the whole file written again by the
// YAML library, folded text, comment spacing and the fields of the answer being changed included.
// A file edited elsewhere during the walk (an editor) had those edits replaced by the next save.
// And the reports a walk writes at its end: --report was not written at all, and a mistake in -o was
// found only after the last answer.
const terminal = tmuxTerminal('walk-save-shapes', { width: 100, height: 40 });
const { waitForScreen, keys, start, ended } = terminal;

afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

it.runIf(hasTmux)('a walk adds answers after a last line that has no line break, and edits answers written as a flow mapping in that mapping alone', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-shapes');
  // The organisation's answers as one flow mapping, `owner` left to answer; a folded title and aligned comments around it.
  const main = read(dir, 'sys.answers.yaml')
    .replace('questionnaire: sys\n', 'questionnaire: sys        # aligned by hand\n')
    .replace('organisation: Test Council\n', 'organisation: >-\n  Test\n  Council\n')
    .replace('answers:\n  owner: yes\n  cloud: yes\n', 'answers: {cloud: {value: yes, owner: Jo,   evidence: [Contract]}}   # the council\'s own\n');
  writeFileSync(join(dir, 'sys.answers.yaml'), main);
  // A system's own file with `logged`, the last question, left to answer, and no line break after its last line, a comment.
  const own = read(dir, 'systems/social-care.yaml').replace(/  logged:\n(    .*\n)+$/, '').replace(/\n$/, '').replace(/cloud-backup: yes$/, 'cloud-backup: yes   # checked in May');
  expect(own.endsWith('  cloud-backup: yes   # checked in May')).toBe(true);
  writeFileSync(join(dir, 'systems/social-care.yaml'), own);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await waitForScreen("Are the system's logs collected centrally?");
  await keys('1', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');

  // The answer on a line of its own, the comment kept.
  expect(read(dir, 'systems/social-care.yaml')).toBe(`${own}\n  logged: no\n`);
  // Only the line of the flow mapping differs; the entry changed elsewhere keeps its owner and evidence.
  const after = read(dir, 'sys.answers.yaml');
  // The braces keep the spacing written, inside the entry left alone too; the new answer goes in questionnaire order.
  expect(after).toBe(main.replace(/^answers: .*$/m, "answers: {owner: yes, cloud: {value: yes, owner: Jo,   evidence: [Contract]}}   # the council's own"));
  const check = await runBinary({ args: ['validate', '-q', 'sys.yaml', 'sys.answers.yaml'], cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
});

it.runIf(hasTmux)('a walk writes every --report as well as -o at its end, and refuses a mistake in them before the first question', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-reports');
  const answers = read(dir, 'sys.answers.yaml').replace('  owner: yes\n', '');
  writeFileSync(join(dir, 'sys.answers.yaml'), answers);
  const base = ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01'];
  const refusals: [string[], string][] = [
    [['-o', './sys.answers.yaml'], './sys.answers.yaml: cannot write: it is the answers file this run reads (sys.answers.yaml); choose another file'],
    [['--report', 'json=missing/r.json'], 'missing/r.json: cannot write: its folder does not exist'],
    [['--report', 'json=systems'], 'systems: cannot write: is a folder'],
    [['-o', 'r.md', '--report', 'markdown=./r.md'], 'r.md: cannot write: it is the same file as ./r.md, also written by this run; choose another file'],
  ];
  for (const [args, message] of refusals) {
    start(dir, [...base, ...args]);
    expect(await ended(dir)).toBe('2');
    expect(read(dir, 'stderr.txt')).toBe(`${message}\n`);
    expect(read(dir, 'sys.answers.yaml')).toBe(answers);
  }
  // A new answers file is not there yet, and is still not a place for a report.
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '--save', 'new.yaml', '-o', `${dir}/new.yaml`]);
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(`${dir}/new.yaml: cannot write: it is the answers file this run saves into (new.yaml); choose another file\n`);
  expect(existsSync(join(dir, 'new.yaml'))).toBe(false);

  start(dir, [...base, '--report', 'json=r.json', '--report', 'sarif=r.sarif', '-o', 'r.md']);
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('0');
  expect(JSON.parse(read(dir, 'r.json')).questionnaire.id).toBe('sys');
  expect(JSON.parse(read(dir, 'r.sarif')).version).toBe('2.1.0');
  expect(read(dir, 'r.md')).toMatch(/^Systems questionnaire \(sys 1\.0\.0\)\n/);
  expect(read(dir, 'report.txt')).toBe('');
});

it.runIf(hasTmux)('a walk never saves over changes made to its files by something else while it waits, and says how to carry on', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-edited');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  writeFileSync(join(dir, 'systems/social-care.yaml'), read(dir, 'systems/social-care.yaml').replace('  mfa: no\n', ''));
  const base = ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01'];

  // The answers file, edited while the first question waits.
  start(dir, base);
  await waitForScreen('Is there a named senior owner?');
  const edited = read(dir, 'sys.answers.yaml').replace('answers:\n', 'answers:\n  # Checked with the SIRO on Monday.\n');
  writeFileSync(join(dir, 'sys.answers.yaml'), edited);
  await keys('2', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toContain(
    'sys.answers.yaml: cannot save: the file was changed by something else during the walk (an editor?); this answer is not saved, so that those changes are kept; run the same command again to carry on from the file as it is now\n',
  );
  expect(read(dir, 'sys.answers.yaml')).toBe(edited);

  // Run again: it carries on from the edited file, and a system's own file is guarded the same way.
  start(dir, base);
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await waitForScreen('Does the system need multi-factor sign-in?');
  // Above the comment, which is read as the next answer's own: it names no section, and no other answer tells.
  expect(read(dir, 'sys.answers.yaml')).toBe(edited.replace('answers:\n  # Checked with the SIRO on Monday.\n', 'answers:\n  owner: yes\n  # Checked with the SIRO on Monday.\n'));
  const own = `${read(dir, 'systems/social-care.yaml')}  # Reviewed by the system owner.\n`;
  writeFileSync(join(dir, 'systems/social-care.yaml'), own);
  await keys('1', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toContain('systems/social-care.yaml: cannot save: the file was changed by something else during the walk');
  expect(read(dir, 'systems/social-care.yaml')).toBe(own);
});

// Was: every such refusal said "this answer is not saved", also of the organisation, a new system
// or the questionnaire's version, where no answer was lost.
it.runIf(hasTmux)('a save refused for a change made by something else names what it was saving', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-edited-header');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('organisation: Test Council\n', "organisation: ''\n").replace('  owner: yes\n', ''));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Organisation');
  const edited = `# Kept by the IG team.\n${read(dir, 'sys.answers.yaml')}`;
  writeFileSync(join(dir, 'sys.answers.yaml'), edited);
  await keys('Test Council', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe(
    'sys.answers.yaml: cannot save: the file was changed by something else during the walk (an editor?); the organisation is not saved, so that those changes are kept; run the same command again to carry on from the file as it is now\n',
  );
  expect(read(dir, 'sys.answers.yaml')).toBe(edited);
});

it.runIf(hasTmux)('a changed note or reason written as folded text is replaced on its own line; the next answer stays whole', { timeout: 60_000 }, async () => {
  // Its line break was replaced with the new text, so the next entry ran on after it: `note: New
  // note  cloud: yes`, which no longer read, and the answer on that line was lost.
  const dir = copySystemsFixture('walk-folded');
  const main = read(dir, 'sys.answers.yaml').replace('  owner: yes\n', '  owner:\n    value: yes\n    note: >-\n      Named in the scheme of delegation,\n      signed off in May.\n');
  writeFileSync(join(dir, 'sys.answers.yaml'), main);
  start(dir, ['assess', '--plain', '--review', '--notes', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Enter keeps Yes:');
  await keys('Enter');
  await waitForScreen('Note (optional; Enter keeps it):');
  await keys('Zoë’s note 🎉', 'Enter');
  await waitForScreen('Do you use cloud services?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'sys.answers.yaml')).toBe(main.replace(/ {4}note: >-\n.*\n.*\n/, '    note: Zoë’s note 🎉\n'));
  const check = await runBinary({ args: ['validate', '-q', 'sys.yaml', 'sys.answers.yaml'], cwd: dir });
  expect(check.code).toBe(0);
});
