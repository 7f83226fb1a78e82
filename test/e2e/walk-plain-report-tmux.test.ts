import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { copySystemsFixture, endPlainWalkWithoutReport } from '../helpers/walk-steps.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// The report at the end of a plain walk (for screen readers) was the terminal report with its
// colour taken off: bars ("█████░░░░░", "··········") that a voice reads by its own whim, questions
// cut with "…" (which NVDA does not speak: the Cyber Essentials summary was heard as "x-shaped
// bullet Over the update for operating systems and"), "✗" and "✓" for marks, and columns where a
// title's wrapped second line was heard after its score. It is now written to be read aloud.
const terminal = tmuxTerminal('plain-report', { width: 80, height: 24 });
const { waitForScreen, keys, start, startOnScreen, historyText, ended } = terminal;
afterAll(() => terminal.kill());

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
/** The report's words, each line's wrapping and indent as one space, to find a whole sentence in. */
const unwrapped = (report: string): string => report.replace(/\s+/g, ' ');
/** What a screen reader reads by its voice or not at all. */
const VOICED = /[█░·…✗✓]/;

/** The Cyber Essentials example with one answer taken out, for a walk to ask it. */
function ceExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-report-'));
  const example = readFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), 'utf8');
  writeFileSync(join(dir, 'ce.yaml'), example.replace(/\n {2}scope-legal-entities:\n(?: {4}.*\n)+/, '\n'));
  return dir;
}

async function walkCe(dir: string, env: string, plain: string[]): Promise<string> {
  start(dir, ['assess', '--answers', 'ce.yaml', '--today', '2026-12-01', ...plain], env);
  await waitForScreen('Does the scope name every legal body');
  await waitForScreen('Type a number from 1 to 4');
  await keys('3', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  return read(dir, 'report.txt');
}

it.runIf(hasTmux)('--plain and TERM=dumb: the report reads aloud, with whole questions, marks in words and one line per section; --no-interactive keeps the usual report', { timeout: 90_000 }, async () => {
  for (const [env, plain] of [['', ['--plain']], ['TERM=dumb ', []]] as const) {
    const report = await walkCe(ceExample(), env, [...plain]);
    expect(report).not.toMatch(VOICED);
    // Each automatic fail whole, saying what it is; never cut in the middle.
    expect(report).toMatch(/^ {2}Automatic fail: Over the last three months, was every high-risk or critical /m);
    expect(unwrapped(report)).toContain(' Automatic fail: Over the last three months, was every high-risk or critical update for applications, including their plug-ins, extensions and add-ons, installed on everything in scope within 14 days of its release? Automatic fail: Is multi-factor');
    // Not kept to one screen, which nobody sees: every section, and the blank lines between the parts.
    expect(report).toContain('\n\nSections (scores out of 100, rounded down)\n');
    // A section in one sentence, its title first.
    expect(report).toMatch(/^ {2}Firewalls: 90, Close: fix the gaps first\.$/m);
    expect(report).toMatch(/^ {2}Scope and boundary: \d+, Not ready to certify\.$/m);
    // A gap: its rank and severity in words, the question whole, its mark after it.
    expect(report).toMatch(/^ {2}1\. Critical: Over the last three months, was every high-risk or critical /m);
    expect(unwrapped(report)).toContain(' 1. Critical: Over the last three months, was every high-risk or critical update for applications, including their plug-ins, extensions and add-ons, installed on everything in scope within 14 days of its release? (automatic fail) 2. High:');
    expect(report).toMatch(/\nOverall \d+\/100 Not ready to certify \(capped by automatic fails\)\n$/);
  }
  // A run without prompts keeps the usual report under TERM=dumb, as CI logs often have it.
  const usual = await runBinary({ args: ['assess', '--answers', join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), '--no-interactive', '--today', '2026-12-01'], env: { TERM: 'dumb' } });
  expect(usual.stdout).toMatch(/ {2}✗ Over the last three months/);
  expect(usual.stdout).toContain('█');
});

