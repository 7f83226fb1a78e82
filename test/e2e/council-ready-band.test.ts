import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { firstUsesUnexpanded } from '../content/acronyms.js';
import { runBinary } from '../helpers/cli.js';
import { oneAnswerChanged } from '../helpers/one-answer-changed.js';

// An assessor's review of council-cyber-resilience 2.2.0: a strong council whose backups could all
// be reached from the main network scored 98, "Ready". No assessor would sign that for a council
// that could not recover from ransomware, so from 2.3.0 "Ready" needs no critical gap open
// (noGapsOf), whatever the score.
const BEST = readFileSync('test/fixtures/content/council-all-best.answers.yaml', 'utf8');
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

/** The all-best council answers with one answer changed, written to a file of its own. */
const changed = oneAnswerChanged(BEST);

const assess = async (file: string, extra: string[] = []): Promise<{ a: Assessment; stderr: string }> => {
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'json', ...extra] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return { a: json(r.stdout), stderr: r.stderr };
};

describe('council-cyber-resilience: "Ready" needs no critical gap open', () => {
  it("the assessor's case: every answer at its best but backups ransomware could reach is 98, Partly ready, and the papers say why", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-council-ready-'));
    const best = await assess(changed(dir, 'best', 'ir-backups-offline: all-critical', 'ir-backups-offline: all-critical'));
    expect([best.a.overall.score, best.a.overall.rating?.label, best.stderr]).toEqual([100, 'Ready', '']);

    const file = changed(dir, 'backups', 'ir-backups-offline: all-critical', 'ir-backups-offline: online-only');
    const { a } = await assess(file);
    expect(a.warnings).toEqual([]);
    expect(a.gaps.map((g) => [g.question, g.severity])).toEqual([['ir-backups-offline', 'critical']]);
    expect(a.overall.score).toBeGreaterThan(98);
    expect(a.overall.rating?.label).toBe('Partly ready');
    expect(a.overall.cap).toBeNull();
    expect(a.ratings[0]).toEqual({ min: 80, label: 'Ready', colour: 'green', noGapsOf: ['critical'] });
    // The section holding the gap is held back too; the others keep their band.
    expect(a.sections.find((s) => s.id === 'response')?.rating?.label).toBe('Partly ready');
    expect(a.sections.find((s) => s.id === 'identity')?.rating?.label).toBe('Ready');

    const why = 'Rated Partly ready, not Ready: one critical gap is open.';
    const detail = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '--detail'] })).stdout;
    expect(detail).toMatch(/\nOverall 98\/100 Partly ready\n {2}Rated Partly ready, not Ready: one critical gap is open\.\n$/);
    // The one-screen summary says why on the score's line, which stays its last (SPEC "v2: reports").
    const summary = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23'] })).stdout;
    expect(summary).toMatch(/\nOverall 98\/100 Partly ready \(not Ready: one critical gap is open\)\n$/);
    const markdown = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'markdown'] })).stdout;
    expect(markdown).toContain(`\n${why}\n`);
    expect(markdown).toContain('Ratings: Ready (80 and above, with no critical gap open);');
    const html = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'html'] })).stdout;
    expect(html).toContain(why);
  });

  it('each critical question at its worst holds the band; a high gap alone does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-council-ready-'));
    const critical: [string, string][] = [
      ['tech-mfa-remote: all', 'tech-mfa-remote: none'],
      ['tech-privileged-accounts: in-place', 'tech-privileged-accounts: not-in-place'],
      ['vuln-exploited-days: 2', 'vuln-exploited-days: 30'],
      ['tech-unsupported-software: none', 'tech-unsupported-software: present'],
      ['ir-backups-offline: all-critical', 'ir-backups-offline: none'],
      // Critical since 2.3.0: remote access without multi-factor sign-in, by suppliers too; and no
      // senior owner or no response plan, so no one leads the response (the assessor's a4.yaml was 96, Ready).
      ['supply-remote-access: in-place', 'supply-remote-access: partly'],
      ['gov-senior-owner: in-place', 'gov-senior-owner: not-in-place'],
      ['ir-plan: tested', 'ir-plan: not-in-place'],
    ];
    for (const [i, [from, to]] of critical.entries()) {
      const { a } = await assess(changed(dir, `critical-${i}`, from, to));
      expect([a.summary.bySeverity.critical, a.summary.gaps, a.overall.rating?.label], to).toEqual([1, 1, 'Partly ready']);
      expect(a.overall.score, to).toBeGreaterThanOrEqual(80);
    }
    // A high gap is serious but does not on its own stop a recovery: the score decides. Suppliers'
    // access to operational technology not controlled and logged is high (its text does not ask for
    // multi-factor sign-in, which tech-mfa-remote already makes critical).
    const high: [string, string][] = [
      ['ir-restore-tested: full-restore', 'ir-restore-tested: not-tested'],
      ['iot-ot-supplier-access: in-place', 'iot-ot-supplier-access: not-in-place'],
    ];
    for (const [i, [from, to]] of high.entries()) {
      const { a } = await assess(changed(dir, `high-${i}`, from, to));
      expect([a.summary.bySeverity.high, a.summary.gaps, a.overall.rating?.label], to).toEqual([1, 1, 'Ready']);
    }
  });

  it('a waived critical gap still holds the band: a waiver accepts the risk, it does not remove it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-council-ready-'));
    const waiver = 'waivers:\n  - { question: ir-backups-offline, reason: Immutable backup storage arrives in March., approvedBy: Audit Committee, expires: 2027-03-31 }\n';
    const file = changed(dir, 'waived', 'ir-backups-offline: all-critical', 'ir-backups-offline: online-only', waiver);
    const { a } = await assess(file);
    expect(a.gaps.map((g) => [g.question, g.accepted])).toEqual([['ir-backups-offline', true]]);
    expect(a.overall.rating?.label).toBe('Partly ready');
    // Beside a gate that passes ("no unwaived critical gap"), the reason says the gap is waived, not
    // just "open", which read as a contradiction of the gate on the line below.
    const summary = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '--fail-on', 'critical'] })).stdout;
    expect(summary).toContain('Overall 98/100 Partly ready (not Ready: one critical gap is open, under a waiver) · gates passed\n');
    const markdown = (await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'markdown'] })).stdout;
    expect(markdown).toContain('\nRated Partly ready, not Ready: one critical gap is open, under a waiver.\n');
  });
});

