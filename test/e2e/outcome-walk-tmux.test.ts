import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// An outcome in a real terminal: statement by statement, stopped half way and resumed inside the
// outcome, then the derived status confirmed for one outcome and replaced, with a reason, for the other.
const terminal = tmuxTerminal('outcome', { width: 100, height: 40 });
const { screenText, waitFor, keys } = terminal;
const QUESTIONNAIRE = join(repoRoot, 'test/fixtures/outcome-walk/two-outcomes.yaml');

/** Wait for a statement's prompt, then press the keys that answer it. */
async function answer(id: string, ...k: string[]): Promise<void> {
  await waitFor(() => screenText().includes(`? ${id}`), `statement ${id}`);
  await keys(...k);
  await waitFor(() => !screenText().includes(`? ${id}`), `statement ${id} to be answered`);
}

afterAll(() => terminal.kill());

/** A new walk into answers.yaml in a new folder, past the organisation and assessor prompts. */
async function startNewWalk(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-'));
  terminal.start(dir, ['assess', '-q', QUESTIONNAIRE, '--today', '2026-11-23', '--save', 'answers.yaml']);
  await waitFor(() => screenText().includes('Organisation'), 'the organisation prompt');
  await keys('Test Council', 'Enter');
  await waitFor(() => screenText().includes('assessor'), 'the assessor prompt');
  await keys('Tester', 'Enter');
  return dir;
}

/** The second outcome's statements answered (False, True), then "Record another status": at its justification. */
async function toAccessJustification(): Promise<void> {
  await answer('AC.NA.1', 'Down', 'Enter'); // False
  await answer('AC.A.1', 'Up', 'Enter'); // True
  await waitFor(() => screenText().includes('The statements show: achieved.'), 'the second derived status');
  await keys('Down', 'Enter'); // Record another status
  // Not achieved is the only other status, so it is not asked for.
  await waitFor(() => screenText().includes('Why not achieved?'), 'the justification');
}

it.runIf(hasTmux)('asks each indicator as a statement, resumes inside an outcome, and confirms or replaces the derived status', { timeout: 90_000 }, async () => {
  const dir = await startNewWalk();
  await waitFor(() => screenText().includes('Statement 1 of 4. Not achieved if this is true:'), 'progress within the outcome');

  // True comes first on every statement; the cursor starts on the answer that flatters least (True on a
  // "not achieved" statement, False on the others), so a hurried Enter never flatters.
  await answer('BK.NA.1', 'Down', 'Enter'); // False
  await answer('BK.PA.1', 'Up', 'Enter'); // True
  await answer('BK.A.1', 'Enter'); // False
  await waitFor(() => screenText().includes('? BK.A.2'), 'the last statement');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toContain('  backups:\n    indicators:\n      BK.NA.1: false\n      BK.PA.1: true\n      BK.A.1: false\n');

  // Resumed, the walk starts inside the outcome at the statement still open.
  terminal.start(dir, ['assess', '-q', QUESTIONNAIRE, '--answers', 'answers.yaml', '--today', '2026-11-23']);
  await waitFor(() => screenText().includes('Statement 4 of 4'), 'the open statement');
  await answer('BK.A.2', 'Up', 'Enter'); // True
  await waitFor(() => screenText().includes('The statements show: partially achieved.'), 'the derived status');
  await keys('Enter'); // Confirm
  await toAccessJustification();
  await keys('Enter');
  await waitFor(() => screenText().includes('Say why the status differs'), 'the justification to be required');
  // "<" is no reason: it goes back to the choice.
  await keys('<', 'Enter');
  await waitFor(() => screenText().includes('Record another status'), 'the choice again');
  await keys('Down', 'Enter');
  await waitFor(() => screenText().includes('Why not achieved?'), 'the justification again');
  await keys('Leavers report from HR is a month late', 'Enter');
  await waitFor(() => screenText().includes('Write the markdown report'), 'the end of the walk');
  await keys('n', 'Enter');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to end');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('0');

  const saved = readFileSync(join(dir, 'answers.yaml'), 'utf8');
  expect(saved).toContain('      BK.A.1: false\n      BK.A.2: true\n');
  expect(saved).not.toMatch(/backups:[\s\S]*confirmed:[\s\S]*access:/);
  expect(saved).toMatch(/ {2}access:\n {4}indicators:\n {6}AC\.NA\.1: false\n {6}AC\.A\.1: true\n {4}confirmed: not-achieved\n {4}justification: Leavers report from HR is a month late\n/);
  const report = readFileSync(join(dir, 'report.txt'), 'utf8');
  expect(report).toContain('2 gaps, most urgent first');
  const json = await runBinary({ args: ['assess', '-q', QUESTIONNAIRE, '--answers', join(dir, 'answers.yaml'), '--today', '2026-11-23', '--format', 'json'] });
  const a = JSON.parse(json.stdout) as { questions: { id: string; outcome: { derived: string; confirmed: string | null } }[] };
  expect(a.questions.map((q) => [q.id, q.outcome.derived, q.outcome.confirmed])).toEqual([
    ['backups', 'partially-achieved', null],
    ['access', 'achieved', 'not-achieved'],
  ]);
});

