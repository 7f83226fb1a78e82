// README: "When an answer makes follow-up questions apply or drop out, a line says so and gives the
// new total." The line came with the next question of the same scope, so an answer that was the last
// of its scope (a system's last question, the council's before the systems are listed) said nothing
// of the follow-ups it dropped: an answered one was then ignored, said only by a warning at the end.
// Driven through run() on a virtual terminal, as interactive-save.test.ts does.
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: drop-check
version: 1.0.0
title: Drop check
sections:
  - id: org
    title: Council
    questions:
      - { id: org-a, text: Is there a plan?, type: yes-no }
      - { id: org-b, text: Is it tested?, type: yes-no, when: { question: org-a, in: [yes] } }
  - id: sys
    title: Per system
    scope: system
    questions:
      - { id: sys-backup, text: Is the system backed up offline?, type: yes-no }
      - id: sys-restore
        text: Has a restore been tested?
        type: yes-no
        when: { question: sys-backup, in: [yes] }
`;

const DROPPED = '(1 follow-up question no longer applies: 1 question in all now)';

/** Keys at the screen on show, then the next screen. */
async function press(...keys: string[]): Promise<string> {
  for (const key of keys) screen.keypress(key);
  await screen.next();
  return screen.getScreen();
}

const typed = async (text: string): Promise<string> => {
  screen.type(text);
  return press('enter');
};

it('an answer that drops a follow-up says so at once, also when it is the last question of its scope', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-drop-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  const run = runInProcess({ args: ['assess', '-q', 'q.yaml', '--save', 'd.yaml', '--today', '2026-11-23'], cwd: dir, tty: true });
  await screen.next();
  await typed('C');
  expect(await typed('L')).toContain('Is there a plan?');
  expect(await press('down', 'enter')).toContain('Is it tested?'); // Yes: the follow-up applies
  // Back (No, Yes, Don't know, Skip for now, Back), then No: the council's last question, before the systems.
  expect(await press('down', 'down', 'down', 'down', 'enter')).toContain('Is there a plan?');
  expect(await press('up', 'enter')).toContain('Name of system 1');
  await typed('Alpha');
  await press('enter'); // no owner
  await press('enter'); // not in a file of its own
  await typed('Beta');
  await press('enter');
  await press('enter');
  expect(await press('enter')).toContain('Alpha · question 1 of 2'); // no more systems
  await press('down', 'enter'); // backed up: Yes
  expect(await press('down', 'enter')).toContain('Beta · question 1 of 2'); // restore tested: Yes
  // Back twice to Alpha's first question (Yes kept, so Back is three down), then No: Alpha's answered
  // follow-up drops out, and the next question is Beta's.
  await press('down', 'down', 'down', 'down', 'enter');
  expect(await press('down', 'down', 'down', 'enter')).toContain('Alpha · question 1 of 2');
  expect(await press('up', 'enter')).toContain('Beta · question 1 of 2');
  expect(await press('enter')).toContain('Write the markdown report');
  screen.type('n');
  screen.keypress('enter');
  const { code, stderr } = await run;
  expect(code).toBe(0);
  expect(stderr).toContain(`✔ Is there a plan? No\n${DROPPED}\n`);
  // Alpha's, then Beta's (its follow-up, counted while its first question was open, drops out too).
  expect(stderr).toContain(`✔ Is the system backed up offline? No\n${DROPPED}\n\n══ System 2 of 2: Beta\n`);
  expect(stderr).toContain(`✔ Is the system backed up offline? No\n${DROPPED}\n\nSaved d.yaml.`);
  // Said once for each answer, not again with the next question.
  expect(stderr.split(DROPPED)).toHaveLength(4);
});

// An answer that swaps one follow-up for another keeps the total: said by the total alone, it said
// nothing, and the answered follow-up that dropped out was ignored unsaid.
it('an answer that swaps one follow-up for another says both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-swap-'));
  writeFileSync(
    join(dir, 'q.yaml'),
    `id: swap
version: 1.0.0
title: Swap
sections:
  - id: s
    title: S
    questions:
      - { id: hosting, text: Where is email hosted?, type: choice, options: [{ value: cloud, label: Cloud, score: 1 }, { value: onprem, label: On premises, score: 1 }] }
      - { id: cloud-mfa, text: Is cloud MFA on?, type: yes-no, when: { question: hosting, in: [cloud] } }
      - { id: onprem-patch, text: Is the mail server patched?, type: yes-no, when: { question: hosting, in: [onprem] } }
`,
  );
  writeFileSync(join(dir, 'r.yaml'), 'questionnaire: swap\norganisation: C\nassessor: L\nanswers:\n  hosting: cloud\n  cloud-mfa: yes\n');
  const { code, stderr } = await runInProcess({ args: ['assess', '--plain', '-q', 'q.yaml', '--answers', 'r.yaml', '--review', '--today', '2026-11-23'], cwd: dir, tty: true, typed: ['2', 'yes', 'n', ''].join('\n') });
  expect(code).toBe(0);
  expect(stderr).toContain('Recorded: On premises.\n(1 follow-up question no longer applies and 1 now applies: 2 questions in all now)\n');
});
