// `diff` through the real binary, on what a pull request can change besides scores: a system added
// with a waiver, a review date that has passed, a system taken off the list, and an earlier file that
// answers an older minor version of the questionnaire.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { runBinary } from '../helpers/cli.js';
import { validateDiff } from '../helpers/diff-schema.js';

const questionnaire = (version: string, withPlan = true): string => `id: depot-check
version: ${version}
title: Depot readiness
systemLabel: depot site
sections:
  - id: gov
    title: Governance
    questions:
      - id: g-owner
        text: Named owner?
        type: yes-no
        severity: critical
        remediation: Name one.
${withPlan ? `      - id: g-plan
        text: Plan?
        type: yes-no
        severity: high
        remediation: Write it.
` : ''}  - id: site
    title: Site controls
    scope: system
    questions:
      - id: s-patch
        text: Patching?
        type: yes-no
        severity: high
        remediation: Patch.
`;

const north = ['  - id: north-depot', '    title: North Depot', '    answers:', '      s-patch: no'];

/** An answers file: `plan` is g-plan's answer as written (none when empty), `systems` the lines under `systems:`. */
const answers = ({ version = '1.1.0', plan = 'yes', systems = north, waivers = [] as string[] } = {}): string =>
  [
    'questionnaire: depot-check',
    `questionnaireVersion: ${version}`,
    'organisation: Wrenford Council',
    'assessedOn: 2027-03-15',
    'answers:',
    '  g-owner: yes',
    ...(plan === '' ? [] : [`  g-plan: ${plan}`]),
    ...(systems.length ? ['systems:', ...systems] : []),
    ...(waivers.length ? ['waivers:', ...waivers] : []),
    '',
  ].join('\n');

const east = ['  - id: east-depot', '    title: East Depot', '    answers:', '      s-patch: no'];
const eastWaiver = '  - { question: s-patch, system: east-depot, reason: Replaced in May, approvedBy: Cabinet, expires: 2027-12-31 }';

