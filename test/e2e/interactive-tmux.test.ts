import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal, withoutPasteMode } from '../helpers/tmux.js';

// The interactive mode is driven the way a person drives it: keys typed into a real terminal.
const terminal = tmuxTerminal('test');
const { screenText, waitFor, waitForScreen, keys, start } = terminal;

it.runIf(hasTmux)('--no-interactive on a terminal stops at once with a hint instead of asking, naming --no-interactive as the reason (not a missing terminal)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
  start(dir, ['assess', '--no-interactive']);
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('2');
  expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('cyber-ready: no answers to assess, and --no-interactive says not to ask for them; pass --answers FILE (or - for standard input), or leave out --no-interactive to be asked\n');
});

it.runIf(hasTmux)('--save into a folder that does not exist fails before asking anything', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
  start(dir, ['assess', '--save', 'nodir/x.yaml']);
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('2');
  expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('nodir/x.yaml: cannot save answers here: its folder does not exist\n');
});

it.runIf(hasTmux)('TERM=dumb gives the plain prompts: one line each, numbered options, no cursor or colour codes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
  start(dir, ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '-q', 'mini', '--today', '2026-11-23', '--save', 'plain.yaml'], 'TERM=dumb ');
  await waitForScreen('Organisation (for example');
  await keys('Plain Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('Type a number from 1 to 4');
  expect(screenText()).toContain('  3.   Partly in place');
  expect(screenText()).toContain("  ?    Don't know");
  expect(screenText()).toContain('Question 1 of 9, 0 answered.');
  await keys('7', 'Enter');
  await waitForScreen("Type a number from 1 to 4, or type don't know or skip.");
  await keys('3', 'Enter');
  await waitForScreen('Recorded: Partly in place.');
  await waitForScreen('Is there a budget?');
  await keys('Yes', 'Enter'); // any case
  await waitForScreen('Recorded: Yes.');
  await keys('-', 'Enter'); // skip the free text
  await waitForScreen('Do you take card payments?');
  await keys('<', 'Enter'); // back to the free text
  await waitForScreen('Type your answer');
  await keys('Nothing', 'Enter');
  await waitForScreen('Do you take card payments?');
  await keys('1', 'Enter'); // No
  await waitForScreen('Which services do you use?');
  await keys('1 2', 'Enter');
  await waitForScreen('Days to patch');
  await keys('14 days', 'Enter');
  await waitForScreen('Recorded: 14 days.');
  await keys('?', 'Enter'); // operational technology: don't know
  await waitForScreen("Recorded: Don't know.");
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  const drawn = terminal.drawn(dir);
  // Nothing a screen reader would read twice or as noise: no escape codes, no drawn bar.
  expect(drawn).toContain('Recorded: Partly in place.');
  expect(drawn).not.toContain('\u001b');
  expect(drawn).not.toContain('█');
  // Standard error (a file here) carries warnings and errors, and there were none.
  expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('');
  expect(readFileSync(join(dir, 'plain.yaml'), 'utf8')).toContain('answers:\n  owner: partly\n  budget: yes\n  notes: Nothing\n  cards: no\n  services: [dns, mail]\n  patch-days: 14\n  has-ot: { status: unknown }\n');
}, 60_000);

