import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A walk stopped while naming the first critical system prints a command with --add-system to carry
// on with. Run on a file that lists no system yet, that command started at the council's first open
// statement instead, and the name typed next was read as a reply to it (`yes` saved as `true`).
// --add-system asks for the new system first, whatever the list holds.
const terminal = tmuxTerminal('add-first-system', { width: 100, height: 40 });
afterAll(() => terminal.kill());

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

it.runIf(hasTmux)('--add-system on a file that lists no system yet asks for the system first', { timeout: 90_000 }, async () => {
  const { start, ended, waitForScreen, keys, screenText } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-add-first-system-'));
  writeFileSync(join(dir, 'caf.yaml'), 'questionnaire: caf-local-government\norganisation: Test Council\nassessor: A N Other\nassessedOn: 2026-11-20\n');

  // The walk asks for the new system before any council statement, and is given it up to the file question.
  const nameTheSystem = async (): Promise<void> => {
    start(dir, ['assess', '--answers', 'caf.yaml', '--plain', '--add-system', '--today', '2026-11-23']);
    await waitForScreen('Name of critical system 1:');
    expect(screenText()).not.toContain('Statement 1 of');
    await keys('Payroll', 'Enter');
    await waitForScreen('Its owner');
    await keys('Finance', 'Enter');
    await waitForScreen('Keep its answers in a file of its own?');
  };

  await nameTheSystem();
  // Stopped here, the walk says to carry on with the same command.
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  await waitForScreen('--add-system');
  expect(screenText().replace(/\s+/g, ' ')).toMatch(/cyber-ready assess --answers caf\.yaml --plain --today \S+ --add-system/);

  await nameTheSystem();
  await keys('n', 'Enter');
  await waitForScreen('Name of critical system 2');
  await keys('Enter');
  await waitForScreen('Statement 1 of');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  const saved = read(dir, 'caf.yaml');
  expect(saved).toContain('  - id: payroll\n    title: Payroll\n    owner: Finance\n');
  expect(saved).not.toContain('A1.a');
});
