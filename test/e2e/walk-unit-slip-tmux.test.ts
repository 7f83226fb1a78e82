import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { refusedReply, startNewWalk } from '../helpers/walk-steps.js';

// A number's unit with an "s" too many is a slip, not the unit: "14 dayss" at a question in days
// was saved as 14 (the unit's forms added an "s" to a unit already plural). It is refused as any
// mistyped number is, at both prompters; the unit typed right ("14 days", "1 day") is still taken.
const terminal = tmuxTerminal('unit-slip', { width: 100, height: 30 });
afterAll(() => terminal.kill());
const { ended, waitForScreen, keys } = terminal;
const QUESTIONNAIRE = join(repoRoot, 'test/fixtures/walk-refused/refused.yaml');

for (const plain of [false, true]) {
  it.runIf(hasTmux)(`${plain ? '--plain' : 'full prompts'}: "14 dayss" is refused, and "14 days" typed next is saved as 14`, { timeout: 90_000 }, async () => {
    const dir = await startNewWalk(terminal, QUESTIONNAIRE, { prefix: 'unit-slip', plain, first: 'Days to patch critical vulnerabilities?' });
    await refusedReply(terminal, dir, '14 dayss', 'Type a number of days');
    // The full prompts keep a refused number on the line to be mended: one Backspace makes it "14 days".
    if (plain) await keys('14 days', 'Enter');
    else await keys('BSpace', 'Enter');
    await waitForScreen('Is there a budget?');
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('  patch-days: 14\n');
  });
}
