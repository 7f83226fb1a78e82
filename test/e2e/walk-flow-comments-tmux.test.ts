import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { commentTexts } from '../helpers/comment-texts.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// Answers a council wrote in braces spread over lines, with comments inside, lost every comment
// there at the walk's first save into them: the collection was written again on one line (and a
// system written that way could not be saved into at all). The walk now edits inside the braces.
const terminal = tmuxTerminal('walk-flow-comments', { width: 100, height: 40 });
const { waitForScreen, start, answerYes, declinePaper } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

const MAIN = `questionnaire: sys
questionnaireVersion: 1.0.0
organisation: Test Council
answers: {
  owner: yes,   # chief executive, since May
  # cloud is for the board to decide
}
systems:
  - { id: revenues, title: Revenues,  # Head of Revenues keeps this
      answers: { patched: yes,  # October's report
                 mfa: no } }
  - id: social-care
    title: Social care
    file: systems/social-care.yaml
`;

const OWN = `questionnaire: sys
questionnaireVersion: 1.0.0
system: social-care
answers: { patched: { value: no,   # report due
   evidence: [ Patch report ] } }  # checked
`;

it.runIf(hasTmux)('a walk saves answers into braces spread over lines, in the main file and a system file, and every comment stays where it was', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-flow-comments');
  writeFileSync(join(dir, 'sys.answers.yaml'), MAIN);
  writeFileSync(join(dir, 'systems/social-care.yaml'), OWN);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Do you use cloud services?');
  // cloud; cloud-backup and logged of revenues; mfa, cloud-backup and logged of social care.
  await answerYes(6);
  expect(await declinePaper(dir)).toBe('0');

  const main = read(dir, 'sys.answers.yaml');
  const own = read(dir, 'systems/social-care.yaml');
  expect(main).toBe(MAIN.replace('since May\n', 'since May\n  cloud: yes,\n').replace('mfa: no }', 'mfa: no, cloud-backup: yes, logged: yes }'));
  expect(own).toBe(OWN.replace('[ Patch report ] }', '[ Patch report ] }, mfa: yes, cloud-backup: yes, logged: yes'));
  expect(commentTexts(main)).toEqual(commentTexts(MAIN));
  expect(commentTexts(own)).toEqual(commentTexts(OWN));
  const check = await runBinary({ args: ['validate', '-q', 'sys.yaml', 'sys.answers.yaml'], cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
});
