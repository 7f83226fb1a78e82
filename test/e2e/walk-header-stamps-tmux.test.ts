import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// A second-year re-assessment: the guided walk never touched `assessedOn` or `questionnaireVersion`
// of a file it resumed, so the board papers gave the day the template was made as the day of the
// assessment (and benchmark and trend ordered by it), and a file of an older minor version warned
// "check for new or changed questions" on every run, even once the walk had asked every new
// question. A change saved now dates the answers file (a system's own file's too), and a walk that
// leaves every question answered moves `questionnaireVersion` up in every file, each a one-line edit.
const terminal = tmuxTerminal('walk-header-stamps', { width: 80, height: 30 });
const { screenText, waitFor, waitForScreen, keys, start, ended, answerYes, declinePaper, drawn } = terminal;
afterAll(() => terminal.kill());

const MAIN = 'sys.answers.yaml';
const OWN = 'systems/social-care.yaml';
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const change = (dir: string, file: string, from: string, to: string): void => {
  const text = read(dir, file);
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(join(dir, file), text.replace(from, to));
};

/**
 * The systems fixture with the answers file dated `assessedOn`, and the questionnaire at `version`
 * (the answers say 1.0.0). Its one stale answer loses its review date: a review may ask about that.
 */
function fixture(prefix: string, { assessedOn, version }: { assessedOn: string; version: string }): string {
  const dir = copySystemsFixture(prefix);
  change(dir, MAIN, 'organisation: Test Council\n', `organisation: Test Council\nassessedOn: ${assessedOn}\n`);
  change(dir, OWN, '    reviewBy: 2026-10-01\n', '');
  change(dir, 'sys.yaml', 'version: 1.0.0\n', `version: ${version}\n`);
  return dir;
}

const walk = (review = false): string[] => ['assess', '--plain', '-q', 'sys.yaml', '-a', MAIN, ...(review ? ['--review'] : []), '--today', '2026-12-05'];
/** What the walk drew, each run of spaces and line ends as one space: its lines whatever their wrapping. */
const said = (dir: string): string => drawn(dir).replace(/\s+/g, ' ');

it.runIf(hasTmux)("an answer saved into a system's own file dates the answers file too; the last new question moves both files to the questionnaire's version, BOM and CRLF kept", { timeout: 90_000 }, async () => {
  const dir = fixture('stamps-crlf', { assessedOn: '2026-11-20', version: '1.1.0' });
  change(dir, OWN, '  mfa: no\n', '');
  for (const file of [MAIN, OWN]) writeFileSync(join(dir, file), `\uFEFF${read(dir, file).replace(/\n/g, '\r\n')}`);
  const before = { main: read(dir, MAIN), own: read(dir, OWN) };

  start(dir, walk());
  await answerYes(1);
  expect(await declinePaper(dir)).toBe('0');
  expect(read(dir, MAIN)).toBe(before.main.replace('questionnaireVersion: 1.0.0\r\n', 'questionnaireVersion: 1.1.0\r\n').replace('assessedOn: 2026-11-20\r\n', 'assessedOn: 2026-12-05\r\n'));
  expect(read(dir, OWN)).toBe(before.own.replace('questionnaireVersion: 1.0.0\r\n', 'questionnaireVersion: 1.1.0\r\n').replace('  patched: no\r\n', '  patched: no\r\n  mfa: yes\r\n'));
  expect(said(dir)).toContain(
    'questionnaireVersion is now 1.1.0 (was 1.0.0): every question of 1.1.0 has an answer. To check the answers to questions that changed, go through every answer with: cyber-ready assess -q sys.yaml --answers sys.answers.yaml --plain --today 2026-12-05 --review',
  );
  // Said when the walk starts too: the warning of another version came only with the report, if at all.
  expect(said(dir)).toContain('These answers are for version 1.0.0 of the questionnaire, which is now 1.1.0: questions added since are asked with any others still unanswered; --review goes through every answer.');
  // The report after it is of the files as they are now: no warning of another version.
  expect(read(dir, 'stderr.txt')).not.toContain('check for new or changed questions');
});

