// `diff`'s shown change is the difference of the rounded-down scores, so the figures on screen add up.
// An exact change that rounding hides read as none: "48 → 48 (±0)" for an exact +0.37, when the same
// +0.37 read "50 → 51 (+1)" in another pair. Where the shown change is ±0 and the exact one is not,
// text and markdown now say the exact one too; the rounding rule is kept everywhere else.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const councillors = (value: string): string => {
  const text = EXAMPLE.replace(/^ {2}people-councillor-accounts: most /m, `  people-councillor-accounts: ${value} `);
  expect(text === EXAMPLE).toBe(value === 'most');
  return text;
};

/** The example (overall 51.14) beside itself with the councillors' answer given as `value`, in text, markdown and JSON. */
async function diffTo(value: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-hidden-change-'));
  writeFileSync(join(dir, 'old.yaml'), EXAMPLE);
  writeFileSync(join(dir, 'new.yaml'), councillors(value));
  const run = (...args: string[]) => runBinary({ args: ['diff', 'old.yaml', 'new.yaml', '--today', '2026-12-05', ...args], cwd: dir });
  const [text, markdown, json] = await Promise.all([run(), run('-f', 'markdown'), run('-f', 'json')]);
  for (const r of [text, markdown, json]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return { text: text.stdout, markdown: markdown.stdout, data: JSON.parse(json.stdout) as AssessmentDiff };
}

describe('diff says a change that rounding hides', () => {
  it('±0 shown for an exact +0.37: the exact change beside it, in text and markdown', async () => {
    const { text, markdown, data } = await diffTo('all');
    expect([Math.floor(data.overall.old ?? 0), Math.floor(data.overall.new ?? 0)]).toEqual([51, 51]);
    expect(data.overall.delta).toBeCloseTo(0.37, 2);
    expect(text).toContain('\nOverall  51 → 51 (±0; +0.4 before rounding)  still Partly ready\n');
    expect(markdown).toContain('\n**Overall: 51 → 51 (±0; +0.4 before rounding)**, still rated Partly ready.\n');
    // A section that moved shows its own change as before.
    expect(text).toMatch(/\n {2}Staff and councillor awareness and training {2}62 → 68 \(\+6\)\n/);
  });

  it('a change that rounding shows is said as it was, and no change at all is ±0 alone', async () => {
    const down = await diffTo('some');
    expect(down.data.overall.delta).toBeCloseTo(-0.18, 2);
    expect(down.text).toContain('\nOverall  51 → 50 (-1)  still Partly ready\n');
    expect(down.markdown).toContain('\n**Overall: 51 → 50 (-1)**, still rated Partly ready.\n');
    const same = await diffTo('most');
    expect(same.text).toContain('\nOverall  51 → 51 (±0)  still Partly ready\n');
    expect(same.markdown).toContain('\n**Overall: 51 → 51 (±0)**, still rated Partly ready.\n');
    for (const out of [down.text, down.markdown, same.text, same.markdown]) expect(out).not.toContain('before rounding');
  });
});
