// README: where a question does not allow it, "`not applicable` (or `n/a`) is not taken as the
// answer, even at a text question: the walk says `This question cannot be marked not applicable;
// type the answer, or type skip.` (on the full prompts, `or - to skip`)". Only a text question said
// so: a number question answered "Type a number of days, or …", and in --plain a list question
// "Type a number from 1 to 2, or …", as if the reply were not understood. Driven through run().
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: na-check
version: 1.0.0
title: Not applicable check
sections:
  - id: org
    title: Council
    questions:
      - { id: days, text: Days to patch?, type: number, unit: days }
      - { id: plan, text: Is there a plan?, type: yes-no }
      - { id: level, text: How far along?, type: choice, options: [{ value: low, label: Low, score: 0 }, { value: high, label: High, score: 1 }] }
      - { id: tools, text: Which tools?, type: multi, options: [{ value: av, label: Antivirus, score: 0.5 }, { value: fw, label: Firewall, score: 0.5 }] }
      - { id: who, text: Who is the contact?, type: text }
`;

const REFUSED = 'This question cannot be marked not applicable; type the answer, or';

function walkFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-na-refused-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  return dir;
}

it('--plain: refused the one way at every kind of question that does not allow it', async () => {
  const dir = walkFolder();
  const answers = ['14', 'yes', '2', '1 2', 'Duty officer'];
  const typed = ['C', 'L', ...answers.flatMap((answer) => ['n/a', 'Not applicable', answer]), 'n', ''].join('\n');
  const { stderr } = await runInProcess({ args: ['assess', '--plain', '-q', 'q.yaml', '--save', 'a.yaml', '--today', '2026-11-23'], cwd: dir, tty: true, typed });
  expect(stderr.split(`${REFUSED} type skip.`)).toHaveLength(answers.length * 2 + 1);
  // Not the words for a reply not understood.
  expect(stderr).not.toContain(", or type don't know");
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('answers:\n  days: 14\n  plan: yes\n  level: high\n  tools: [av, fw]\n  who: Duty officer\n');
});

it('the full prompts: a number question refuses it as a text question does', async () => {
  const dir = walkFolder();
  const run = runInProcess({ args: ['assess', '-q', 'q.yaml', '--save', 'a.yaml', '--today', '2026-11-23'], cwd: dir, tty: true });
  await screen.next();
  screen.type('C');
  screen.keypress('enter');
  await screen.next();
  screen.type('L');
  screen.keypress('enter');
  await screen.next();
  expect(screen.getScreen()).toContain('Days to patch?');
  for (const reply of ['n/a', 'not applicable']) {
    screen.type(reply);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(`${REFUSED} - to skip.`);
  }
  // Each refused reply is cleared from the line: nothing typed is cleared here.
  screen.type('14');
  screen.keypress('enter');
  await screen.next();
  expect(screen.getScreen()).toContain('Is there a plan?');
  void run.catch(() => undefined);
});