/** A folder with the questionnaire (as `version`) and the answers files given by name. */
function folder(version: string, files: Record<string, string>, withPlan = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-churn-'));
  mkdirSync(join(dir, 'q'));
  writeFileSync(join(dir, 'q', 'depot.yaml'), questionnaire(version, withPlan));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const diff = (dir: string, ...args: string[]) => runBinary({ args: ['diff', '--today', '2027-06-01', ...args], cwd: dir, env: { CYBER_READY_PATH: join(dir, 'q') } });
const json = async (dir: string, ...args: string[]): Promise<AssessmentDiff> => {
  const r = await diff(dir, ...args, '-f', 'json');
  expect(r.code, r.stderr).not.toBe(ExitCode.CannotAssess);
  const d = JSON.parse(r.stdout) as AssessmentDiff;
  expect(validateDiff(d), JSON.stringify(validateDiff.errors)).toBe(true);
  return d;
};

describe('diff: a system added with a waiver', () => {
  it('lists the waiver that comes with the added system as newly accepted, in text, markdown and JSON', async () => {
    const dir = folder('1.1.0', {
      'old.yaml': answers({ systems: north }),
      'new.yaml': answers({ systems: [...north, ...east], waivers: [eastWaiver] }),
    });
    const text = await diff(dir, 'old.yaml', 'new.yaml');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toContain('East Depot  added: ');
    expect(text.stdout).toContain('Risks newly accepted under a waiver (1)\n  s-patch (East Depot): high gap, waiver approved by Cabinet, until 2027-12-31\n');
    const md = await diff(dir, 'old.yaml', 'new.yaml', '-f', 'markdown');
    expect(md.stdout).toContain('## Risks newly accepted under a waiver (1)\n\n| Question | Depot site | Severity | Approved by | Until |\n|----------------------------|------------|--------|------------|------------|\n| Patching? (`s-patch`) | East Depot | high | Cabinet | 2027-12-31 |\n');
    const d = await json(dir, 'old.yaml', 'new.yaml');
    expect(d.newlyAccepted.map((r) => [r.question, r.system, r.systemTitle, r.waiver.approvedBy])).toEqual([['s-patch', 'east-depot', 'East Depot', 'Cabinet']]);
    expect(d.noLongerAccepted).toEqual([]);
  });
});

describe('diff: a system added with an automatic fail', () => {
  it("lists the added system's automatic fail as new, and a removed system's not as cleared", async () => {
    const dir = folder('1.1.0', {
      'old.yaml': answers({ systems: north }),
      'new.yaml': answers({ systems: [...north, ...east] }),
    });
    // s-patch an automatic fail: north-depot's "no" fails in both files, east-depot's only in the later.
    writeFileSync(join(dir, 'q', 'depot.yaml'), questionnaire('1.1.0').replace('        remediation: Patch.\n', '        remediation: Patch.\n        blocking: true\n'));
    const text = await diff(dir, 'old.yaml', 'new.yaml');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toContain('  New automatic fail, holding the rating at its lowest band whatever the score: s-patch (East Depot)\n');
    const d = await json(dir, 'old.yaml', 'new.yaml');
    expect(d.newAutomaticFails.map((f) => [f.question, f.system])).toEqual([['s-patch', 'east-depot']]);
    expect(d.clearedAutomaticFails).toEqual([]);
    const back = await json(dir, 'new.yaml', 'old.yaml');
    expect([back.newAutomaticFails, back.clearedAutomaticFails]).toEqual([[], []]);
    expect(back.systems.find((s) => s.id === 'east-depot')?.status).toBe('removed');
  });
});

describe('diff: a system taken off the list', () => {
  // (A later file with no `systems:` key is refused for a questionnaire with system sections, so the top of the file is left for a fallback.)
  it("places the gate's failure at the later file's systems: key, where a GitHub annotation shows it", async () => {
    const dir = folder('1.1.0', {
      'old.yaml': answers({ systems: [...north, ...east] }),
      'new.yaml': answers({ systems: north }),
    });
    const r = await diff(dir, 'old.yaml', 'new.yaml', '--fail-on-regression');
    expect(r.code).toBe(ExitCode.GateFailed);
    // Line 8: after the four header lines, `answers:` and its two answers.
    expect(r.stderr).toContain('new.yaml:8:1: gate fail-on-regression failed: depot site "east-depot" was assessed and is no longer listed\n');
    const d = await json(dir, 'old.yaml', 'new.yaml', '--fail-on-regression');
    expect(d.gates[0]?.failures.map((f) => [f.kind, f.location])).toEqual([['system-removed', { file: 'new.yaml', line: 8, column: 1 }]]);
    const gh = await runBinary({ args: ['diff', '--today', '2027-06-01', 'old.yaml', 'new.yaml', '--fail-on-regression'], cwd: dir, env: { CYBER_READY_PATH: join(dir, 'q'), GITHUB_ACTIONS: 'true' } });
    expect(gh.stderr).toMatch(/::error file=new\.yaml,line=8,col=1[^\n]*east-depot/);
  });
});

describe('diff: answers going past their review date', () => {
  const due = (date: string): string => `{ value: yes, owner: Head of IT, reviewBy: ${date} }`;

  it('does not say an answer past its review date was in date in the earlier file when the earlier file did not have it', async () => {
    const eastDue = ['  - id: east-depot', '    title: East Depot', '    answers:', `      s-patch: ${due('2027-05-01')}`];
    const dir = folder('1.1.0', { 'old.yaml': answers({ systems: north }), 'new.yaml': answers({ systems: [...north, ...eastDue] }) });
    const note = 'Past due on 2027-06-01; in the earlier file they were not, or were not in it.';
    for (const format of ['text', 'markdown', 'html']) {
      const r = await diff(dir, 'old.yaml', 'new.yaml', '-f', format);
      expect(r.stdout.replace(/\s+/g, ' '), format).toContain(note);
    }
  });

  it('lists an answer newly past its review date, and one no longer past it, in text, markdown and JSON', async () => {
    const dir = folder('1.1.0', { 'old.yaml': answers({ plan: due('2027-12-01') }), 'new.yaml': answers({ plan: due('2027-05-01') }) });
    const text = await diff(dir, 'old.yaml', 'new.yaml', '--fail-on-regression');
    // Not a regression: no score moved, and assess --fail-on-stale is the gate for it.
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toContain('waivers and review dates judged on 2027-06-01');
    // Judged on one day, the date moved: when it fell due is not "between the assessments", and the earlier date is in brackets.
    const note = 'Past due on 2027-06-01; in the earlier file they were not. Where a review date changed, the earlier one is in brackets.';
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(` Answers newly past their review date (1) ${note} g-plan: due for review by 2027-05-01 (was 2027-12-01) `);
    const md = await diff(dir, 'old.yaml', 'new.yaml', '-f', 'markdown');
    expect(md.stdout).toContain(`## Answers newly past their review date (1)\n\n${note}\n\n| Question | Depot site | Review by |\n|----------------------------|------------|------------|\n| Plan? (\`g-plan\`) | Organisation | 2027-05-01 (was 2027-12-01) |\n`);
    const d = await json(dir, 'old.yaml', 'new.yaml');
    expect(d.newlyStale).toEqual([{ question: 'g-plan', system: null, systemTitle: null, text: 'Plan?', oldReviewBy: '2027-12-01', newReviewBy: '2027-05-01', owner: 'Head of IT' }]);
    expect(d.noLongerStale).toEqual([]);
    // Back again, the review date moved on: no longer past it.
    const back = await diff(dir, 'new.yaml', 'old.yaml');
    expect(back.stdout).toContain('\nAnswers no longer past their review date (1)\n  g-plan: review by 2027-12-01 now (was due by 2027-05-01)\n');
    const backJson = await json(dir, 'new.yaml', 'old.yaml');
    expect(backJson.noLongerStale.map((r) => [r.question, r.oldReviewBy, r.newReviewBy])).toEqual([['g-plan', '2027-05-01', '2027-12-01']]);
    expect(backJson.newlyStale).toEqual([]);
  });

  it("counts an added system's stale answer as newly stale, and says nothing when nothing went stale", async () => {
    const staleEast = ['  - id: east-depot', '    title: East Depot', '    answers:', '      s-patch: { value: yes, reviewBy: 2027-01-31 }'];
    const dir = folder('1.1.0', { 'old.yaml': answers({ systems: north }), 'new.yaml': answers({ systems: [...north, ...staleEast] }) });
    const d = await json(dir, 'old.yaml', 'new.yaml');
    expect(d.newlyStale.map((r) => [r.question, r.system, r.oldReviewBy, r.newReviewBy])).toEqual([['s-patch', 'east-depot', null, '2027-01-31']]);
    const text = await diff(dir, 'old.yaml', 'new.yaml');
    expect(text.stdout).toContain('  s-patch (East Depot): due for review by 2027-01-31\n');
    const same = await diff(dir, 'old.yaml', 'old.yaml');
    expect(same.stdout).not.toContain('review date (');
  });
});

describe('diff: an earlier file of an older minor version', () => {
  it('says in every format which version each file answers and that both were scored against the one found', async () => {
    const dir = folder('1.1.0', { 'old.yaml': answers({ version: '1.0.0' }), 'new.yaml': answers() });
    const text = await diff(dir, 'old.yaml', 'new.yaml');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout.replace(/\n {2}/g, ' ')).toContain('\nBoth scored against depot-check 1.1.0; old.yaml answers 1.0.0, so it may score differently from when it was assessed.\n');
    const md = await diff(dir, 'old.yaml', 'new.yaml', '-f', 'markdown');
    expect(md.stdout).toContain('\n\nBoth scored against depot-check 1.1.0; `old.yaml` answers 1.0.0, so it may score differently from when it was assessed.\n\n**Overall: ');
    const d = await json(dir, 'old.yaml', 'new.yaml');
    expect([d.questionnaire.version, d.old.questionnaireVersion, d.new.questionnaireVersion]).toEqual(['1.1.0', '1.0.0', '1.1.0']);
    // Both of the version found: nothing said.
    const same = await diff(dir, 'new.yaml', 'new.yaml');
    expect(same.stdout).not.toContain('Both scored against');
  });
});