it.runIf(hasTmux)('--plain --detail: the gaps, gates and the table of sections by critical system read as sentences', { timeout: 60_000 }, async () => {
  const dir = copySystemsFixture('plain-report-detail');
  writeFileSync(join(dir, 'sys.answers.yaml'), read(dir, 'sys.answers.yaml').replace('  owner: yes\n', ''));
  start(dir, ['assess', '--plain', '--detail', '--min-score', '90', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-12-01']);
  await waitForScreen('Is there a named senior owner?');
  await keys('2', 'Enter');
  await endPlainWalkWithoutReport(terminal);
  expect(await ended(dir)).toBe('1');
  const report = read(dir, 'report.txt');
  expect(report).not.toMatch(VOICED);
  expect(report).not.toContain('\u00a0');
  // Each row of the matrix names its systems by title, not by a column heading far above.
  expect(report).toMatch(/^ {2}Protection\n {4}Revenues and benefits: 100; Social care case management: 33;/m);
  expect(unwrapped(report)).toContain(' Protection Revenues and benefits: 100; Social care case management: 33; Waste collection: 33 Detection ');
  expect(report).not.toMatch(/revenues {2}social-care {2}waste/);
  expect(report).toMatch(/^ {2}1\. High: Are the system's logs collected centrally\? \[logged\]\n {8}Critical system: Social care case management\n {8}Detection; answer: No; score 0\.00; priority 6\n/m);
  expect(report).toMatch(/^ {2}Gate fails: overall score \d+ is below/m);
});

it.runIf(hasTmux)('a plain walk writing its report to a file (-o) writes the usual report there, as --report text= does', { timeout: 60_000 }, async () => {
  const dir = ceExample();
  await walkCe(dir, '', ['--plain', '-o', 'out.txt', '--report', 'text=r.txt']);
  // Two text reports of one run are one report; the file is not the read-aloud one printed on a terminal.
  expect(read(dir, 'out.txt')).toBe(read(dir, 'r.txt'));
  expect(read(dir, 'out.txt')).toContain('█');
});

// A walk that wrote its report to a file said nothing of its gates: "Wrote out.txt." and exit 1,
// the failure only inside the file, where a run without prompts says each failed gate on standard
// error. And it offered the markdown paper that -o had just written.
it.runIf(hasTmux)('a walk writing its report with -o says a failed gate, and does not offer the markdown paper it has just written', { timeout: 90_000 }, async () => {
  for (const [format, offered] of [['text', true], ['markdown', false]] as const) {
    const dir = ceExample();
    startOnScreen(dir, ['assess', '--answers', 'ce.yaml', '--today', '2026-12-01', '--plain', '--min-score', '90', '--format', format, '-o', `out.${format}`]);
    await waitForScreen('Type a number from 1 to 4');
    await keys('3', 'Enter');
    await waitForScreen('cyber-ready: gate failed: overall score');
    if (offered) {
      await waitForScreen('Write the markdown report');
      await keys('n', 'Enter');
    }
    expect(await ended(dir)).toBe('1');
    const said = historyText();
    expect(said).toMatch(/ce\.yaml:\d+:\d+: gate min-score failed: overall score \d+ is below/);
    expect(said).toMatch(/\ncyber-ready: gate failed: overall score \d+ is below 90\n/);
    expect(said.includes('Write the markdown report')).toBe(offered);
    expect(read(dir, `out.${format}`)).toMatch(/gates? FAILED|Gate fails|fail/i);
  }
});

it.runIf(hasTmux)("at a multiple choice, one option's name is that option, even one named like a special reply", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-multi-'));
  const q = read(repoRoot, 'test/fixtures/valid/mini.yaml').replace('          - { value: none, label: None of these, score: 0, exclusive: true }', '          - { value: none, label: Unknown, score: 0, exclusive: true }');
  expect(q).toContain('label: Unknown');
  writeFileSync(join(dir, 'q.yaml'), q);
  writeFileSync(join(dir, 'a.yaml'), read(repoRoot, 'test/fixtures/valid/mini.answers.yaml').replace(/^ {2}services: .*\n/m, ''));
  start(dir, ['assess', '--plain', '-q', 'q.yaml', '--answers', 'a.yaml', '--today', '2026-11-23']);
  await waitForScreen('Which services do you use?');
  await waitForScreen('Type the numbers of all that apply');
  await keys('unknown', 'Enter');
  await waitForScreen('Recorded: Unknown.');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(read(dir, 'a.yaml')).toMatch(/^ {2}services: \[none\]$/m);
});
