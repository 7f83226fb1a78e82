import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

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
    execFileSync('tmux', ['send-keys', '-t', session, '-H', 'e9']);
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
