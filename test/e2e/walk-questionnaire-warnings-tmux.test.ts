import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

// Was: the walk said the questionnaire's warnings, then refused the profile; assess with an answers
// file says the refusal alone.
it.runIf(hasTmux)('a profile the questionnaire lacks is refused before its warnings are said, as without the walk', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-qwarn-'));
  startOnScreen(dir, ['assess', '-q', FULL, '--answers', 'a.yaml', '--profile', 'nope', '--today', '2026-12-07']);
  expect(await ended(dir)).toBe('2');
  const said = joinedHistoryText();
  expect(said).toMatch(/cyber-ready: --profile: questionnaire "[^"]+" has no profile "nope"/);
  expect(said).not.toContain('warning');
});

// Chosen from the list, the questionnaire is found by its path; the report at the walk's end finds
// it by the id the answers file names. Each load said the warnings, so they came twice.
it.runIf(hasTmux)('chosen from the list, its warnings are said once in the whole walk, not again before the report', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-qwarn-'));
  mkdirSync(join(dir, 'qdir'));
  const options = '          - { value: low, label: Low, score: 0 }\n          - { value: high, label: High, score: 0.5 }\n';
  writeFileSync(join(dir, 'qdir', 'tiny.yaml'), `id: tiny-warn\nversion: 1.0.0\ntitle: Aardvark check\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: q1\n        text: How well?\n        type: choice\n        options:\n${options}`);
  startOnScreen(dir, ['assess', '--plain', '--questionnaire-dir', 'qdir', '--answers', 'a.yaml', '--today', '2026-12-07']);
  await waitForScreen('Type a number from 1 to 4');
  for (const [reply, next] of [['1', 'Organisation'], ['Org', 'the assessor'], ['Me', 'Type a number from 1 to 2'], ['2', 'Write the markdown report']]) {
    await keys(reply as string, 'Enter');
    await waitForScreen(next as string);
  }
  expect(joinedHistoryText().match(/: warning: no answer to "q1" scores full marks/g)).toHaveLength(1);
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
});
