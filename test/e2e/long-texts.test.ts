// A note of many lines, or a text of many backtick runs, through the real binary. Each once reached
// a call as one argument per line or run (`push(...lines)`, `Math.max(0, ...runs)`), and past about
// 120,000 arguments V8 stops with "Maximum call stack size exceeded": exit 2, an internal error,
// for a 400 KB answers file well inside the size limit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary, type CliResult } from '../helpers/cli.js';

const LINES = 150_000;
const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-long-texts-'));
const answers = join(dir, 'long.answers.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  // Both are gaps, so their notes reach every report that lists gaps with their notes.
  const manyLines = `    note: |\n${'      ab\n'.repeat(LINES)}`;
  const manyRuns = `  gov-portfolio-holder:\n    value: no\n    note: ${JSON.stringify(`https://example.org/${'a`'.repeat(LINES)}a`)}\n`;
  const text = example
    .replace(/^ {4}note: Emergency delegations.*\n/m, manyLines)
    .replace(/^ {2}gov-portfolio-holder: no.*\n/m, manyRuns);
  expect(text).not.toBe(example);
  expect(text.split('\n').length).toBeGreaterThan(LINES);
  writeFileSync(answers, text);
});

const assess = (more: string[]): Promise<CliResult> =>
  runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23', ...more], env: { COLUMNS: '80' } }, 30_000);

function expectReport(r: CliResult): void {
  expect(r.stderr, r.stderr.slice(0, 500)).not.toMatch(/internal error|Maximum call stack/);
  expect(r.code, r.stderr.slice(0, 500)).toBe(0);
}

describe('a note of 150,000 lines and a text of 150,000 backtick runs', () => {
  it('are listed in full by the detailed text report', async () => {
    const r = await assess(['--detail']);
    expectReport(r);
    expect(r.stdout.match(/^ +ab$/gm)?.length ?? 0).toBeGreaterThanOrEqual(LINES - 1);
  });

  // No address holds a backtick as written, so the address is a code span of its own and each
  // backtick after it is escaped text.
  it('are written by the markdown report, the address in a code span and the backtick runs after it as text', async () => {
    const r = await assess(['-f', 'markdown']);
    expectReport(r);
    expect(r.stdout).toContain(`\`https://example.org/a\`${'\\`a'.repeat(LINES)}`);
  });

  // The Word paper is left out: it takes 15-20 s to lay out 150,000 lines, too slow to run here.
  it('are written to the HTML paper', async () => {
    const html = join(dir, 'paper.html');
    const r = await assess(['--report', `html=${html}`]);
    expectReport(r);
    expect(readFileSync(html, 'utf8')).toContain('ab\nab');
  });
});
