import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// What the walk says at its end, in a real terminal 80 columns wide, with the plain prompts.
const terminal = tmuxTerminal('walk-end-words', { width: 80, height: 30 });
const { historyText, waitFor, waitForScreen, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
/** The example with the answers of `ids` taken out (each a one-line entry in it). */
const without = (ids: string[]): string => ids.reduce((text, id) => text.replace(new RegExp(`^  ${id}: .*\\n`, 'm'), ''), EXAMPLE);
/** The screen and what scrolled off it, with the lines the walk wrapped joined again. */
const said = (): string => historyText().replace(/\n {2}/g, ' ');

function folderWith(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-end-words-'));
  writeFileSync(join(dir, 'p.yaml'), without(ids));
  return dir;
}

// An id alone ("share-warp") did not say which question was left: each is named with its title, shortened.
it.runIf(hasTmux)('the questions left for later are named with their titles as well as their ids', { timeout: 60_000 }, async () => {
  const dir = folderWith(['share-warp', 'mon-log-sources']);
  start(dir, ['assess', '--plain', '-a', 'p.yaml', '--today', '2026-11-25']);
  for (let i = 0; i < 2; i++) {
    await waitFor(() => /Type (a number|the numbers)[^\n]*: *$/.test(historyText().trimEnd()), 'a question');
    const before = (historyText().match(/Recorded: Skip/g) ?? []).length;
    await keys('-', 'Enter');
    await waitFor(() => (historyText().match(/Recorded: Skip/g) ?? []).length > before, 'the skip to be said');
  }
  await waitForScreen('Write the markdown report');
  expect(said()).toContain('Saved p.yaml. 2 skipped, to answer later: share-warp (How involved is the council in its…), mon-log-sources (Which of these sources feed the…). Ask them again with: cyber-ready assess --answers p.yaml --plain');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
});

// Stopped at the offer of the report file with every question answered: "Carry on with" promised
// questions that were not there. It now says the assessment is complete.
it.runIf(hasTmux)('a stop at the report-file offer with every question answered says the assessment is complete', { timeout: 60_000 }, async () => {
  const dir = folderWith(['share-warp']);
  start(dir, ['assess', '--plain', '-a', 'p.yaml', '--today', '2026-11-25']);
  await waitForScreen('Type a number from 1 to');
  await keys('1', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('C-d');
  expect(await ended(dir)).toBe('130');
  await waitFor(() => said().includes('Stopped.'), 'the stop to be said');
  expect(said()).toContain('Stopped. Every question is answered: the assessment in p.yaml is complete. For its report: cyber-ready assess --answers p.yaml');
  expect(said()).not.toContain('Carry on');
  expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain('  share-warp: ');
});
