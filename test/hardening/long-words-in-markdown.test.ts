// Text that makes pattern matching slow in the markdown board paper: a long word with no `@` (a
// pasted key or encoded file in a note) was scanned to its end from each of its letters when
// looking for mail addresses, and a long run of blank lines in a table cell (a not-applicable
// reason) retried each `<br>` to the end of the run. Both grew with the square of the length:
// 160,000 letters took half a minute, 40,000 blank lines five seconds. Now both take about as long
// as the same amount of ordinary text. The time allowed is far above what the run takes here and
// far below what it took before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runBinaryOwnTime } from '../helpers/own-time.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-long-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');

it('a note of one 300,000-letter word and a reason of 100,000 blank lines: the markdown paper is made in seconds', async () => {
  const word = 'a'.repeat(150_000) + '.b-c+d_e'.repeat(20_000);
  const text = example
    .replace('note: Emergency delegations for a cyber incident are drafted for the January 2027 cabinet.', `note: ${JSON.stringify(`Key ${word} ends; mail ops@example.gov.uk`)}`)
    .replace(/reason: >-\n {6}The Local Enterprise Partnership closed in 2024[^\n]*\n[^\n]*\n/, `reason: ${JSON.stringify(`Closed${'\n'.repeat(100_000)}in 2024`)}\n`);
  expect(text).not.toBe(example);
  const file = join(dir, 'long.yaml');
  writeFileSync(file, text);
  const r = await runBinaryOwnTime({ args: ['assess', '--answers', file, '--today', '2026-11-23', '--format', 'markdown'] });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // The word is text in the paper, the address after it a code span, and the reason's blank lines
  // breaks in its cell (the appendix's table of not-applicable answers).
  expect(r.stdout).toContain(`Key ${word.replace(/_/g, '\\_')} ends; mail \`ops@example.gov.uk\``);
  expect(r.stdout).toContain(`Closed${'<br>'.repeat(100_000)}in 2024`);
  expect(r.ownMs).toBeLessThan(15_000);
}, 60_000);
