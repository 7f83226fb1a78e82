import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { addSystemUpToItsFile, copySystemsFixture } from '../helpers/walk-steps.js';

// A critical system added by the guided walk with a file of its own gets that file in the answers
// file's own layout: with the answers file BOM and CRLF (a council on Windows), the new
// systems/ID.yaml was LF without a byte order mark, while the entry the walk added to the answers
// file itself was CRLF.
const terminal = tmuxTerminal('walk-system-style', { width: 100, height: 40 });
const { waitForScreen, keys, start, answerYes, declinePaper } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

it.runIf(hasTmux)('a system file made by the walk beside a BOM and CRLF answers file is BOM and CRLF too', { timeout: 90_000 }, async () => {
  const dir = copySystemsFixture('walk-system-style');
  const main = read(dir, 'sys.answers.yaml');
  writeFileSync(join(dir, 'sys.answers.yaml'), `\uFEFF${main.replace(/\n/g, '\r\n')}`);

  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--add-system', '--today', '2026-12-01']);
  await addSystemUpToItsFile(terminal, 4, 'Payroll', 'payroll');
  await keys('Enter');
  await waitForScreen('Name of critical system 5 (Enter if no more):');
  await keys('Enter');
  await answerYes(4);
  expect(await declinePaper(dir)).toBe('0');

  const own = read(dir, 'systems/payroll.yaml');
  expect(own.startsWith('\uFEFF'), JSON.stringify(own.slice(0, 20))).toBe(true);
  expect(own).toContain('\r\nsystem: payroll\r\nanswers:\r\n');
  // Every line ends in CRLF, the answers given since included.
  expect(own.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  // The answers file keeps its own layout, its new entry included.
  const after = read(dir, 'sys.answers.yaml');
  expect(after.startsWith('\uFEFF')).toBe(true);
  expect(after).toContain('  - id: payroll\r\n');
  expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
});
