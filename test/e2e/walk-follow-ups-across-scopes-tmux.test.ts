import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// README: "When an answer makes follow-up questions apply or drop out, a line says so and gives the
// new total." An organisation answer that decides questions asked for each system said nothing:
// the systems' walks later counted fewer questions without a word.
const terminal = tmuxTerminal('follow-ups-scopes', { width: 80, height: 30 });
const { waitForScreen, keys, start, ended, waitFor } = terminal;
afterAll(() => terminal.kill());
/** What was drawn, each wrapped line joined to the one before. */
const unwrapped = (dir: string): string => terminal.drawn(dir).replace(/\n {2}/g, ' ');

const QUESTIONNAIRE = `id: follow-ups
version: 1.0.0
title: Follow-ups across scopes
systemLabel: network segment
sections:
  - id: org
    title: Organisation
    questions:
      - { id: ot, text: Does the council run operational technology?, type: yes-no }
      - { id: owner, text: Is there a named owner?, type: yes-no }
  - id: seg
    title: Segments
    scope: system
    questions:
      - { id: isolated, text: Is the OT network isolated?, type: yes-no, when: { question: ot, in: [yes] } }
      - { id: monitored, text: Is the OT network monitored?, type: yes-no, when: { question: ot, in: [yes] } }
      - { id: patched, text: Is the segment patched?, type: yes-no }
`;

const ANSWERS = `questionnaire: follow-ups
organisation: O
answers:
  ot: yes
  owner: yes
systems:
  - id: lan
    title: Corporate LAN
    answers: { isolated: yes, monitored: yes, patched: yes }
  - id: depot
    title: Depot
    answers: { isolated: no, patched: no }
`;

it.runIf(hasTmux)('an organisation answer that drops questions from every system says so, and again when they come back', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-follow-ups-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  start(dir, ['assess', '--plain', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', '--today', '2026-12-05']);
  await waitForScreen('Type a number from 1 to 2; Enter keeps Yes:');
  await keys('1', 'Enter');
  await waitForScreen('Question 2 of 2, 2 answered.');
  expect(unwrapped(dir)).toContain('Recorded: No.\n(2 follow-up questions no longer apply for each network segment: 1 question in all now for each)\n');
  await keys('<', 'Enter');
  await waitFor(() => terminal.drawn(dir).split('Question 1 of 2').length === 3, 'the first question again');
  await keys('2', 'Enter');
  await waitForScreen('Recorded: Yes.');
  expect(unwrapped(dir)).toContain('Recorded: Yes.\n(2 follow-up questions now apply for each network segment: 3 questions in all now for each)\n');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

// The line belongs to the answer that caused it: with --notes (or a review date to renew) it came
// after the note's prompt, or after the date, where it read as caused by them.
it.runIf(hasTmux)('the line comes straight after the answer, before the note asked with --notes', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-follow-ups-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  start(dir, ['assess', '--plain', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', '--notes', '--today', '2026-12-05']);
  await waitForScreen('Type a number from 1 to 2; Enter keeps Yes:');
  await keys('1', 'Enter');
  await waitForScreen('Note (optional; Enter for none):');
  expect(unwrapped(dir)).toContain('Recorded: No.\n(2 follow-up questions no longer apply for each network segment: 1 question in all now for each)\nNote (optional; Enter for none):');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});
