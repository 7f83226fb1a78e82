import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// README (ids): the walk writes an id that YAML reads as a number in quotes, as `init` does, so that
// `1.1:` is never the float 1.1 to another reader. Indicator ids went in plain while question ids
// were quoted.
const terminal = tmuxTerminal('number-like-keys', { width: 80, height: 30 });
const { waitForScreen, keys, start, waitFor } = terminal;

afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: number-like-ids
version: 1.0.0
title: Number-like ids
sections:
  - id: "1"
    title: One
    questions:
      - id: "1.1"
        text: First?
        type: yes-no
      - id: a_b.C-d
        type: outcome
        text: Odd outcome
        indicators:
          achieved:
            - { id: "1.1", text: "The same id as a question." }
            - { id: "2e3", text: "Reads as a number too." }
`;

function folder(answers?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-number-keys-'));
  writeFileSync(join(dir, 'ids.yaml'), QUESTIONNAIRE);
  if (answers) writeFileSync(join(dir, 'a.yaml'), answers);
  return dir;
}

/** Answers the outcome's statements still open with True, then confirms the status. */
async function statementsTrue(dir: string, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await waitFor(() => terminal.drawn(dir).split('Type 1 or 2').length === i + 1, `statement ${i}`);
    await keys('1', 'Enter'); // True: 1 on every statement
  }
  await waitForScreen('Type a number from 1 to 2; Enter for 1:');
  await keys('Enter');
}

it.runIf(hasTmux)('a new outcome entry: its indicator ids quoted, as the question ids are', { timeout: 60_000 }, async () => {
  const dir = folder();
  start(dir, ['assess', '--plain', '-q', 'ids.yaml', '--today', '2026-12-05', '--save', 'a.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('O', 'Enter', 'Enter');
  await terminal.answerYes(1);
  await statementsTrue(dir, 2);
  await terminal.declinePaper(dir);
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('answers:\n  "1.1": yes\n  a_b.C-d:\n    indicators:\n      "1.1": true\n      "2e3": true\n');
});

it.runIf(hasTmux)('an indicator added in braces, in an entry in braces: quoted too', { timeout: 60_000 }, async () => {
  const dir = folder('questionnaire: number-like-ids\norganisation: O\nanswers:\n  "1.1": yes\n  a_b.C-d: { indicators: { "2e3": true } }\n');
  start(dir, ['assess', '--plain', '-q', 'ids.yaml', '--today', '2026-12-05', '--answers', 'a.yaml']);
  await statementsTrue(dir, 1);
  await terminal.declinePaper(dir);
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toMatch(/\n {2}a_b\.C-d: \{ indicators: \{ "1\.1": true, "2e3": true \} \}\n$/);
});
