// `diff` on Cyber Essentials, through the real binary: an automatic fail that appears or clears moves
// the rating by a band whatever the score, so every format names it next to the overall score.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { validateDiff } from '../helpers/diff-schema.js';

const CE = readFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), 'utf8');

/** The example with both its automatic fails fixed, and that one with a third failing instead. */
function files(): { dir: string; fixed: string; failing: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-fails-'));
  const fixed = CE.replace('  su-apps-14-days:\n    value: late', '  su-apps-14-days:\n    value: evidenced').replace('  uac-mfa-cloud:\n    value: most', '  uac-mfa-cloud:\n    value: all');
  const failing = fixed.replace('  su-os-firmware-14-days:\n    value: evidenced', '  su-os-firmware-14-days:\n    value: late');
  expect(new Set([CE, fixed, failing]).size).toBe(3);
  writeFileSync(join(dir, 'old.yaml'), CE);
  writeFileSync(join(dir, 'fixed.yaml'), fixed);
  writeFileSync(join(dir, 'failing.yaml'), failing);
  return { dir, fixed, failing };
}

const diff = (dir: string, ...args: string[]) => runBinary({ args: ['diff', '--today', '2026-11-25', ...args], cwd: dir });

describe('diff and automatic fails', () => {
  it('names the automatic fails cleared and the new one, under the overall, in text, markdown and JSON', async () => {
    const { dir } = files();
    const cleared = await diff(dir, 'old.yaml', 'fixed.yaml');
    expect(cleared.code, cleared.stderr).toBe(ExitCode.Ok);
    expect(cleared.stdout).toMatch(/\nOverall {2}\d+ → \d+ \(\+\d+\) {2}Not ready to certify → Close: fix the gaps first\n {2}Automatic fails cleared: su-apps-14-days, uac-mfa-cloud\n\n/);
    const json = JSON.parse((await diff(dir, 'old.yaml', 'fixed.yaml', '-f', 'json')).stdout) as AssessmentDiff;
    expect(json.clearedAutomaticFails.map((f) => [f.question, f.system, f.answer])).toEqual([
      ['su-apps-14-days', null, 'No: some took longer than 14 days'],
      ['uac-mfa-cloud', null, 'On all administrators, and on users of most services, but not every user of every service'],
    ]);
    expect(json.newAutomaticFails).toEqual([]);
    expect(validateDiff(json), JSON.stringify(validateDiff.errors)).toBe(true);

    const appeared = await diff(dir, 'fixed.yaml', 'failing.yaml', '--fail-on-regression');
    expect(appeared.code).toBe(ExitCode.GateFailed);
    expect(appeared.stdout).toContain('→ Not ready to certify\n  New automatic fail, holding the rating at its lowest band whatever the score:\n    su-os-firmware-14-days\n\n');
    const md = await diff(dir, 'fixed.yaml', 'failing.yaml', '-f', 'markdown');
    expect(md.stdout).toMatch(/\n\*\*Overall: .*\n\n\*\*New automatic fail\*\*, holding the rating at its lowest band whatever the score:\n\n- Over the last three months, .* \(`su-os-firmware-14-days`\): No: some took longer than 14 days\n\n/);
    const back = JSON.parse((await diff(dir, 'fixed.yaml', 'failing.yaml', '-f', 'json')).stdout) as AssessmentDiff;
    expect(back.newAutomaticFails.map((f) => f.question)).toEqual(['su-os-firmware-14-days']);
    expect(validateDiff(back), JSON.stringify(validateDiff.errors)).toBe(true);
    // Back again: the answers the fixed file gained are "newly answered" nowhere, but every list is still valid.
    const reverse = JSON.parse((await diff(dir, 'failing.yaml', 'old.yaml', '-f', 'json')).stdout) as AssessmentDiff;
    expect(validateDiff(reverse), JSON.stringify(validateDiff.errors)).toBe(true);
  });

  it('says nothing of automatic fails when none came or went', async () => {
    const { dir } = files();
    const same = await diff(dir, 'old.yaml', 'old.yaml');
    expect(same.stdout).not.toContain('automatic fail');
    expect(same.stdout).not.toContain('Automatic fail');
  });
});
