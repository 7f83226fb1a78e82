// A Local Resilience Forum analyst's own questionnaire (test/fixtures/forum-authored/forum.yaml),
// written from SPEC alone: every question kind, "service" as its systemLabel, a system question that
// depends on organisation questions, automatic fails on both scopes, a profile across scopes. The
// expected numbers are worked by hand from SPEC "Scoring"; the working is beside each.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const dir = join(repoRoot, 'test/fixtures/forum-authored');
const assess = (answers: string, ...more: string[]) =>
  runBinary({ args: ['assess', '-q', 'forum.yaml', '-a', answers, '--today', '2026-12-02', ...more], cwd: dir });

interface Report {
  overall: { score: number; rating: { label: string } | null; cap: { questions: { question: string; system: string | null }[] } | null };
  sections: { id: string; score: number | null }[];
  systems: { id: string; score: number; sections: { id: string; score: number }[] }[];
  gaps: { question: string; system: string | null; priority: number }[];
  profiles: { id: string; met: number; total: number }[];
}

describe('an analyst\'s own questionnaire, scored as SPEC works it by hand', () => {
  it('two services, one in a file of its own, waivers, a stale answer and an automatic fail each side', async () => {
    const r = await assess('answers.yaml', '-f', 'json', '--profile', 'lrf-minimum');
    expect(r.code).toBe(ExitCode.GateFailed);
    const report = JSON.parse(r.stdout) as Report;
    // Organisation (weight 2): o-plan "some" 0.4 × 3, o-channels 0.5 + 0.5 = 1, o-staff 12 → band
    // "min 10" = 1; o-notes (text) and o-zero (weight 0) left out: (1.2 + 1 + 1) / 5 = 64.
    // Per service (weight 1), svc-a: s-backup 1, s-restore-days 3 → "max 7" 0.5, s-outcome partially
    // achieved 0.5 × 2: (1 + 0.5 + 1) / 4 = 62.5. svc-b: s-backup 0, s-restore-days not applicable
    // (its condition needs backups), s-outcome unknown 0 × 2: 0 / 3 = 0. Mean over services: 31.25.
    // Overall: (2 × 64 + 31.25) / 3 = 53.083…; svc-a's own (2 × 64 + 62.5) / 3 = 63.5; svc-b's 42.67.
    expect(report.sections.map((s) => [s.id, s.score])).toEqual([['org', 64], ['svc', 31.25]]);
    expect(report.overall.score).toBeCloseTo(159.25 / 3, 6);
    expect(report.systems.map((s) => [s.id, s.score, s.sections[0]?.score])).toEqual([['svc-a', 63.5, 62.5], ['svc-b', 42.666666667, 0]]);
    // Priority = severity factor × weight × section weight × (1 − score): o-plan 4 × 3 × 2 × 0.6 = 14.4,
    // s-outcome svc-b 2 × 2 × 1 × 1 = 4, s-backup svc-b 3 × 1 × 1 × 1 = 3, s-outcome svc-a 2 × 2 × 0.5 = 2,
    // s-restore-days svc-a 2 × 1 × 0.5 = 1.
    expect(report.gaps.map((g) => [g.question, g.system, g.priority])).toEqual([
      ['o-plan', null, 14.4], ['s-outcome', 'svc-b', 4], ['s-backup', 'svc-b', 3], ['s-outcome', 'svc-a', 2], ['s-restore-days', 'svc-a', 1],
    ]);
    // 53 would be Bronze anyway; both automatic fails are named, the waived one included.
    expect(report.overall.rating?.label).toBe('Bronze');
    expect(report.overall.cap?.questions.map((q) => [q.question, q.system])).toEqual([['o-plan', null], ['s-backup', 'svc-b']]);
    // o-plan ≥ some and o-channels ≥ any-two (0.75) are met; s-backup and s-outcome for two services:
    // s-backup met by svc-a only, s-outcome "achieved" by neither: 3 of 6.
    expect(report.profiles.map((p) => [p.id, p.met, p.total])).toEqual([['lrf-minimum', 3, 6]]);
  });

  it('the gates read the same numbers: 53.08 meets 53 but not 54; the waived critical gap passes --fail-on critical', async () => {
    expect((await assess('answers.yaml', '--min-score', '53', '--fail-on', 'critical')).code).toBe(ExitCode.Ok);
    const failed = await assess('answers.yaml', '--min-score', '54', '--fail-on', 'high', '--fail-on-stale');
    expect(failed.code).toBe(ExitCode.GateFailed);
    // The expired waiver gives svc-b's high gap no cover; o-plan's reviewBy (2026-12-01) is before today.
    expect(failed.stderr).toContain('systems/svc-b.yaml:5:3: gate fail-on failed: high gap "s-backup" for service "svc-b": No (waiver expired 2026-11-30)\n');
    expect(failed.stderr).toContain('answers.yaml:12:15: gate stale failed: answer to "o-plan" was due for review by 2026-12-01\n');
    expect(failed.stdout).toContain('Overall 53/100 Bronze (capped by automatic fails)');
  });

  it('an organisation answer that rules out a service question rules out what depends on it too', async () => {
    const r = await assess('plan-missing.answers.yaml', '-f', 'json', '--profile', 'lrf-minimum');
    expect(r.code).toBe(ExitCode.GateFailed);
    const report = JSON.parse(r.stdout) as Report;
    // o-plan "no" 0 × 3 and o-channels [none] 0; o-staff not applicable: 0 / 4 = 0. For each
    // service s-backup does not apply (o-plan is "no"), so neither does s-restore-days; s-outcome
    // is 1 (confirmed achieved with a justification; all indicators true): 100. Overall 100 / 3.
    expect(report.sections.map((s) => [s.id, s.score])).toEqual([['org', 0], ['svc', 100]]);
    expect(report.overall.score).toBeCloseTo(100 / 3, 6);
    // Not applicable counts as met: s-backup × 2 and s-outcome × 2 met, o-plan and o-channels not.
    expect(report.profiles.map((p) => [p.id, p.met, p.total])).toEqual([['lrf-minimum', 4, 6]]);
    expect(r.stderr).toContain('plan-missing.answers.yaml:10:7: warning: answer to "s-backup" for service "a" is ignored: the question does not apply given the answer to "o-plan"\n');
  });

  it('unanswered scored questions stop it; unanswered text and weight-0 questions do not', async () => {
    const stopped = await assess('incomplete.answers.yaml');
    expect(stopped.code).toBe(ExitCode.CannotAssess);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stopped.stderr).toMatch(/^incomplete\.answers\.yaml:5:3: 4 of the 8 questions to answer have no answer yet \(2 of them scored: o-channels, s-outcome \(only\)\)/);
    const scored = await assess('incomplete.answers.yaml', '--allow-incomplete', '-f', 'json');
    expect(scored.code).toBe(ExitCode.Ok);
    const report = JSON.parse(scored.stdout) as Report;
    // o-plan full 1 × 3, o-channels unanswered 0, o-staff 2 → no band above it, 0: 3 / 5 = 60.
    // s-backup 1, s-restore-days 0.5 → "max 1" 1, s-outcome PA.1 and A.1 true, A.2 unanswered →
    // partially achieved 0.5 × 2: 3 / 4 = 75. Overall (2 × 60 + 75) / 3 = 65.
    expect(report.sections.map((s) => [s.id, s.score])).toEqual([['org', 60], ['svc', 75]]);
    expect(report.overall.score).toBe(65);
    // plan-missing.answers.yaml leaves o-notes (text) and o-zero (weight 0) empty, and is assessed.
    expect((await assess('plan-missing.answers.yaml')).code).toBe(ExitCode.Ok);
  });
});

