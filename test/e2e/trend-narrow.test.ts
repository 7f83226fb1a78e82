// trend on a narrow terminal, through the real binary: at 40 columns its rows ran to 60 columns wide
// (the width was never taken below 60), so a terminal broke "Partly ready" and the gap counts across
// lines. Now each row keeps to the width: the counts go on a line of their own under the date, commit
// and score where they do not fit beside them, and each rating goes whole on a line of its own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRepository, commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { narrowFaults } from '../helpers/narrow-text.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-narrow-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

// The demo history (the default questionnaire, a version not comparable and one invalid, so two
// footnotes), and a CAF history with a critical system (a column more, headed over two lines).
const HISTORIES = [
  { name: 'the demo history', dir: 'demo', args: ['readiness.yaml'], rating: 'Partly ready' },
  { name: 'a CAF history with a critical system', dir: 'caf', args: ['assurance/caf.yaml', '--since', '2025-01-01'], rating: 'Outcomes partly achieved' },
];

beforeAll(() => {
  buildDemoRepository(join(scratch, 'demo'));
  const caf = join(scratch, 'caf');
  initRepository(caf);
  const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
  const wasteFleet = readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), 'utf8');
  commit(caf, { date: '2026-11-10T12:00:00+00:00', message: 'CAF', write: { 'assurance/caf.yaml': example.replace('assessedOn: 2026-11-20', 'assessedOn: 2026-11-10'), 'assurance/systems/waste-fleet.yaml': wasteFleet } });
  commit(caf, { date: '2026-11-20T12:00:00+00:00', message: 'CAF', write: { 'assurance/caf.yaml': example } });
}, 60_000);

describe.each(HISTORIES)('trend of $name on a narrow terminal', ({ dir, args, rating }) => {
  const trend = (columns: number) => runBinary({ args: ['trend', ...args, '--today', '2026-12-01'], cwd: join(scratch, dir), env: { ...env, COLUMNS: String(columns) } }, 30_000);

  it.each([40, 60])('at %i columns no line is wider than the terminal and no word is broken', async (columns) => {
    const [narrow, wide] = await Promise.all([trend(columns), trend(200)]);
    expect(narrow.code).toBe(ExitCode.Ok);
    expect(narrow.stderr).toBe('');
    expect(narrowFaults(narrow.stdout, wide.stdout, columns)).toEqual({ tooWide: [], brokenWords: [] });
    // The newest rating whole on one line: beside its row's counts where it fits, else under them.
    expect(narrow.stdout).toMatch(new RegExp(`^(2026-11-20 .* | {12})${rating}( |$)`, 'm'));
  });

  it('at 40 columns the counts go under the date, commit and score, each under its head', async () => {
    const { stdout } = await trend(40);
    const lines = stdout.split('\n');
    const heads = lines.findIndex((l) => l.startsWith('Date '));
    expect(lines[heads]).toBe('Date        Commit   Score');
    const counts = lines.slice(heads + 1).find((l) => / Crit High /.test(l));
    const newest = lines.findLastIndex((l) => /^2026-11-20 {2}\w{7} {5}\d\d$/.test(l));
    expect(newest).toBeGreaterThan(heads);
    // Each figure ends where its head does.
    const row = lines[newest + 1] ?? '';
    for (const head of ['Crit', 'High', 'Med', 'Low']) {
      const end = (counts?.indexOf(head) ?? -1) + head.length;
      expect(row.charAt(end - 1), `${head} in "${row}"`).toMatch(/\d/);
      expect(row.charAt(end), `${head} in "${row}"`).toMatch(/^ ?$/);
    }
    expect(lines[newest + 2]).toBe(`            ${rating}`);
  });
});