// An outcome counts as answered once its statements are saved, so a walk stopped while the assessor
// was recording another status does not come back to it: the stop says so, and how to get back to it.
it.runIf(hasTmux)('a stop while recording another status says that carrying on will not ask it again', { timeout: 90_000 }, async () => {
  const dir = await startNewWalk();
  for (const id of ['BK.NA.1', 'BK.PA.1', 'BK.A.1', 'BK.A.2']) await answer(id, 'Enter');
  await waitFor(() => screenText().includes('The statements show:'), 'the first derived status');
  await keys('Enter'); // Confirm
  await toAccessJustification();
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('130');
  const said = terminal.joinedHistoryText().replace(/\s+/g, ' ');
  expect(said).toContain('The status of "Only the right people can reach the systems behind essential services" (access) was not confirmed: it stands as its saved statements give it, achieved, and carrying on will not ask again (--review will).');
  // Both outcomes' statements are saved, and no status was recorded for either.
  const saved = readFileSync(join(dir, 'answers.yaml'), 'utf8');
  expect(saved).toMatch(/ {2}access:\n {4}indicators:\n {6}AC\.NA\.1: false\n {6}AC\.A\.1: true\n/);
  expect(saved).not.toContain('confirmed:');
  // Which is what it said: carrying on finds nothing to ask and reports "access" as achieved.
  const json = await runBinary({ args: ['assess', '-q', QUESTIONNAIRE, '--answers', join(dir, 'answers.yaml'), '--today', '2026-11-23', '--format', 'json'] });
  const a = JSON.parse(json.stdout) as { questions: { id: string; status: string; outcome: { derived: string; confirmed: string | null } }[] };
  expect(a.questions.find((q) => q.id === 'access')?.outcome).toMatchObject({ derived: 'achieved', confirmed: null });
});

it.runIf(hasTmux)('skipping an outcome at a statement says the rest of the outcome is skipped with it', { timeout: 60_000 }, async () => {
  const dir = await startNewWalk();
  await answer('BK.NA.1', 'Down', 'Down', 'Down', 'Enter'); // Skip this outcome for now
  await waitFor(() => screenText().includes('? AC.NA.1'), 'the next outcome');
  expect(screenText()).toContain('✔ BK.NA.1 Skipped for now, with the rest of this outcome');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).not.toContain('backups:');
});

// A walk's review found it: a stop at the status of an outcome whose status was recorded earlier
// (another than its statements give) said it "stands as its saved statements give it", while the
// file, which a stop does not touch, kept the recorded status.
it.runIf(hasTmux)('a stop at an outcome with a recorded status says the recorded status stays', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-'));
  const text = [
    'questionnaire: two-outcomes',
    'organisation: Test Council',
    'answers:',
    '  backups:',
    '    indicators: { BK.NA.1: false, BK.PA.1: true, BK.A.1: true, BK.A.2: true }',
    '    confirmed: partially-achieved',
    '    justification: Restore not tested since the move',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'answers.yaml'), text);
  terminal.start(dir, ['assess', '-q', QUESTIONNAIRE, '--answers', 'answers.yaml', '--today', '2026-11-23']);
  await waitFor(() => screenText().includes('? AC.NA.1'), 'the open outcome');
  await keys('b', 'Enter'); // Back, to the outcome before: at its status
  await waitFor(() => screenText().includes('Keep the recorded status: partially achieved'), 'the recorded status offered');
  await keys('C-c');
  await waitFor(() => existsSync(join(dir, 'exit.txt')), 'the run to stop');
  const said = terminal.joinedHistoryText().replace(/\s+/g, ' ');
  expect(said).toContain('The status of "Backups let the council restore its essential services" (backups) was not confirmed: it stays as recorded before, partially achieved (its statements give achieved), and carrying on will not ask again (--review will).');
  expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toBe(text);
});