describe('show, for a paper, says how every number scores', () => {
  it('a number no band holds scores 0, and the table says so; a lone band without bounds is any number', async () => {
    const where = mkdtempSync(join(tmpdir(), 'cyber-ready-bands-'));
    writeFileSync(join(where, 'q.yaml'), [
      'id: bands', 'version: 1.0.0', 'title: Bands', 'sections:', '  - id: s', '    title: S', '    questions:',
      '      - { id: open, text: Open?, type: number, bands: [{ max: 5, score: 1 }] }',
      '      - { id: any, text: Any?, type: number, bands: [{ score: 1 }] }', '',
    ].join('\n'));
    writeFileSync(join(where, 'a.yaml'), 'questionnaire: bands\nanswers:\n  open: 7\n  any: 7\n');
    const shown = await runBinary({ args: ['show', 'q.yaml'], cwd: where });
    expect(shown.code).toBe(ExitCode.Ok);
    expect(shown.stdout).toContain('| Answer | Score |\n|----------------------------|--------|\n| up to 5 | 1 |\n| anything else | 0 |\n');
    expect(shown.stdout).toContain('| Answer | Score |\n|----------------------------|--------|\n| any number | 1 |\n');
    // As scored: 7 is in no band of "open" (0), and in the one of "any" (1): (0 + 1) / 2 = 50.
    const scored = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json', '--today', '2026-12-02'], cwd: where });
    expect((JSON.parse(scored.stdout) as Report).overall.score).toBe(50);
  });
});