// The same review, answering worst everywhere: priority is severity × question weight × section
// weight × shortfall (SPEC), so a gap in a light section can fall below medium items of the heavy
// governance section. Reporting a serious personal data breach to the ICO within 72 hours is a legal
// deadline, and the incident plan's reporting routes carry it; 2.2.0 ranked them 42nd and 41st, and
// the first weights of 2.3.0 still left them at 26th and 35th, below the SIRO and other medium gaps
// that win ties at 12 by coming first. The second review also found a critical gap (suppliers'
// remote access) ranked below ten high ones.
describe('council-cyber-resilience: the order of the gaps, worst answers everywhere', () => {
  it('ranks every critical gap above every high one, and the legal reporting duties above every medium gap', async () => {
    const { a } = await assess('test/fixtures/content/council-all-worst.answers.yaml');
    expect(a.warnings).toEqual([]);
    expect(a.overall.score).toBe(0);
    const ranks = (severity: string): number[] => a.gaps.filter((g) => g.severity === severity).map((g) => g.rank);
    const rank = (id: string): number => a.gaps.find((g) => g.question === id)?.rank ?? Number.NaN;
    const critical = a.gaps.filter((g) => g.severity === 'critical');
    expect(critical.length).toBe(8);
    expect(Math.max(...ranks('critical'))).toBeLessThan(Math.min(...ranks('high')));
    expect(rank('supply-remote-access')).toBeLessThanOrEqual(8);
    const medium = ranks('medium');
    expect(medium.length).toBeGreaterThan(60);
    for (const id of ['base-breach-reporting', 'ir-ncsc-reporting']) expect(rank(id), id).toBeLessThan(Math.min(...medium));
    // The heaviest (36) first, in questionnaire order: the senior owner leads, then the three
    // controls that hand over the network, then the response plan.
    expect(a.gaps.slice(0, 5).map((g) => [g.question, g.priority])).toEqual([
      ['gov-senior-owner', 36],
      ['tech-mfa-remote', 36],
      ['tech-privileged-accounts', 36],
      ['ir-backups-offline', 36],
      ['ir-plan', 36],
    ]);
  });

  it("the example council's plan shows its critical supplier gap in the first 15", async () => {
    const { a } = await assess('examples/council-cyber-resilience.answers.yaml');
    const top = a.gaps.slice(0, 15).map((g) => g.question);
    for (const g of a.gaps.filter((x) => x.severity === 'critical')) expect(top, g.question).toContain(g.question);
    expect(top).toContain('supply-remote-access');
  });
});

// Reports show only gaps, and a councillor reads a gap without the section around it: "CiSP" or
// "SPF" explained two questions earlier is not explained at all (the review of 2.2.0).
describe('council-cyber-resilience: every gap reads on its own', () => {
  it('in the question, the answer given and what to do, for every gap of the worst-case council', async () => {
    const { a } = await assess('test/fixtures/content/council-all-worst.answers.yaml');
    expect(a.gaps.length).toBeGreaterThan(120);
    const unexplained = a.gaps.flatMap((g) => [
      ...firstUsesUnexpanded([g.text, g.remediation ?? ''], g.question),
      ...firstUsesUnexpanded([g.text, String(g.answer ?? '')], g.question),
    ]);
    expect([...new Set(unexplained)]).toEqual([]);
  });

  // 2.2.0 asked about "several weeks" and then told the council to plan for four.
  it('asks about the period its remediation plans for', async () => {
    const { a } = await assess('test/fixtures/content/council-all-worst.answers.yaml');
    const continuity = a.gaps.find((g) => g.question === 'ir-business-continuity');
    expect(continuity?.text).toBe('Can critical services keep running for four weeks without their usual systems?');
    expect(continuity?.remediation).toMatch(/\bfour-week loss of systems\b/);
  });
});