it.runIf(hasTmux)('a walk stopped with a question left keeps the old version; a date ahead of the walk stays; the version moves once every question is answered', { timeout: 90_000 }, async () => {
  const dir = fixture('stamps-stops', { assessedOn: '2026-11-20', version: '1.1.0' });
  change(dir, MAIN, '  owner: yes\n', '');
  change(dir, OWN, '  mfa: no\n', '');
  const before = { main: read(dir, MAIN), own: read(dir, OWN) };

  start(dir, walk());
  await answerYes(1);
  await waitForScreen('Does the system need multi-factor sign-in?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, MAIN)).toBe(before.main.replace('assessedOn: 2026-11-20\n', 'assessedOn: 2026-12-05\n').replace('answers:\n', 'answers:\n  owner: yes\n'));
  expect(read(dir, OWN)).toBe(before.own);

  // Dated ahead of the walk (for the committee that will see it, say): the date is the council's.
  change(dir, MAIN, 'assessedOn: 2026-12-05\n', 'assessedOn: 2027-01-15\n');
  const ahead = read(dir, MAIN);
  start(dir, walk());
  await answerYes(1);
  expect(await declinePaper(dir)).toBe('0');
  expect(read(dir, MAIN)).toBe(ahead.replace('questionnaireVersion: 1.0.0\n', 'questionnaireVersion: 1.1.0\n'));
  expect(read(dir, OWN)).toBe(before.own.replace('questionnaireVersion: 1.0.0\n', 'questionnaireVersion: 1.1.0\n').replace('  patched: no\n', '  patched: no\n  mfa: yes\n'));
});

/** Enter at every prompt of a plain review (each saved answer kept), until the walk offers the board paper. */
async function enterUntilTheEnd(): Promise<void> {
  for (let n = 0; !screenText().includes('Write the markdown report'); n++) {
    if (n > 40) throw new Error(`still walking after 40 prompts; screen:\n${screenText()}`);
    const before = screenText();
    await keys('Enter');
    await waitFor(() => screenText() !== before || screenText().includes('Write the markdown report'), 'the next prompt');
    await new Promise((r) => setTimeout(r, 300));
  }
}

it.runIf(hasTmux)('a review that accepts every answer keeps the date; of an older version, it moves only questionnaireVersion, in every file', { timeout: 180_000 }, async () => {
  const dir = fixture('stamps-review', { assessedOn: '2026-11-20', version: '1.0.0' });
  const before = { main: read(dir, MAIN), own: read(dir, OWN) };
  const inode = statSync(join(dir, MAIN)).ino;
  start(dir, walk(true));
  await waitForScreen('Is there a named senior owner?');
  await enterUntilTheEnd();
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  // README: "A `--review` that accepts every answer leaves the file exactly as it was", its date included.
  expect(read(dir, MAIN)).toBe(before.main);
  expect(read(dir, OWN)).toBe(before.own);
  // Not written again either: an answer kept as it was is no save (a read-only folder refused one).
  expect(statSync(join(dir, MAIN)).ino).toBe(inode);

  // Every answer of 1.1.0 seen and kept: the files now answer it, and still say when they were answered.
  change(dir, 'sys.yaml', 'version: 1.0.0\n', 'version: 1.1.0\n');
  start(dir, walk(true));
  await waitForScreen('Is there a named senior owner?');
  await enterUntilTheEnd();
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, MAIN)).toBe(before.main.replace('questionnaireVersion: 1.0.0\n', 'questionnaireVersion: 1.1.0\n'));
  expect(read(dir, OWN)).toBe(before.own.replace('questionnaireVersion: 1.0.0\n', 'questionnaireVersion: 1.1.0\n'));
  expect(said(dir)).toContain('These answers are for version 1.0.0 of the questionnaire, which is now 1.1.0: this review goes through every answer, new questions among them.');
  // A review has been through every answer already: it is not sent to do it again.
  expect(said(dir)).toContain('questionnaireVersion is now 1.1.0 (was 1.0.0): every question of 1.1.0 has an answer. ');
  expect(said(dir)).not.toContain('--review');
});

it.runIf(hasTmux)("an answer to a system's own file is not saved when the answers file it dates was changed by something else", { timeout: 60_000 }, async () => {
  const dir = fixture('stamps-edited', { assessedOn: '2026-11-20', version: '1.0.0' });
  change(dir, OWN, '  mfa: no\n', '');
  const own = read(dir, OWN);
  start(dir, walk());
  await waitForScreen('Does the system need multi-factor sign-in?');
  change(dir, MAIN, 'answers:\n', 'answers:\n  # Checked with the SIRO on Monday.\n');
  const edited = read(dir, MAIN);
  await keys('2', 'Enter');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toContain('sys.answers.yaml: cannot save: the file was changed by something else during the walk (an editor?); this answer is not saved');
  // Both or neither: the system's answer is not left saved under a date that does not count it.
  expect(read(dir, MAIN)).toBe(edited);
  expect(read(dir, OWN)).toBe(own);
});

it.runIf(hasTmux)('a patch version, which changes only words, is not said at the start, and moves up without sending the assessor to review', { timeout: 60_000 }, async () => {
  const dir = fixture('stamps-patch', { assessedOn: '2026-11-20', version: '1.0.1' });
  change(dir, OWN, '  mfa: no\n', '');
  start(dir, walk());
  await answerYes(1);
  expect(await declinePaper(dir)).toBe('0');
  expect(read(dir, MAIN)).toContain('questionnaireVersion: 1.0.1\n');
  expect(read(dir, OWN)).toContain('questionnaireVersion: 1.0.1\n');
  expect(said(dir)).toContain('questionnaireVersion is now 1.0.1 (was 1.0.0): every question of 1.0.1 has an answer. ');
  expect(said(dir)).not.toContain('These answers are for version');
  expect(said(dir)).not.toContain('To check the answers');
});

it.runIf(hasTmux)("a system's own file of an older version is brought up beside an answers file that is up to date, and the line names it", { timeout: 60_000 }, async () => {
  const dir = fixture('stamps-own-older', { assessedOn: '2026-11-20', version: '1.1.0' });
  change(dir, MAIN, 'questionnaireVersion: 1.0.0\n', 'questionnaireVersion: 1.1.0\n');
  change(dir, OWN, '  mfa: no\n', '');
  const main = read(dir, MAIN);
  start(dir, walk());
  await answerYes(1);
  expect(await declinePaper(dir)).toBe('0');
  expect(read(dir, MAIN)).toBe(main.replace('assessedOn: 2026-11-20\n', 'assessedOn: 2026-12-05\n'));
  expect(read(dir, OWN)).toContain('questionnaireVersion: 1.1.0\n');
  expect(said(dir)).toContain('questionnaireVersion is now 1.1.0 (was 1.0.0 in systems/social-care.yaml): every question of 1.1.0 has an answer. To check');
  expect(read(dir, 'stderr.txt')).not.toContain('check for new or changed questions');
});