// The questionnaire names its systems; reports once made every plural by adding "s", so a forum
// whose systemLabel is "facility" read "Facilitys", and "branch" gave "branchs".
describe('a systemLabel whose plural is not just an added "s"', () => {
  const where = mkdtempSync(join(tmpdir(), 'cyber-ready-facility-'));
  cpSync(dir, where, { recursive: true });
  writeFileSync(join(where, 'forum.yaml'), readFileSync(join(dir, 'forum.yaml'), 'utf8').replace('systemLabel: service', 'systemLabel: facility'));
  const run = (...args: string[]) => runBinary({ args: [...args, '--today', '2026-12-02'], cwd: where });

  it('is pluralised as English does in validate, text, markdown and diff', async () => {
    expect((await runBinary({ args: ['validate', '-q', 'forum.yaml', 'answers.yaml'], cwd: where })).stdout).toContain(', 2 waivers, 2 facilities)\n');
    const detail = (await run('assess', '-q', 'forum.yaml', '-a', 'answers.yaml', '--detail')).stdout;
    expect(detail).toContain('\nFacilities\nEach facility has its own score');
    expect(detail.replace(/\s+/g, ' ')).toContain('A section answered once per facility scores the mean over the facilities.');
    const paper = (await run('assess', '-q', 'forum.yaml', '-a', 'answers.yaml', '-f', 'markdown')).stdout;
    expect(paper).toContain('answered once for each of the two facilities below');
    expect(paper).toContain('\n## Facilities\n');
    expect(paper).toContain('the mean of the two facilities\' own scores');
    const diff = await run('diff', '-q', 'forum.yaml', 'answers.yaml', 'plan-missing.answers.yaml', '--fail-on-regression');
    expect(diff.stderr).toContain('cyber-ready: 2 answers regressed: o-channels, o-plan; 2 facilities removed: svc-a, svc-b\n');
    expect(`${paper}${detail}${diff.stdout}${diff.stderr}`).not.toMatch(/facilitys|Facilitys/);
  });
});

