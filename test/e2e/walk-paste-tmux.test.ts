import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { linesQuestionnaire } from '../helpers/tiny-questionnaire.js';

// Text pasted from Outlook or Word holds line breaks, often one at its start. Read as typed, each
// was Enter: the full prompts kept the first line and dropped the rest (a paste that started with a
// break was an empty answer), and --plain took each line as the answer to the next question. The
// walk turns on the terminal's bracketed paste while it has the terminal (tmux's `paste-buffer -p`
// marks a paste only then), and reads a paste as one line typed at the prompt, its breaks spaces.
const terminal = tmuxTerminal('walk-paste', { width: 100, height: 40 });
afterAll(() => terminal.kill());
const { start, ended, waitFor, waitForScreen, keys, paste, screenText, drawn } = terminal;

const QUESTIONNAIRE = linesQuestionnaire(
  '{ id: owner, text: Is there a named owner?, type: yes-no }',
  '{ id: plan, text: What is the recovery plan?, type: text }',
  '{ id: tested, text: How are backups tested?, type: text }',
);

// As copied from an email: a line break before the text, one between its lines and one after.
const PASTED = '\nChief Executive named as owner in 2025.\nObjectives for 2026/27 not yet updated.\n';
const AS_ONE_LINE = 'Chief Executive named as owner in 2025. Objectives for 2026/27 not yet updated.';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-walk-paste-'));
  writeFileSync(join(dir, 'lines.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: lines\norganisation: Test Council\nassessor: Tester\nanswers: {}\n');
  return dir;
}

/** Bracketed paste was turned on, and the last the run said of it turned it off again. */
function modeOnThenOff(dir: string): void {
  const codes = drawn(dir).match(/\x1b\[\?2004[hl]/g) ?? [];
  expect(codes[0]).toBe('\x1b[?2004h');
  expect(codes.at(-1)).toBe('\x1b[?2004l');
}

it.runIf(hasTmux)('a note pasted over several lines is saved whole, as one line, and the next question is left unanswered', { timeout: 60_000 }, async () => {
  const dir = folder();
  start(dir, ['assess', '-q', 'lines.yaml', '--answers', 'a.yaml', '--notes', '--today', '2026-12-06']);
  await waitForScreen('? Is there a named owner?');
  await keys('Enter');
  await waitForScreen('? Note (optional; Enter to leave)');
  await paste(PASTED);
  // On the line after the message, wrapped by the terminal (the screen is 100 wide).
  await waitForScreen('? Note (optional; Enter to leave) Chief Executive named as owner in 2025. Objectives');
  // Still at the note: nothing of the paste was Enter.
  expect(screenText()).toContain('? Note (optional; Enter to leave)');
  await keys('Enter');
  await waitForScreen(`✔ Note: ${AS_ONE_LINE}`);
  await waitForScreen('? What is the recovery plan?');
  await waitFor(() => parse(readFileSync(join(dir, 'a.yaml'), 'utf8')).answers?.owner?.note !== undefined, 'the note to be saved');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(parse(readFileSync(join(dir, 'a.yaml'), 'utf8')).answers).toEqual({ owner: { value: 'no', note: AS_ONE_LINE } });
  modeOnThenOff(dir);
});

it.runIf(hasTmux)('--plain: a text answer pasted over several lines is saved whole, as one line, and answers no other question', { timeout: 60_000 }, async () => {
  const dir = folder();
  start(dir, ['assess', '--plain', '-q', 'lines.yaml', '--answers', 'a.yaml', '--today', '2026-12-06']);
  await waitForScreen('Type a number from 1 to 2:');
  await keys('2', 'Enter');
  await waitForScreen('What is the recovery plan?');
  await paste(PASTED);
  await keys('Enter');
  await waitForScreen(`Recorded: ${AS_ONE_LINE}`);
  await waitForScreen('How are backups tested?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(parse(readFileSync(join(dir, 'a.yaml'), 'utf8')).answers).toEqual({ owner: 'yes', plan: AS_ONE_LINE });
  // The question after it was asked once and not answered.
  expect(drawn(dir).split('How are backups tested?').length - 1).toBe(1);
  expect(drawn(dir)).not.toContain('Recorded: Objectives');
  modeOnThenOff(dir);
});