it.runIf(hasTmux)('--plain asks line by line on any terminal; Ctrl-C (a signal in this mode) and end of input stop with nothing lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
  start(dir, ['assess', '--plain', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '-q', 'mini', '--today', '2026-11-23', '--save', 'plain.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('Plain Council', 'Enter', 'Enter');
  await waitForScreen('  1.   Not in place');
  await keys('2', 'Enter');
  await waitForScreen('Recorded: Planned.');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  await waitFor(() => terminal.drawn(dir).includes('Your answers so far are saved in plain.yaml.'), 'the stop to be said');
  // End of input (Ctrl-D) on the resumed walk stops the same way.
  start(dir, ['assess', '--plain', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--today', '2026-11-23', '--answers', 'plain.yaml']);
  await waitForScreen('Is there a budget?');
  await keys('C-d');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the resumed run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  // Nothing was saved by the resumed run, and the stop says so (it said "Your answers so far are saved").
  await waitFor(() => terminal.drawn(dir).includes('Nothing new was saved: plain.yaml is unchanged.'), 'the stop to be said');
  expect(withoutPasteMode(terminal.drawn(dir))).not.toContain('\u001b');
  expect(readFileSync(join(dir, 'plain.yaml'), 'utf8')).toContain('answers:\n  owner: planned\n');
});

afterAll(() => terminal.kill());

it.runIf(hasTmux)('a template from init is resumed with the organisation and assessor asked first, filled in where they are', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
  const qdir = ['--questionnaire-dir', join(repoRoot, 'test/fixtures/valid')];
  const made = spawnSync(process.execPath, [binPath, 'init', ...qdir, '-q', 'mini', '--today', '2026-11-23', '-o', 'readiness.yaml'], { cwd: dir, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const template = readFileSync(join(dir, 'readiness.yaml'), 'utf8');
  start(dir, ['assess', '--plain', ...qdir, '--today', '2026-11-23', '--answers', 'readiness.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('Wrenford Borough Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Head of ICT', 'Enter');
  await waitForScreen('  1.   Not in place');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  // Only the two values changed: the template's comments and layout are as init wrote them.
  const saved = readFileSync(join(dir, 'readiness.yaml'), 'utf8');
  expect(saved).toBe(template.replace('organisation: ""', 'organisation: Wrenford Borough Council').replace('assessor: ""', 'assessor: Head of ICT'));
  // Asked once: the next run goes straight to the questions.
  start(dir, ['assess', '--plain', ...qdir, '--today', '2026-11-23', '--answers', 'readiness.yaml']);
  await waitForScreen('  1.   Not in place');
  expect(screenText()).not.toContain('Organisation (for example');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the second run to end');
});

describe('cyber-ready assess in a real terminal', () => {
  it('needs tmux, which the machine image provides', () => {
    expect(hasTmux, 'tmux is needed for the interactive end-to-end test (apt-get install tmux)').toBe(true);
  });

  it.runIf(hasTmux)('saves every answer, exits 130 on Ctrl-C, resumes (with notes), ends with the report, and reviews', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tty-'));
    const common = ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '-q', 'mini', '--today', '2026-11-23'];
    start(dir, [...common, '--save', 'readiness.yaml']);
    await waitForScreen('Organisation');
    await keys('Test Council', 'Enter');
    await waitForScreen('assessor');
    await keys('Tester', 'Enter');
    await waitForScreen('Is there a named senior owner?');
    await keys('Down', 'Down', 'Enter'); // Partly in place
    await waitForScreen('Is there a budget?');
    await keys('Down', 'Enter'); // Yes (No comes first: worst first)
    await waitForScreen('Anything else?');
    await keys('C-c');
    await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the first run to end');
    expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
    // The command to carry on with names the questionnaire's folder as this run was given it: the
    // answers file names only the id, which is not found without the folder. `-q mini` is left out,
    // as the file names that id itself.
    const carryOn = `cyber-ready assess --questionnaire-dir ${join(repoRoot, 'test/fixtures/valid')} --answers readiness.yaml --today 2026-11-23`;
    await waitFor(() => terminal.drawn(dir).replace(/\n {0,2}/g, ' ').includes(`Your answers so far are saved in readiness.yaml. Carry on with: ${carryOn}`), 'the stop to be said');
    const asPrinted = spawnSync(process.execPath, [binPath, ...carryOn.split(' ').slice(1), '--no-interactive'], { cwd: dir, encoding: 'utf8' });
    expect(asPrinted.stderr).toMatch(/^readiness\.yaml:\d+:\d+: \d+ of the \d+ questions to answer have no answer yet/);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('');
    const saved = readFileSync(join(dir, 'readiness.yaml'), 'utf8');
    expect(saved).toMatch(/^# yaml-language-server: \$schema=/);
    expect(saved).toContain('organisation: Test Council\nassessor: Tester\nassessedOn: 2026-11-23\nanswers:\n  owner: partly\n  budget: yes\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Resume: only the unanswered questions are asked.
    // With --notes, every answer is followed by an optional note.
    start(dir, [...common.filter((a) => a !== '-q' && a !== 'mini'), '--answers', 'readiness.yaml', '--notes']);
    await waitForScreen('Resuming readiness.yaml: 2 answers so far.');
    await waitForScreen('Anything else?');
    await keys('Nothing to add', 'Enter');
    await waitForScreen('Note (optional');
    await keys('Enter');
    await waitForScreen('Do you take card payments?');
    await keys('Enter'); // No, the first option: the PCI question is hidden
    await waitForScreen('Note (optional');
    await keys('Enter');
    await waitForScreen('Which services do you use?');
    await keys('Space', 'Enter'); // Protective DNS
    await waitForScreen('Note (optional');
    await keys('Signed up in March', 'Enter');
    await waitForScreen('Days to patch critical vulnerabilities?');
    await keys('abc', 'Enter');
    await waitForScreen('Type a number');
    await keys('BSpace', 'BSpace', 'BSpace', '14', 'Enter');
    await waitForScreen('Note (optional');
    await keys('Enter');
    await waitForScreen('Do you run operational technology?');
    await keys('Enter'); // No
    await waitForScreen('Note (optional');
    await keys('Enter');
    await waitForScreen('Write the markdown report');
    await keys('Enter'); // yes
    await waitForScreen('File name');
    await keys('Enter'); // the default name
    await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the second run to end');
    expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('0');

    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    // Standard output is the report alone: no prompt reached it.
    expect(report).toMatch(/^Mini questionnaire \(mini 1\.2\.0\)\nTest Council, assessed by Tester, on 2026-11-23 · cyber-ready /);
    for (const promptMark of ['✔', '❯', 'Write the markdown report', 'Organisation (']) expect(report).not.toContain(promptMark);
    expect(report).toMatch(/\nOverall \d+\/100 .*\n$/);
    expect(readFileSync(join(dir, 'cyber-ready-report.md'), 'utf8')).toMatch(/^# Test Council: Mini questionnaire\n/);
    expect(readFileSync(join(dir, 'readiness.yaml'), 'utf8')).toContain(
      'answers:\n  owner: partly\n  budget: yes\n  notes: Nothing to add\n  cards: no\n  services: { value: [dns], note: Signed up in March }\n  patch-days: 14\n  has-ot: no\n',
    );
    const check = spawnSync(process.execPath, [binPath, 'validate', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), join(dir, 'readiness.yaml')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);

    // --review walks every question with the saved answers as defaults; accepting them all keeps them.
    const before = readFileSync(join(dir, 'readiness.yaml'), 'utf8');
    start(dir, [...common.filter((a) => a !== '-q' && a !== 'mini'), '--answers', 'readiness.yaml', '--review']);
    await waitForScreen('❯ Partly in place');
    // One Enter per question, each after the previous answer is echoed: an Enter typed ahead while
    // the report is being made (slow on a loaded machine) would answer the next prompt instead.
    const echoed = (): number => (screenText().match(/✔/g) ?? []).length;
    for (let i = 0; i < 7; i++) {
      const before = echoed();
      await keys('Enter');
      await waitFor(() => echoed() > before, `answer ${i + 1} of the review`);
    }
    await waitForScreen('Write the markdown report');
    await keys('n', 'Enter');
    await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the review run to end');
    expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('0');
    expect(readFileSync(join(dir, 'readiness.yaml'), 'utf8')).toBe(before);

    // Stopped half way through a review, the command to carry on with reviews again: without
    // --review it would only print the report, as every question has an answer.
    start(dir, [...common.filter((a) => a !== '-q' && a !== 'mini'), '--answers', 'readiness.yaml', '--review']);
    await waitForScreen('❯ Partly in place');
    await keys('C-c');
    await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the stopped review to end');
    expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
    await waitFor(() => terminal.drawn(dir).replace(/\n {0,2}/g, ' ').includes(`Carry on with: ${carryOn} --review`), 'the stop to name --review');
    expect(readFileSync(join(dir, 'readiness.yaml'), 'utf8')).toBe(before);
  }, 120_000);
});