// A system section that does not apply to one system is the mean over the others (scoring leaves
// not-applicable out); the text said "(mean of 2)" beside a section scored from one site.
describe('a system section that does not apply to every system', () => {
  it('says how many systems its mean is over', async () => {
    const where = mkdtempSync(join(tmpdir(), 'cyber-ready-mean-of-'));
    writeFileSync(join(where, 'q.yaml'), [
      'id: sites', 'version: 1.0.0', 'title: Sites', 'systemLabel: site', 'sections:',
      '  - id: s1', '    title: Power', '    scope: system', '    questions:', '      - { id: q1, text: A generator?, type: yes-no }',
      '  - id: s2', '    title: Fuel', '    scope: system', '    questions:', '      - { id: q2, text: Fuel for three days?, type: yes-no, when: { question: q1, in: ["yes"] } }', '',
    ].join('\n'));
    writeFileSync(join(where, 'a.yaml'), 'questionnaire: sites\nsystems:\n  - { id: x, title: X, answers: { q1: "no" } }\n  - { id: y, title: Y, answers: { q1: "yes", q2: "yes" } }\n');
    const run = (...args: string[]) => runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-12-02', ...args], cwd: where });
    // Power: X 0, Y 100, mean 50. Fuel: does not apply to X; Y 100. Overall (50 + 100) / 2 = 75.
    const json = JSON.parse((await run('-f', 'json')).stdout) as Report;
    expect(json.sections.map((s) => [s.id, s.score])).toEqual([['s1', 50], ['s2', 100]]);
    expect(json.overall.score).toBe(75);
    const detail = (await run('--detail')).stdout;
    expect(detail).toMatch(/\n {2}Power \(mean of 2\) +█+░* +50 /);
    expect(detail).toMatch(/\n {2}Fuel \(mean of 1\) +█+ +100 /);
    expect((await run()).stdout).toContain('(scores out of 100, rounded down; site sections: mean over the sites each applies to)');
    expect((await run('-f', 'markdown')).stdout).toContain('its score is the mean of the two sites\' own scores, each counting equally, or of those it applies to where it does not apply to every site.');
  });
});

// The benchmark of a forum's own questionnaire names its systems as the questionnaire does: it said
// "Per service (per system)" and "mean over its systems" beside "Answered once per service"; then
// "Per service (per service)", which says it twice.
describe('a forum benchmark of its own questionnaire', () => {
  it('uses the questionnaire\'s systemLabel throughout', async () => {
    const where = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-bench-'));
    cpSync(dir, where, { recursive: true });
    const extracts: string[] = [];
    for (const [i, answers] of ['answers.yaml', 'plan-missing.answers.yaml', 'answers.yaml', 'plan-missing.answers.yaml', 'answers.yaml'].entries()) {
      const out = `council-${i + 1}.json`;
      // Five councils, each assessed in its own month: one assessment given twice is counted once.
      const file = `council-${i + 1}.answers.yaml`;
      writeFileSync(join(where, file), readFileSync(join(where, answers), 'utf8').replace(/^assessedOn: .*$/m, '').replace(/^answers:/m, `assessedOn: 2026-0${i + 1}-15\nanswers:`));
      const shared = await runBinary({ args: ['share', '-q', 'forum.yaml', file, '--label', `council-${i + 1}`, '-o', out, '--today', '2026-12-02'], cwd: where });
      expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
      extracts.push(out);
    }
    const text = await runBinary({ args: ['benchmark', '--questionnaire-dir', '.', ...extracts, '--highlight', 'council-1.json'], cwd: where });
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    // The title says it already: not "Per service (per service)".
    expect(text.stdout).toMatch(/\n {2}Per service +5 /);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Answered once per service: each council\'s score is its mean over its services, and the answers count every service,');
    const markdown = await runBinary({ args: ['benchmark', '--questionnaire-dir', '.', ...extracts, '-f', 'markdown'], cwd: where });
    expect(markdown.stdout).toContain('| 2. Per service | 5 |');
    const html = await runBinary({ args: ['benchmark', '--questionnaire-dir', '.', ...extracts, '--highlight', 'council-1.json', '-f', 'html'], cwd: where });
    expect(html.stdout).toContain('(mean over its services)');
    expect(`${text.stdout}${markdown.stdout}`).not.toMatch(/per system|its systems|every system/);
  });
});
