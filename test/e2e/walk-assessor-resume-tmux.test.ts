import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A new walk saves its file once the organisation is typed; stopped at the assessor's prompt, the
// file had the organisation and no assessor, and resuming it went straight to the first question,
// so the assessor was never asked. A file with the organisation, no assessor and no answer yet is
// now asked for the assessor before any question.
const terminal = tmuxTerminal('walk-assessor', { width: 80, height: 30 });
const { screenText, waitForScreen, keys, start, ended } = terminal;
afterAll(() => terminal.kill());

const ASSESSOR = 'Your name or role (the assessor)';
const common = ['assess', '--plain', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--today', '2026-11-23'];

it.runIf(hasTmux)('a walk stopped at the assessor prompt asks for the assessor again when resumed, before the first question', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-assessor-'));
  start(dir, [...common, '-q', 'mini', '--save', 'n1.yaml']);
  await waitForScreen('Organisation (for example');
  await keys('Some Council', 'Enter');
  await waitForScreen(ASSESSOR);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'n1.yaml'), 'utf8')).toContain('organisation: Some Council\nassessedOn: 2026-11-23\n');

  start(dir, [...common, '--answers', 'n1.yaml']);
  await waitForScreen(ASSESSOR);
  // Asked before the questions: the organisation is not asked again, and no question is on screen yet.
  expect(screenText()).not.toContain('Organisation (for example');
  expect(screenText()).not.toContain('Type a number');
  await keys('Head of ICT', 'Enter');
  await waitForScreen('Type a number from 1 to 4');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'n1.yaml'), 'utf8')).toContain('organisation: Some Council\nassessor: Head of ICT\nassessedOn: 2026-11-23\n');

  // Given once, it is not asked again.
  start(dir, [...common, '--answers', 'n1.yaml']);
  await waitForScreen('Type a number from 1 to 4');
  expect(screenText()).not.toContain(ASSESSOR);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(existsSync(join(dir, 'n1.yaml'))).toBe(true);
});
