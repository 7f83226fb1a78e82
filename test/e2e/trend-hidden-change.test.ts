// trend says a change the rounding hides as diff says it. The example's councillors answered "all"
// instead of "most" moves the overall from 51.14 to 51.51: both shown as 51, and trend read "51 → 51
// (±0)" and, in the board paper, "held at 51", where diff on the same two versions says "±0; +0.4
// before rounding". A fall of the same size read as "held" beside an outcome that regressed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const councillors = (value: string): string => {
  const text = EXAMPLE.replace(/^ {2}people-councillor-accounts: most /m, `  people-councillor-accounts: ${value} `);
  expect(text === EXAMPLE).toBe(value === 'most');
  return text;
};
const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-hidden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** A history of two versions of a.yaml: the example with the councillors' answer as given in each (a comment added when they are the same, so that the file changed). */
function history(name: string, values: string[]): (...args: string[]) => ReturnType<typeof runBinary> {
  const dir = join(scratch, name);
  initRepository(dir);
  values.forEach((value, i) => commit(dir, { date: `2026-0${i + 1}-10T12:00:00+00:00`, message: `v${i + 1}`, write: { 'a.yaml': `${councillors(value)}${i > 0 && value === values[i - 1] ? '# Read again; nothing changed.\n' : ''}` } }));
  return (...args) => runBinary({ args: ['trend', 'a.yaml', '--today', '2026-12-05', ...args], cwd: dir, env }, 30_000);
}

describe('trend says a change that rounding hides', () => {
  let up: ReturnType<typeof history>, down: ReturnType<typeof history>, same: ReturnType<typeof history>;
  beforeAll(() => {
    up = history('up', ['most', 'all']);
    down = history('down', ['all', 'most']);
    same = history('same', ['most', 'most']);
  }, 30_000);

  it('text: the exact change beside the ±0, as diff gives it', async () => {
    const [u, d, s] = await Promise.all([up(), down(), same()]);
    for (const r of [u, d, s]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(u.stdout).toMatch(/\nScore \S+ {2}51 → 51 \(±0; \+0\.4 before rounding\) over 2 versions; now Partly ready\n$/);
    expect(d.stdout).toMatch(/\nScore \S+ {2}51 → 51 \(±0; -0\.4 before rounding\) over 2 versions; now Partly ready\n$/);
    expect(s.stdout).toMatch(/\nScore \S+ {2}51 → 51 \(±0\) over 2 versions; now Partly ready\n$/);
  });

  it('markdown: a hidden fall is not "held"; no change at all still is', async () => {
    const [u, d, s] = await Promise.all([up('-f', 'markdown'), down('-f', 'markdown'), same('-f', 'markdown')]);
    expect(u.stdout).toContain('The overall score went up by 0.4 before rounding from 2026-01-10 to 2026-02-10, shown as 51 at both, over 2 comparable versions;');
    expect(d.stdout).toContain('The overall score went down by 0.4 before rounding from 2026-01-10 to 2026-02-10, shown as 51 at both, over 2 comparable versions;');
    expect(d.stdout).not.toContain('held at');
    expect(s.stdout).toContain('The overall score held at 51 from 2026-01-10 to 2026-02-10, over 2 comparable versions;');
  });
});
