import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// Comments a council wrote in its answers files stay beside what they were written beside through
// every save of the walk (SPEC "v2: writing files safely"). A comment at the end of a system file's
// answers took the last of the answers added at the end under it, so that it sat under the one
// before; a comment indented under an answer's evidence, a system's fields or an outcome's
// indicators went below the answer, system or confirmation added after it; and the organisation,
// added to a file without one, went under the comment over `assessor:`.
const terminal = tmuxTerminal('walk-comments', { width: 100, height: 40 });
const { waitForScreen, keys, start, ended, answerYes, declinePaper } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const TODAY = ['--today', '2026-12-01'];

const MAIN = `questionnaire: sys
questionnaireVersion: 1.0.0
organisation: Test Council
answers:
  owner:
    value: yes
    evidence:
      - Chief executive's job description
      # the portfolio holder is to be named in March
  # the council's answers end here
systems:
  - id: revenues
    title: Revenues and benefits
    answers:
      patched: yes
      # agreed with the Head of Revenues

  # Social care keeps its own file.
  - id: social-care
    title: Social care case management
    file: systems/social-care.yaml
    # its owner reviews it every quarter
waivers: []
# end of file
`;

const OWN = `# Kept by the Head of Adult Social Care.
questionnaire: sys
questionnaireVersion: 1.0.0
system: social-care
answers:
  patched:
    value: no
    evidence:
      - Patch report, October
      # November's report is due
  # checked by the owner in November

# end of file
`;

it.runIf(hasTmux)("a walk adds the council's, an inline system's and a system file's answers below the comments that close the answer before, above those that close the block", { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-comments');
  writeFileSync(join(dir, 'sys.answers.yaml'), MAIN);
  writeFileSync(join(dir, 'systems/social-care.yaml'), OWN);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY]);
  await waitForScreen('Do you use cloud services?');
  // cloud; then mfa, cloud-backup and logged of each system.
  await answerYes(7);
  expect(await declinePaper(dir)).toBe('0');

  expect(read(dir, 'sys.answers.yaml')).toBe(
    MAIN.replace('      # the portfolio holder is to be named in March\n', '      # the portfolio holder is to be named in March\n  cloud: yes\n')
      .replace('      patched: yes\n', '      patched: yes\n      mfa: yes\n      cloud-backup: yes\n      logged: yes\n'),
  );
  // Each answer below the one before: the comment that ended the answers still ends them.
  expect(read(dir, 'systems/social-care.yaml')).toBe(OWN.replace("      # November's report is due\n", "      # November's report is due\n  mfa: yes\n  cloud-backup: yes\n  logged: yes\n"));
  const check = await runBinary({ args: ['validate', '-q', 'sys.yaml', 'sys.answers.yaml'], cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
});

it.runIf(hasTmux)('a system added with --add-system goes below the comments indented under the last one, and a missing organisation above the comment over the assessor', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-comments-add');
  // Every answer given, the organisation missing.
  const main = read(dir, 'sys.answers.yaml')
    .replace('organisation: Test Council\n', '# who filled it in\nassessor: Head of ICT\n')
    .replace('      logged: yes\nwaivers:', '      logged: yes\n    # the depot keeps the paper records\nwaivers:');
  writeFileSync(join(dir, 'sys.answers.yaml'), main);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', ...TODAY]);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('Name of critical system 4 (Enter if no more):');
  await keys('Parking', 'Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('Enter');
  await waitForScreen('Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  await keys('Enter');
  await answerYes(4);
  expect(await declinePaper(dir)).toBe('0');

  expect(read(dir, 'sys.answers.yaml')).toBe(
    main
      .replace('# who filled it in\n', 'organisation: Test Council\n# who filled it in\n')
      .replace(
        '    # the depot keeps the paper records\n',
        '    # the depot keeps the paper records\n  - id: parking\n    title: Parking\n    answers:\n      patched: yes\n      mfa: yes\n      cloud-backup: yes\n      logged: yes\n',
      ),
  );
});

it.runIf(hasTmux)("a status recorded with a justification goes below the comment at the end of an outcome's indicators in a system file", { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('walk-comments-outcome');
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: sys-outcome\nquestionnaireVersion: 1.0.0\norganisation: Test Council\nanswers:\n  owner: yes\nsystems:\n  - id: vault\n    title: Vault\n    file: systems/vault.yaml\n');
  const own = 'questionnaire: sys-outcome\nquestionnaireVersion: 1.0.0\nsystem: vault\nanswers:\n  backups:\n    indicators:\n      BK.NA.1: false\n      # the restore test is booked\n  # end of the answers\n\n# end of file\n';
  writeFileSync(join(dir, 'systems/vault.yaml'), own);

  start(dir, ['assess', '--plain', '-q', 'sys-outcome.yaml', '-a', 'a.yaml', ...TODAY]);
  await waitForScreen('BK.A.1 A restore was tested in the last year.');
  await keys('2', 'Enter'); // False
  await waitForScreen('The statements show: not achieved.');
  await keys('2', 'Enter');
  await waitForScreen('Why achieved?');
  await keys('Restore tested in March', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');

  expect(read(dir, 'systems/vault.yaml')).toBe(
    own.replace('      BK.NA.1: false\n      # the restore test is booked\n', '      BK.NA.1: false\n      BK.A.1: false\n      # the restore test is booked\n    confirmed: achieved\n    justification: Restore tested in March\n'),
  );
});
