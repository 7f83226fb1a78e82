import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// README: "`--review` walks every question with the saved answers as defaults", and "A `--review`
// that accepts every answer leaves the file exactly as it was". A saved "don't know" or "not
// applicable" is a saved answer too: for every kind of question (the kinds' registry,
// src/questionnaire/kinds/index.ts), Enter at every prompt of a review must keep it, in the
// redrawing walk and in --plain. Before, Enter turned a multiple choice's "not applicable" into
// "don't know" (its reason lost), answered an outcome's "don't know" at its first statement, and
// was refused at a number whose answer was "don't know" or a --plain choice's "not applicable".
const terminal = tmuxTerminal('review-statuses', { width: 80, height: 30 });
const { screenText, waitFor, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

/** One question of every kind, each of which may be answered "not applicable". */
const QUESTIONNAIRE = `id: statuses
version: 1.0.0
title: Every kind of question
sections:
  - id: s
    title: Every kind
    questions:
      - { id: yn, text: Is there a named senior owner?, type: yes-no, allowNotApplicable: true }
      - id: level
        text: What maturity level is patching at?
        type: choice
        allowNotApplicable: true
        options:
          - { value: "0", label: Level zero, score: 0 }
          - { value: "1", label: Level one, score: 1 }
      - id: controls
        text: Which of these controls are in place?
        type: multi
        allowNotApplicable: true
        options:
          - { value: mfa, label: Multi-factor authentication, score: 0.5 }
          - { value: edr, label: Endpoint detection, score: 0.5 }
      - id: backups
        text: Which kinds of backup are kept?
        type: multi
        allowNotApplicable: true
        options:
          - { value: offline, label: Offline backups, score: 1 }
          - { value: none, label: None of these, score: 0, exclusive: true }
      - { id: days, text: How many days to patch?, type: number, unit: days, min: 0, max: 365, allowNotApplicable: true }
      - { id: words, text: Anything else to say?, type: text, allowNotApplicable: true }
      - id: outcome
        type: outcome
        text: The segment is monitored.
        allowNotApplicable: true
        indicators:
          not-achieved:
            - { id: M.NA.1, text: "Nothing is monitored." }
          achieved:
            - { id: M.A.1, text: "Logs are collected centrally." }
`;

const file = (answers: string[]): string => ['questionnaire: statuses', 'questionnaireVersion: 1.0.0', 'organisation: Test Council', 'answers:', ...answers.map((a) => `  ${a}`), ''].join('\n');
const IDS = ['yn', 'level', 'controls', 'backups', 'days', 'words', 'outcome'];

const FILES: [string, string][] = [
  ["don't know", file(IDS.map((id) => `${id}: { status: unknown }`))],
  ['not applicable', file(IDS.map((id) => `${id}: { status: not-applicable, reason: "We outsource: all of it" }`))],
  // Answers in braces, an outcome's "don't know" statement among them: answered the same again, they stay in their braces.
  ['answered', file(['yn: yes', 'level: "1"', 'controls: []', 'backups: [none]', 'days: 3', 'words: ok', 'outcome: { indicators: { M.NA.1: unknown, M.A.1: true } }'])],
];

/** Enter at every prompt, each once the one before has gone, until the walk offers the board paper. */
async function enterUntilTheEnd(): Promise<void> {
  for (let n = 0; !screenText().includes('Write the markdown report'); n++) {
    if (n > 40) throw new Error(`still walking after 40 prompts; screen:\n${screenText()}`);
    const before = screenText();
    await keys('Enter');
    await waitFor(() => screenText() !== before, 'the next prompt');
    // The prompt drawn whole before the next key.
    await new Promise((r) => setTimeout(r, 300));
  }
}

it.runIf(hasTmux).each(FILES.flatMap(([status, answers]) => [[status, 'in the redrawing walk', answers], [status, 'with --plain', answers]]))(
  'a review that accepts every saved %s (every kind of question) leaves the file as it was, %s',
  { timeout: 120_000 },
  async (_, how, answers) => {
    const plain = how === 'with --plain' ? '--plain' : '';
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-review-statuses-'));
    writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
    writeFileSync(join(dir, 'a.yaml'), answers);
    startOnScreen(dir, ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', ...(plain ? [plain] : []), '--today', '2026-12-01']);
    await waitFor(() => screenText().includes('Is there a named senior owner?'), 'the first question');
    await enterUntilTheEnd();
    await keys('n', 'Enter');
    expect(await ended(dir)).toBe('0');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
  },
);

/** The screen with the lines the prompts wrapped joined again, to look for a prompt whatever its wrapping. */
const flat = (): string => screenText().replace(/\n\s*/g, ' ');

/** Enter once `text` is on screen, then wait for the prompt to go. */
async function enterAt(text: string): Promise<void> {
  await waitFor(() => flat().includes(text), `"${text}"`);
  const before = screenText();
  await keys('Enter');
  await waitFor(() => screenText() !== before, 'the next prompt');
}

it.runIf(hasTmux)('reviewing "not applicable": every kind offers it, highlighted or said as what Enter keeps, and its reason after it', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-review-na-'));
  const answers = (FILES[1] as [string, string])[1];
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), answers);
  startOnScreen(dir, ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', '--today', '2026-12-01']);
  const reason = '(We outsource: all of it)';
  for (const question of ['Is there a named senior owner?', 'What maturity level is patching at?']) {
    await enterAt(`? ${question}`);
    await enterAt(reason);
  }
  for (const question of ['Which of these controls are in place?', 'Which kinds of backup are kept?']) {
    await enterAt(`? ${question} (Space ticks, Enter confirms; saved as not applicable: Enter`);
    // Nothing ticked: the saved status is highlighted (it was "Don't know", and the reason was lost).
    await waitFor(() => flat().includes('What does that mean?') && screenText().includes('❯ Not applicable'), 'not applicable highlighted');
    await enterAt('❯ Not applicable');
    await enterAt(reason);
  }
  await enterAt('(n/a not applicable)'); // a number
  await enterAt(reason);
  await enterAt('(n/a not applicable)'); // text
  await enterAt(reason);
  // An outcome: keeping the answer is the default at its first statement, with its reason.
  await waitFor(() => screenText().includes('❯ Keep the recorded answer: not applicable') && flat().includes('Reason: We outsource: all of it'), 'the outcome kept');
  await enterAt('❯ Keep the recorded answer: not applicable');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
});

it.runIf(hasTmux)('reviewing "don\'t know" with --plain: every prompt says that Enter keeps it', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-review-unknown-plain-'));
  const answers = (FILES[0] as [string, string])[1];
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), answers);
  startOnScreen(dir, ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await enterAt('Type a number from 1 to 2; Enter keeps Don\'t know:'); // yes-no
  await enterAt('Type a number from 1 to 2; Enter keeps Don\'t know:'); // choice
  await enterAt('Type the numbers of all that apply, separated by spaces, or 0 for none; Enter keeps Don\'t know:');
  await enterAt('Type the numbers of all that apply, separated by spaces; Enter keeps Don\'t know:');
  await enterAt("Type the number of days, at least 0, at most 365 (or type don't know, not applicable, skip or back; Enter keeps Don't know):");
  await enterAt("Type your answer (or type don't know, not applicable, skip or back; Enter keeps Don't know):");
  await enterAt("Recorded answer: don't know. Enter keeps it; answer the statements to judge again.");
  await waitFor(() => screenText().includes("Kept: don't know."), 'the outcome kept');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
});
