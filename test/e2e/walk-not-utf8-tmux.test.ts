import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { tmux } from '../helpers/tmux-server.js';

const terminal = tmuxTerminal('not-utf8', { width: 80, height: 30 });
const { screenText, waitForScreen, keys, startOnScreen, ended, session } = terminal;
afterAll(() => terminal.kill());
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// A terminal in Latin-1 sends "é" as the byte E9, which is not UTF-8: read as U+FFFD, it was saved so.
for (const plain of [false, true]) {
  it.runIf(hasTmux)(`text typed as bytes that are not UTF-8 is refused and asked again${plain ? ' (--plain)' : ''}`, { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-not-utf8-'));
    startOnScreen(dir, ['assess', ...(plain ? ['--plain'] : []), '-q', 'council-cyber-resilience', '--save', 'l.yaml', '--today', '2026-11-23']);
    await waitForScreen('Organisation');
    await keys('Caf');
    tmux('send-keys', '-t', session, '-H', 'e9');
    await keys(' Council', 'Enter');
    await waitForScreen('The terminal sent text that is not UTF-8; use a UTF-8 locale, then retype.');
    await sleep(300);
    expect(existsSync(join(dir, 'l.yaml'))).toBe(false);
    expect(screenText()).not.toContain('Your name or role');
    if (plain) {
      // Asked again: the prompt once more, after the line that says why.
      expect(screenText().split('then retype.').at(-1)).toContain('Organisation');
      await keys('Cafe Council', 'Enter');
      await waitForScreen('Your name or role');
      expect(readFileSync(join(dir, 'l.yaml'), 'utf8')).toContain('organisation: Cafe Council');
    }
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
  });
}

// A U+FFFD the answers file holds came from the file, not the terminal: the refusal blamed the
// terminal, and a stale answer that held one could not be saved edited unless it was deleted.
for (const plain of [false, true]) {
  it.runIf(hasTmux)(`a saved answer's own U+FFFD is kept when it is edited${plain ? ' (--plain, typed again)' : ''}`, { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-not-utf8-'));
    const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    writeFileSync(join(dir, 'f.yaml'), example.replace(/^ {2}ir-out-of-hours-lead: >-\n(?: {4}.*\n)+/m, () => '  ir-out-of-hours-lead: { value: "Head of ICT at the Caf\\uFFFD", reviewBy: 2026-01-01 }\n'));
    startOnScreen(dir, ['assess', ...(plain ? ['--plain'] : []), '--answers', 'f.yaml', '--review-stale', '--today', '2026-11-23']);
    // The first stale answer and its date kept, then the one with U+FFFD.
    await waitForScreen('Review 1 of 2');
    await keys('Enter');
    await waitForScreen('Review again by');
    await keys('Enter');
    await waitForScreen('Review 2 of 2');
    await sleep(300);
    if (plain) {
      tmux('send-keys', '-t', session, '-l', 'Head of ICT at the Caf\uFFFD rota');
      await keys('Enter');
    } else await keys('Tab', ' rota', 'Enter');
    await waitForScreen('was 2026-01-01;');
    expect(screenText()).not.toContain('not UTF-8');
    expect(readFileSync(join(dir, 'f.yaml'), 'utf8')).toMatch(/^ {2}ir-out-of-hours-lead: \{ value: Head of ICT at the Caf\uFFFD rota, reviewBy: 2026-01-01 \}$/m);
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
  });
}
