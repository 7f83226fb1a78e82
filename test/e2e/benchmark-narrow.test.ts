// benchmark on a narrow terminal, through the real binary. Its text was never laid out narrower
// than 60 columns, so at 40 about half its lines ran to 45–59 columns and the terminal broke them
// mid-word; and at 60 the section table's titles wrapped within a 14-column title column, breaking
// "communication" and "Vulnerabilities," themselves ("communicatio" over "n"). Now each line keeps to
// the width, and where the titles do not fit beside the figures, each goes whole above them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { narrowFaults } from '../helpers/narrow-text.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-benchmark-narrow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Six councils of the demo forum: the default questionnaire's long section titles.
let files: string[] = [];
beforeAll(() => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo-councils.mjs'), '--out', work, '--count', '6'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  files = readdirSync(join(work, 'extracts')).sort().map((f) => join('extracts', f));
  expect(files).toHaveLength(6);
}, 90_000);

const RUNS = [
  { name: 'no council highlighted', highlight: false },
  { name: 'a council highlighted', highlight: true },
];

describe.each(RUNS)('benchmark text with $name on a narrow terminal', ({ highlight }) => {
  const bench = (columns: number) =>
    runBinary({ args: ['benchmark', ...files, ...(highlight ? ['--highlight', files[0] ?? ''] : []), '--today', '2026-12-01'], cwd: work, env: { COLUMNS: String(columns) } }, 30_000);

  it.each([40, 60])('at %i columns no line is wider than the terminal and no word is broken', async (columns) => {
    const [narrow, wide] = await Promise.all([bench(columns), bench(400)]);
    expect(narrow.code, narrow.stderr).toBe(ExitCode.Ok);
    expect(narrowFaults(narrow.stdout, wide.stdout, columns)).toEqual({ tooWide: [], brokenWords: [] });
  });

  it('at 40 columns each section title goes whole on a line of its own, its figures under it', async () => {
    const lines = (await bench(40)).stdout.split('\n');
    const at = lines.indexOf('  Public engagement and communication');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ +6  \d+ \(\d+–\d+\)/);
    // The heads likewise: the titles' over the figures'.
    const head = lines.indexOf('  Section');
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toMatch(/^ {5}n {2}median \(Q1–Q3\)/);
  });

  it('at 80 columns the titles are beside their figures, as before', async () => {
    const { stdout } = await bench(80);
    expect(stdout).toMatch(/^ {2}Public engagement and( communication)? +6  \d+ \(\d+–\d+\)/m);
  });
});
