import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { oneAnswerChanged } from '../helpers/one-answer-changed.js';

// A Cyber Essentials assessor's review: the top band was given with a high gap open (no malware
// protection anywhere scored 96.8, "Likely to pass"). Certification is pass or fail, and the
// questionnaire calls a high gap a non-compliance the assessor will ask you to fix, so the top band
// needs no open critical or high gap (noGapsOf).
const BEST = readFileSync('test/fixtures/content/cyber-essentials-all-best.answers.yaml', 'utf8');
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

/** The all-best Cyber Essentials answers with one answer changed, written to a file of its own. */
const changed = oneAnswerChanged(BEST);

const assessCe = async (file: string, extra: string[] = []): Promise<Assessment> => {
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'json', ...extra] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return json(r.stdout);
};

describe('cyber-essentials-readiness: "Likely to pass" needs every critical and high requirement met', () => {
  it("the assessor's case: every answer at its best but no malware protection anywhere is 96.8, Close: fix the gaps first", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-gaps-'));
    const all = await assessCe(changed(dir, 'best', 'mp-coverage: all', 'mp-coverage: all'));
    expect([all.overall.score, all.overall.rating?.label]).toEqual([100, 'Likely to pass']);
    const file = changed(dir, 'no-malware', 'mp-coverage: all', 'mp-coverage: none');
    const a = await assessCe(file);
    expect(a.warnings).toEqual([]);
    expect(a.overall.score).toBeCloseTo(96.825, 3);
    expect(a.overall.rating?.label).toBe('Close: fix the gaps first');
    expect(a.overall.cap).toBeNull();
    expect(a.sections.find((s) => s.id === 'malware-protection')?.rating?.label).toBe('Close: fix the gaps first');
    expect(a.sections.find((s) => s.id === 'firewalls')?.rating?.label).toBe('Likely to pass');
    const text = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23'] });
    expect(text.stdout).toMatch(/\nOverall 96\/100 Close: fix the gaps first \(not Likely to pass: one high gap is open\)\n$/);
  });

  it('each of the high gaps the assessor named holds the band; a medium or low gap alone does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-gaps-'));
    const high: [string, string][] = [
      ['uac-admin-daily-use: separate-accounts', 'uac-admin-daily-use: daily-use'],
      ['fw-default-deny: all', 'fw-default-deny: some'],
      ['sc-default-passwords: all-changed', 'sc-default-passwords: not-checked'],
      ['scope-cloud-services: all-included', 'scope-cloud-services: some-left-out'],
      ['plus-malware-email: passed', 'plus-malware-email: failed'],
    ];
    for (const [i, [from, to]] of high.entries()) {
      const a = await assessCe(changed(dir, `high-${i}`, from, to));
      expect([a.summary.bySeverity.high, a.overall.rating?.label], to).toEqual([1, 'Close: fix the gaps first']);
      expect(a.overall.score, to).toBeGreaterThanOrEqual(95);
    }
    const medium = await assessCe(changed(dir, 'medium', 'mp-alerts-acted-on: evidenced', 'mp-alerts-acted-on: not-done'));
    expect([medium.summary.bySeverity.medium, medium.summary.gaps, medium.overall.rating?.label]).toEqual([1, 1, 'Likely to pass']);
  });

  it('a waived high gap still holds the band: a waiver accepts the risk, it does not meet the requirement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-gaps-'));
    const waiver = 'waivers:\n  - { question: mp-coverage, reason: Replacing the anti-malware product in January., approvedBy: Audit Committee, expires: 2027-03-31 }\n';
    const a = await assessCe(changed(dir, 'waived', 'mp-coverage: all', 'mp-coverage: none', waiver));
    expect(a.gaps.map((g) => [g.question, g.accepted])).toEqual([['mp-coverage', true]]);
    expect(a.overall.rating?.label).toBe('Close: fix the gaps first');
  });

  // An automatic fail caps the rating as before; what the rating would be without the cap is now
  // the band below the top one, as the fail is itself a critical gap, and the reports say why.
  it('with an automatic fail as well, says the rating without the cap and why it is not the top band', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-gaps-'));
    const file = changed(dir, 'mfa', 'uac-mfa-cloud: all', 'uac-mfa-cloud: admins-only');
    const a = await assessCe(file);
    expect([a.overall.rating?.label, a.overall.cap?.uncappedRating?.label]).toEqual(['Not ready to certify', 'Close: fix the gaps first']);
    const markdown = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'markdown'] })).stdout;
    expect(markdown).toContain('> **Rating capped at Not ready to certify by one automatic fail, whatever the score; without the cap it would be rated Close: fix the gaps first. A waiver does not lift the cap.**');
    expect(markdown).toContain('\n\nWithout the cap, rated Close: fix the gaps first, not Likely to pass: one critical gap is open.\n\n');
    const detail = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '--detail'] })).stdout;
    expect(detail).toMatch(/\nOverall 97\/100 Not ready to certify \(capped by automatic fails\)\n {2}Without the cap, rated Close: fix the gaps first, not Likely to pass: one critical gap is open\.\n$/);
  });
});
