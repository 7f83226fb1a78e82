import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { commentTexts } from '../helpers/comment-texts.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// README: an answer written in braces is edited inside them. An outcome's entry in braces on one line
// (`{ confirmed: …, justification: "…" }`, `{ status: unknown }`) was written again as a block of
// lines once the walk saved one of its statements, the comment after it moved to the key's line:
// only answers in braces that were not outcomes stayed in them.
const terminal = tmuxTerminal('walk-outcome-braces', { width: 100, height: 40 });
const { waitForScreen, waitFor, keys, start, declinePaper } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: depot-sites
version: 1.1.0
title: Depot sites check
systemLabel: depot site
sections:
  - id: org
    title: Organisation
    questions:
      - { id: policy, text: Policy?, type: yes-no, severity: high }
  - id: site
    title: Site controls
    scope: system
    questions:
      - { id: alarms, text: Alarms tested?, type: yes-no, severity: low }
      - id: access
        type: outcome
        text: Access control at the site
        severity: high
        indicators:
          not-achieved:
            - { id: AC.NA.1, text: Doors left open }
          partially-achieved:
            - { id: AC.PA.1, text: Badges for staff }
          achieved:
            - { id: AC.A.1, text: Badges for all }
`;

const MAIN = `questionnaire: depot-sites
questionnaireVersion: 1.1.0
organisation: Wrenford BC
answers:
  policy: { value: yes, note: "Board approved" }   # flow style
systems:
  - id: north-depot
    title: North depot
    answers:
      alarms: yes
      access: { confirmed: partially-achieved, justification: "Carried over from 2025" }  # carried
  - id: south-depot
    title: South depot
    file: systems/south-depot.yaml
`;

const OWN = `questionnaire: depot-sites
questionnaireVersion: 1.1.0
system: south-depot
answers:
  alarms: yes
  access: {status: unknown, owner: Jo}  # ask estates
`;

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** Answers the statements of the outcome on screen, one key each, each once it is asked. */
async function statements(dir: string, ...answers: string[]): Promise<void> {
  for (const [i, key] of answers.entries()) {
    await waitFor(() => terminal.screenText().includes(`Statement ${i + 1} of ${answers.length}.`), `statement ${i + 1}`);
    await keys(key, 'Enter');
  }
}

it.runIf(hasTmux)('a review saves an outcome written in braces on one line inside those braces, in the main file and a system file', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outcome-braces-'));
  mkdirSync(join(dir, 'systems'));
  writeFileSync(join(dir, 'site.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'readiness.yaml'), MAIN);
  writeFileSync(join(dir, 'systems/south-depot.yaml'), OWN);

  start(dir, ['assess', '--plain', '--review', '-q', 'site.yaml', '-a', 'readiness.yaml', '--today', '2026-12-05']);
  await waitForScreen('Policy?');
  await keys('Enter');
  await waitForScreen('Alarms tested?');
  await keys('Enter');
  // North depot: every statement answered (doors not left open, badges for staff and for all), then
  // another status recorded with a justification.
  await statements(dir, '2', '1', '1'); // 1 is True, 2 False, on every statement
  await waitForScreen('Record another status, with a justification');
  await keys('3', 'Enter');
  await waitForScreen('Which status?');
  await keys('2', 'Enter');
  await waitForScreen('Why partially achieved?');
  await keys('Badge logs, seen in May', 'Enter');
  // South depot, in a file of its own: its "don't know" replaced by the statements, the status they show confirmed.
  await waitFor(() => terminal.screenText().includes('South depot') && terminal.screenText().includes('Alarms tested?'), 'South depot');
  await keys('Enter');
  await statements(dir, '1', '2', '2');
  await waitForScreen('Confirm: not achieved');
  await keys('Enter');
  await waitForScreen('Add another depot site?');
  await keys('n', 'Enter');
  expect(await declinePaper(dir)).toBe('0');

  const main = read(dir, 'readiness.yaml');
  const own = read(dir, 'systems/south-depot.yaml');
  // Only the entry's line changed: its fields and the new indicators in its braces, the comment after it.
  expect(main).toBe(
    MAIN.replace(
      'access: { confirmed: partially-achieved, justification: "Carried over from 2025" }',
      'access: { confirmed: partially-achieved, justification: "Badge logs, seen in May", indicators: { AC.NA.1: false, AC.PA.1: true, AC.A.1: true } }',
    ),
  );
  // Spaced as it was written (none inside the braces); the owner, the user's own field, kept.
  expect(own).toBe(OWN.replace('{status: unknown, owner: Jo}', '{owner: Jo, indicators: {AC.NA.1: true, AC.PA.1: false, AC.A.1: false}}'));
  expect(commentTexts(main)).toEqual(commentTexts(MAIN));
  expect(commentTexts(own)).toEqual(commentTexts(OWN));
  const check = await runBinary({ args: ['validate', '-q', 'site.yaml', 'readiness.yaml'], cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
});
