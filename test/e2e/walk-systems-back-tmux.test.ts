import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { lineDiff } from '../helpers/line-diff.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture } from '../helpers/walk-steps.js';

// "<" at a system's owner goes back to its name with the name offered again (README, "Going back"):
// Enter there keeps the name. Offered empty, Enter ended the list and the system was never added.
const terminal = tmuxTerminal('systems-back', { width: 80, height: 30 });
const { waitForScreen, keys, start, ended } = terminal;

afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** A walk adding a fourth system, "Depot LAN", gone back from its owner to its name, which is offered again. */
async function backToOfferedName(fixture: string): Promise<{ dir: string; before: string }> {
  const dir = copySystemsFixture(fixture);
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('? Name of critical system 4 (Enter if no more)');
  await keys('Depot LAN', 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('<', 'Enter');
  await waitForScreen('? Name of critical system 4 (Depot LAN)');
  return { dir, before };
}

it.runIf(hasTmux)('back from the owner to the name and Enter: the name is kept and the system added', { timeout: 60_000 }, async () => {
  const { dir, before } = await backToOfferedName('systems-back');
  await keys('Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Depot manager', 'Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('Enter');
  await waitForScreen('? Name of critical system 5 (Enter if no more)');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(lineDiff(before, read(dir, 'sys.answers.yaml')).added).toEqual(['  - id: depot-lan', '    title: Depot LAN', '    owner: Depot manager']);
});

it.runIf(hasTmux)('back to the name, Backspace and Enter: the name offered is cleared and the list ends without it', { timeout: 60_000 }, async () => {
  const { dir, before } = await backToOfferedName('systems-back-clear');
  await keys('BSpace');
  await terminal.waitFor(() => !terminal.screenText().includes('(Depot LAN)'), 'the name offered cleared');
  await keys('Enter');
  await terminal.waitFor(() => !terminal.screenText().includes('? Name of critical system 4'), 'the list ended');
  expect(terminal.screenText()).not.toContain('? Its owner');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(lineDiff(before, read(dir, 'sys.answers.yaml')).added).toEqual([]);
});

it.runIf(hasTmux)('--plain: the same, the name offered as "Enter for"', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('systems-back-plain');
  const before = read(dir, 'sys.answers.yaml');
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('Name of critical system 4 (Enter if no more):');
  await keys('Depot LAN', 'Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('<', 'Enter');
  await waitForScreen('Name of critical system 4 (Enter for Depot LAN):');
  await keys('Enter');
  await terminal.waitFor(() => terminal.drawn(dir).split('Its owner (optional; or type back):').length === 3, 'the owner again');
  await keys('Enter');
  await waitForScreen('Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  await keys('C-d');
  await ended(dir);
  expect(lineDiff(before, read(dir, 'sys.answers.yaml')).added).toEqual(['  - id: depot-lan', '    title: Depot LAN']);
});

it.runIf(hasTmux)('stopped at the name offered again: the stop says the system is not saved', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('systems-back-stop');
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '--today', '2026-12-01', '--answers', 'sys.answers.yaml', '--add-system']);
  await waitForScreen('Name of critical system 4 (Enter if no more):');
  await keys('Depot LAN', 'Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('<', 'Enter');
  await waitForScreen('Name of critical system 4 (Enter for Depot LAN):');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(terminal.drawn(dir).replace(/\n {2}/g, ' ')).toMatch(/The critical system "Depot LAN" is not saved: the walk stopped before its owner and file were\s+given\./);
});
