import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// A section's new first answer goes under a comment line naming its section, and above the comment
// lines that are the next answer's own (README, "Saving changes only the lines…"): it went under
// those too, so that the comment naming CAF outcome B1.b stood over the answer to B1.a, and a
// council's note on its backups over the answer on patching.
const terminal = tmuxTerminal('walk-entry-comments', { width: 100, height: 40 });
const { waitForScreen, start, answerYes, declinePaper } = terminal;
afterAll(() => terminal.kill());

const MAIN = `questionnaire: sys
questionnaireVersion: 1.0.0
organisation: Test Council
answers:
  owner: yes
  cloud: yes
systems:
  - id: social-care
    title: Social care case management
    file: systems/social-care.yaml
  - id: waste
    title: Waste collection
    answers:
      # == Protection ==
      # Multi-factor sign-in: every administrator since June
      mfa: yes
      cloud-backup: yes
      # Detection
      logged: yes
waivers: []
`;

// One comment over each answer, and one answer to each section: each comment is that answer's own.
const OWN = `questionnaire: sys
questionnaireVersion: 1.0.0
system: social-care
answers:
  # Backups: copied to the second data centre each night
  cloud-backup: yes
  # Logs: sent to the security operations centre since March
  logged: yes
`;

it.runIf(hasTmux)("a section's first answer goes above an answer's own comments, and under a section's heading", { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-entry-comments');
  writeFileSync(join(dir, 'sys.answers.yaml'), MAIN);
  writeFileSync(join(dir, 'systems/social-care.yaml'), OWN);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Is the system patched within 14 days?');
  // patched and mfa for social care, then patched for waste collection.
  await answerYes(3);
  expect(await declinePaper(dir)).toBe('0');

  expect(readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8')).toBe(OWN.replace('answers:\n', 'answers:\n  patched: yes\n  mfa: yes\n'));
  expect(readFileSync(join(dir, 'sys.answers.yaml'), 'utf8')).toBe(MAIN.replace('      # == Protection ==\n', '      # == Protection ==\n      patched: yes\n'));
  const check = await runBinary({ args: ['validate', '-q', 'sys.yaml', 'sys.answers.yaml'], cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
});
