import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A council's own questionnaire that no answer gives full marks: the guided walk says its warnings
// before the first question, as assess with an answers file does. It said none, though the walk
// ends in the same report and the README listed assess among the runs that say them.
const terminal = tmuxTerminal('qwarn', { width: 80, height: 24 });
const { joinedHistoryText, waitForScreen, startOnScreen, keys, ended } = terminal;
afterAll(() => terminal.kill());

const FULL = join(repoRoot, 'test/fixtures/score-reach/full-marks.yaml');

it.runIf(hasTmux)('a new walk says the questionnaire\'s warnings once, then asks its first question', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-qwarn-'));
  startOnScreen(dir, ['assess', '-q', FULL, '--answers', 'a.yaml', '--today', '2026-12-07']);
  await waitForScreen('? Organisation');
  const said = joinedHistoryText().split('? Organisation')[0] as string;
  expect(said.match(/: warning: /g)).toHaveLength(3);
  expect(said).toContain(`${FULL}:21:9: warning: no answer to "backed-up" scores full marks (the best scores 0.9)`);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});
