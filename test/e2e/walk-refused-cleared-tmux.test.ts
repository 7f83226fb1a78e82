import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { refusedReply, startNewWalk } from '../helpers/walk-steps.js';

// A special reply refused at a number or a date is no draft of one: `n/a` at a number question that
// cannot be not applicable stayed on the full prompts' line, and the number typed next was read as
// `n/a14`, refused again. It is cleared; a number or a date refused is still kept to be mended.
const terminal = tmuxTerminal('refused-cleared', { width: 100, height: 30 });
afterAll(() => terminal.kill());
const { start, ended, waitForScreen, keys } = terminal;
const FIXTURE = join(repoRoot, 'test/fixtures/walk-refused');

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const refused = (dir: string, reply: string, refusal: string): Promise<void> => refusedReply(terminal, dir, reply, refusal);

const NOT_NA = 'This question cannot be marked not applicable; type the answer, or';

for (const plain of [false, true]) {
  it.runIf(hasTmux)(`${plain ? '--plain' : 'full prompts'}: n/a refused at a number question, the number typed next is saved alone`, { timeout: 90_000 }, async () => {
    const dir = await startNewWalk(terminal, join(FIXTURE, 'refused.yaml'), { prefix: 'refused-cleared', plain, first: 'Days to patch critical vulnerabilities?' });
    await refused(dir, 'n/a', `${NOT_NA} ${plain ? 'type skip' : '- to skip'}.`);
    if (!plain) {
      // A number refused stays on the line to be mended: one Backspace makes 14x the 14 meant.
      await refused(dir, '14x', 'Type a number of days');
      await keys('BSpace', 'Enter');
    } else await keys('14', 'Enter');
    await waitForScreen('Is there a budget?');
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
    expect(read(dir, 'a.yaml')).toContain('  patch-days: 14\n');
  });
}

it.runIf(hasTmux)('full prompts: `?` refused at a review date is cleared, and the date typed next is saved', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-refused-cleared-'));
  cpSync(FIXTURE, dir, { recursive: true });
  start(dir, ['assess', '-q', 'refused.yaml', '--answers', 'stale.answers.yaml', '--review', '--today', '2026-12-01']);
  await waitForScreen('Days to patch critical vulnerabilities?');
  await keys('Enter'); // keeps 30
  await waitForScreen('Review again by (was 2026-10-01');
  await refused(dir, '?', 'Type the date as YYYY-MM-DD');
  await keys('2027-10-01', 'Enter');
  await waitForScreen('Is there a budget?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'stale.answers.yaml')).toContain('reviewBy: 2027-10-01');
});
