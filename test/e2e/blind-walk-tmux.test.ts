import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// `cyber-ready assess 2>log` on a terminal: the prompts used to be drawn into the log while the
// tool sat waiting for keys nobody could see to press. They draw on the terminal itself instead,
// standard error keeps only warnings and errors, and standard output only the report.
const terminal = tmuxTerminal('blind80', { width: 80, height: 24 });
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const { ended } = terminal;
const QDIR = ['--questionnaire-dir', join(repoRoot, 'test/fixtures/valid')];
const START = 'questionnaire: mini\norganisation: Test Council\nassessedOn: 2026-11-23\nanswers:\n  owner: partly\n  budget: yes\n  notes: none\n  cards: no\n  services: [dns]\n';

it.runIf(hasTmux)('with standard error sent to a file, the walk is drawn on the terminal and the file gets no prompt', { timeout: 60_000 }, async () => {
  const { screenText, waitForScreen, keys, start } = terminal;
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-blind-'));
  // A warning goes to standard error as ever: this one comes from the answers file. (Of a newer
  // version than the questionnaire's: an older one the walk brings up to date once all is answered.)
  writeFileSync(join(dir, 'answers.yaml'), START.replace('questionnaire: mini\n', 'questionnaire: mini\nquestionnaireVersion: 1.3.0\n'));
  start(dir, ['assess', ...QDIR, '-a', 'answers.yaml', '--today', '2026-11-23']);
  await waitForScreen('Resuming answers.yaml: 5 answers so far.');
  await waitForScreen('? Days to patch critical vulnerabilities?');
  // The full prompts, wrapped to the terminal's 80 columns (they know its width); "<" reaches the
  // answers saved before, though none was asked in this session.
  expect(screenText()).toContain('? Days to patch critical vulnerabilities? (days, at least 0; ? don\'t know, -\n  skip, < back)');
  await keys('10', 'Enter');
  await waitForScreen('? Do you run operational technology?');
  await keys('Enter'); // No
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const drawn = terminal.drawn(dir);
  expect(drawn).toContain('✔ Days to patch critical vulnerabilities? 10 days');
  expect(drawn).toContain('Saved answers.yaml.');
  // Standard error: the warning and nothing of the walk.
  expect(read(dir, 'stderr.txt')).toBe(
    'answers.yaml:2:23: warning: these answers are for version 1.3.0, but the questionnaire is version 1.2.0, older than theirs: a question or option added since is unknown to it; give version 1.3.0 of the questionnaire (-q FILE or --questionnaire-dir DIR, or a newer cyber-ready for a bundled one)\n',
  );
  // Standard output: the report alone.
  expect(read(dir, 'report.txt')).toMatch(/^Mini questionnaire \(mini 1\.2\.0\)\n/);
  expect(read(dir, 'report.txt')).not.toContain('Days to patch critical vulnerabilities? 10');
  expect(read(dir, 'answers.yaml')).toContain('  patch-days: 10\n  has-ot: no\n');
});

it.runIf(hasTmux)('with no terminal to draw on, the walk is refused in one line that says why and what to do, exit 2', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-blind-'));
  writeFileSync(join(dir, 'answers.yaml'), START);
  // setsid: standard input is still the terminal, but the run has no controlling terminal, so
  // /dev/tty cannot be opened (as on Windows, which has none).
  terminal.start(dir, ['assess', ...QDIR, '--save', 'new.yaml', '--today', '2026-11-23'], 'setsid -w ');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toBe('cyber-ready: cannot ask the questions: standard error is not a terminal, and no other terminal could be opened to show them on; run again without redirecting standard error (2>), or pass --answers FILE to score a file\n');
  expect(existsSync(join(dir, 'new.yaml'))).toBe(false);
  // A file with questions left: resuming is refused the same way, and --no-interactive scores it.
  terminal.start(dir, ['assess', ...QDIR, '-a', 'answers.yaml', '--today', '2026-11-23'], 'setsid -w ');
  expect(await ended(dir)).toBe('2');
  expect(read(dir, 'stderr.txt')).toContain('or add --no-interactive to score the file without asking\n');
  expect(read(dir, 'answers.yaml')).toBe(START);
  terminal.start(dir, ['assess', ...QDIR, '-a', 'answers.yaml', '--today', '2026-11-23', '--no-interactive', '--allow-incomplete', '-f', 'json'], 'setsid -w ');
  expect(await ended(dir)).toBe('0');
  expect(JSON.parse(read(dir, 'report.txt')).schemaVersion).toBe(2);
});
