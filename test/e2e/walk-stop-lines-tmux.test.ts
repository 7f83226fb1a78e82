import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// What a walk says when it stops, at 80 columns with the prompts on the terminal itself: that it
// says only what is on disk, and that the command it gives stands apart and runs the same walk again.
const terminal = tmuxTerminal('stop-lines', { width: 80, height: 30 });
const { historyText, joinedHistoryText, screenText, waitFor, waitForScreen, keys, startOnScreen, start, ended } = terminal;
afterAll(() => terminal.kill());

const OUTCOMES = join(repoRoot, 'test/fixtures/outcome-walk/two-outcomes.yaml');

it.runIf(hasTmux)('Ctrl-C at "Carry on with them?" says nothing new was saved, and the file is unchanged', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stop-lines-'));
  const made = await runBinary({ args: ['init', '-q', 'cyber-essentials-readiness', '--today', '2026-11-23'], cwd: dir });
  expect(made.code).toBe(0);
  const before = readFileSync(join(dir, 'cyber-ready-answers.yaml'), 'utf8');
  startOnScreen(dir, ['assess', '--today', '2026-11-23']);
  await waitForScreen('Carry on with');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const said = joinedHistoryText().replace(/\s+/g, ' ');
  // Was "Your answers so far are saved in cyber-ready-answers.yaml", of a file this run never wrote.
  expect(said).toContain('Stopped. Nothing new was saved: cyber-ready-answers.yaml is unchanged. Carry on with: cyber-ready assess --answers cyber-ready-answers.yaml --today 2026-11-23');
  expect(said).not.toContain('saved in');
  expect(readFileSync(join(dir, 'cyber-ready-answers.yaml'), 'utf8')).toBe(before);
});

it.runIf(hasTmux)('a new file stopped at the assessor prompt is said to hold no answers yet', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stop-lines-'));
  startOnScreen(dir, ['assess', '-q', 'cyber-essentials-readiness', '--today', '2026-11-23', '--save', 'new.yaml']);
  await waitForScreen('? Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('? Your name or role');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const said = joinedHistoryText().replace(/\s+/g, ' ');
  expect(said).toContain('Stopped. new.yaml is saved, with no answers yet. Carry on with: cyber-ready assess --answers new.yaml --today 2026-11-23');
  expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toContain('organisation: Test Council');
});

it.runIf(hasTmux)("a new file stopped after an outcome's first statement is said to hold the answers so far", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stop-lines-'));
  startOnScreen(dir, ['assess', '-q', OUTCOMES, '--today', '2026-11-23', '--save', 'new.yaml']);
  await waitForScreen('? Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('? Your name or role');
  await keys('Tester', 'Enter');
  await waitFor(() => screenText().includes('? BK.NA.1'), 'the first statement');
  await keys('Enter');
  await waitFor(() => screenText().includes('? BK.PA.1'), 'the second statement');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const said = joinedHistoryText().replace(/\s+/g, ' ');
  // Was "new.yaml is saved, with no answers yet", of a file holding the statement just answered.
  expect(said).toContain('Stopped. Your answers so far are saved in new.yaml.');
  expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toMatch(/BK\.NA\.1: (true|false)/);
});

// The stop at an outcome's status says what was not confirmed, then the command: on a line of its
// own (it ended the paragraph's last line, read on as the end of its sentence), naming the answers
// file quoted for the shell and every option that changes what the walk does or how it judges.
it.runIf(hasTmux)("a stop at an outcome's status gives the command on its own line, with the walk's options", { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stop-lines-'));
  const args = ['assess', '-q', OUTCOMES, '--today', '2026-11-23', '--min-score', '50', '--fail-on', 'high', '--fail-on-stale', '--save', "'my answers.yaml'"];
  startOnScreen(dir, args);
  await waitForScreen('? Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('? Your name or role');
  await keys('Tester', 'Enter');
  for (const id of ['BK.NA.1', 'BK.PA.1', 'BK.A.1', 'BK.A.2']) {
    await waitFor(() => screenText().includes(`? ${id}`), `statement ${id}`);
    await keys('Enter');
  }
  await waitForScreen('The statements show:');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const command = `cyber-ready assess -q ${OUTCOMES} --answers 'my answers.yaml' --today 2026-11-23 --min-score 50 --fail-on high --fail-on-stale`;
  // The sentence before it ends the line; the command starts the next (at the margin, as it is too
  // long to indent: the terminal wraps it softly, and -J joins it again).
  expect(historyText()).toMatch(/\(--review will\)\. Carry on with:\n/);
  expect(joinedHistoryText()).toContain(`Carry on with:\n${command}\n`);
  // The command as printed runs in a shell: the same file, judged on the same day by the same gates.
  const run = spawnSync('bash', ['-c', `${command.replace(/^cyber-ready/, `node ${binPath}`)} --no-interactive --allow-incomplete --format json`], { cwd: dir, encoding: 'utf8' });
  expect(run.stderr).not.toContain('error');
  const report = JSON.parse(run.stdout) as { today: string; answersFile: string; gates: { id: string }[] };
  expect([report.today, report.answersFile, report.gates.map((g) => g.id)]).toEqual(['2026-11-23', 'my answers.yaml', ['min-score', 'fail-on', 'stale']]);
});

// A plain walk's report is read aloud once: "and more" at the end of what --detail adds named
// nothing a screen-reader user could go back to.
it.runIf(hasTmux)('the report at the end of a --plain walk names everything --detail adds, never "and more"', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stop-lines-'));
  cpSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.yaml'));
  writeFileSync(join(dir, 'a.yaml'), readFileSync(join(dir, 'a.yaml'), 'utf8').replace(/^ {2}gov-siro: yes$/m, '  gov-siro:'));
  // The report goes to report.txt, laid out for 80 columns as on the terminal it is read from.
  start(dir, ['assess', '--plain', '--answers', 'a.yaml', '--today', '2026-11-23'], 'COLUMNS=80 ');
  await waitForScreen('Type a number from 1 to 2:');
  await keys('-', 'Enter'); // skip it: one more thing --detail lists
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const report = readFileSync(join(dir, 'report.txt'), 'utf8').replace(/\s+/g, ' ');
  expect(report).toContain('1 not answered, 3 "don\'t know", 4 not applicable, 1 profile, frameworks.');
  expect(report).not.toContain('and more');
});
