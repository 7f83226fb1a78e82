import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A key that types nothing (Esc, ←, →, Home, End, Alt+letter) in a list moved the highlight to the
// first option: the prompt library took it as a search for "", which every option starts with. The
// next Enter then recorded that option, on a saved answer under --review the worst one. Such keys
// now leave the highlight where it is.
const terminal = tmuxTerminal('listkeys', { width: 80, height: 30 });
afterAll(() => terminal.kill());

it.runIf(hasTmux)('Esc, arrows left and right, Home and End leave a saved answer highlighted under --review', { timeout: 60_000 }, async () => {
  const { start, ended, waitForScreen, screenText, keys } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-listkeys-'));
  copyFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), join(dir, 'mini.yaml'));
  copyFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), join(dir, 'answers.yaml'));
  const before = readFileSync(join(dir, 'answers.yaml'), 'utf8');
  start(dir, ['assess', '-q', 'mini.yaml', '--answers', 'answers.yaml', '--review', '--today', '2026-11-23']);
  await waitForScreen('❯ Partly in place');
  await keys('Escape', 'Left', 'Right', 'Home', 'End', 'M-b');
  await new Promise((r) => setTimeout(r, 400));
  expect(screenText()).toContain('❯ Partly in place');
  await keys('Enter');
  await waitForScreen('✔ Is there a named senior owner? Partly in place');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // The answer kept is the one saved: nothing changed in the file.
  expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toBe(before);
});
