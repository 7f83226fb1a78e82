// `diff` as a CAF lead reads it to an audit committee and a CI engineer reads it in a pull request:
// a risk newly accepted under a waiver (or no longer) is shown though no score moves, the paper is
// headed with the council, sections that move only because systems came or went say so, and the
// terminal text keeps to its width.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { displayWidth } from '../../src/text/wrap.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown, raggedTables } from '../helpers/consumers.js';
import { validateDiff } from '../helpers/diff-schema.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const waiver = (expires: string) =>
  ['waivers:', '  - question: mfa', '    system: revenues', '    reason: MFA arrives with the new revenues platform in March.', '    approvedBy: Audit and Governance Committee', `    expires: ${expires}`, ''].join('\n');

/** A folder with the sys fixture's answers (and social care's own file), waivers as given. */
function answersIn(name: string, waivers = '', organisation = 'Test Council'): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'systems'), { recursive: true });
  writeFileSync(join(dir, 'systems/social-care.yaml'), socialCare('yes'));
  writeFileSync(join(dir, 'a.yaml'), answers({}).replace('organisation: Test Council', `organisation: ${organisation}`) + waivers);
  return join(dir, 'a.yaml');
}

const diff = (...args: string[]) => runBinary({ args: ['diff', '--questionnaire-dir', fixtures, '--today', '2026-12-01', ...args], cwd: scratch });

describe('diff shows risks accepted under a waiver, which no score shows', () => {
  let none: string;
  let waived: string;
  let lapsed: string;
  beforeAll(() => {
    none = answersIn('none');
    waived = answersIn('waived', waiver('2027-03-31'));
    lapsed = answersIn('lapsed', waiver('2026-11-30'));
  });

  it('json: the gap newly accepted, with its waiver; and back again, the waiver taken out', async () => {
    const r = await diff('-f', 'json', none, waived, '--fail-on-regression');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const d = JSON.parse(r.stdout) as AssessmentDiff;
    expect(d.overall.delta).toBe(0);
    expect(d.newlyAccepted).toEqual([
      {
        question: 'mfa',
        system: 'revenues',
        systemTitle: 'Revenues and benefits',
        text: expect.any(String),
        severity: 'medium',
        waiver: { reason: 'MFA arrives with the new revenues platform in March.', approvedBy: 'Audit and Governance Committee', expires: '2027-03-31' },
        lapsed: null,
      },
    ]);
    expect(d.noLongerAccepted).toEqual([]);
    const back = JSON.parse((await diff('-f', 'json', waived, none)).stdout) as AssessmentDiff;
    expect(back.newlyAccepted).toEqual([]);
    expect(back.noLongerAccepted).toMatchObject([{ question: 'mfa', system: 'revenues', lapsed: 'removed', waiver: { expires: '2027-03-31' } }]);
    const expired = JSON.parse((await diff('-f', 'json', waived, lapsed)).stdout) as AssessmentDiff;
    expect(expired.noLongerAccepted).toMatchObject([{ question: 'mfa', lapsed: 'expired', waiver: { expires: '2026-11-30' } }]);
    // The same waiver on both sides is no change.
    const same = JSON.parse((await diff('-f', 'json', waived, waived)).stdout) as AssessmentDiff;
    expect([same.newlyAccepted, same.noLongerAccepted]).toEqual([[], []]);
  });

  it('text: a list after the answers, the system named', async () => {
    const r = await diff(none, waived);
    expect(r.stdout).toContain('\nNo answer changed its score.\n\nRisks newly accepted under a waiver (1)\n  mfa (Revenues and benefits): medium gap, waiver approved by Audit and Governance Committee, until\n    2027-03-31\n');
    const back = await diff(waived, lapsed);
    expect(back.stdout).toContain('\nRisks no longer accepted (1)\n  mfa (Revenues and benefits): medium gap, its waiver expired on 2026-11-30; it counts for --fail-on\n    again\n');
  });

  it('every format says the date the waivers were judged on, which the risk lists depend on', async () => {
    // A date of its own, found nowhere else in the files or the output but where the header says it.
    const judged = (format: string, today: string) => runBinary({ args: ['diff', '--questionnaire-dir', fixtures, '--today', today, '-f', format, none, waived], cwd: scratch, env: { COLUMNS: '80' } });
    const text = await judged('text', '2026-12-05');
    expect(text.stdout).toContain('Risks newly accepted under a waiver (1)');
    expect(text.stdout.split('\n').slice(0, 6).join(' ')).toMatch(/· waivers and review dates\s+judged on\s+2026-12-05/);
    const markdown = await judged('markdown', '2026-12-05');
    expect(markdown.stdout.split('\n')[2]).toMatch(/\. Waivers and review dates judged on 2026-12-05\.$/);
    const json = JSON.parse((await judged('json', '2026-12-05')).stdout) as AssessmentDiff;
    expect(json.today).toBe('2026-12-05');
    expect(validateDiff(json), JSON.stringify(validateDiff.errors)).toBe(true);
    // After the waiver's day the same two files show no risk newly accepted: the date is what decided it.
    const later = await judged('text', '2027-04-01');
    expect(later.stdout).not.toContain('Risks newly accepted');
    expect(later.stdout).toMatch(/waivers and review dates\s+judged on 2027-04-01/);
  });

  it('markdown: a table of at most five columns, well formed, for the committee', async () => {
    const r = await diff('-f', 'markdown', none, waived);
    const tree = parseMarkdown(r.stdout);
    expect(raggedTables(tree)).toEqual([]);
    for (const t of nodesOfType(tree, 'table')) expect(t.children[0]?.children.length).toBeLessThanOrEqual(5);
    expect(r.stdout).toMatch(/\n## Risks newly accepted under a waiver \(1\)\n\n\| Question \| Critical system \| Severity \| Approved by \| Until \|\n\|----------------------------\|------------\|--------\|------------\|------------\|\n\| .+ \(`mfa`\) \| Revenues and benefits \| medium \| Audit and Governance Committee \| 2027-03-31 \|\n/);
    const back = await diff('-f', 'markdown', waived, none);
    expect(back.stdout).toMatch(/\n## Risks no longer accepted \(1\)\n\n\| Question \| Critical system \| Severity \| Its waiver \|\n\|----------------------------\|------------\|--------\|------------\|\n\| .+ \(`mfa`\) \| Revenues and benefits \| medium \| Taken out of the file \|\n/);
  });
});

describe('diff headed with the council', () => {
  it('names the council both files name, or each file\'s where they differ', async () => {
    const a = answersIn('one');
    const b = answersIn('two', '', 'Another Council');
    const same = await diff('-f', 'markdown', a, a);
    expect(same.stdout).toMatch(/^# Test Council: what changed\n\nSystems questionnaire \(`sys` 1\.0\.0\), from `a\.yaml` \(undated\) to `a\.yaml` \(undated\)\. Waivers and review dates judged on 2026-12-01\.\n/);
    const text = await diff(a, a);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual(['Test Council: what changed', 'Systems questionnaire (sys 1.0.0)']);
    const two = await diff('-f', 'markdown', a, b);
    expect(two.stdout).toMatch(/^# What changed: Systems questionnaire\n\nFrom `one\/a\.yaml` \(Test Council, undated\) to `two\/a\.yaml` \(Another Council, undated\)\. Waivers and review dates judged on 2026-12-01\.\n/);
    expect(JSON.parse((await diff('-f', 'json', a, b)).stdout)).toMatchObject({ old: { organisation: 'Test Council' }, new: { organisation: 'Another Council' } });
  });
});

describe('diff text at the width it has', () => {
  it('"judged on" and its date stay on one line, at any width', async () => {
    const dir = join(scratch, 'judged');
    mkdirSync(dir, { recursive: true });
    const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    writeFileSync(join(dir, 'council-cyber-resilience.answers.yaml'), example);
    writeFileSync(join(dir, 'undated.yaml'), example.replace(/^assessedOn: .*\n/m, ''));
    for (const columns of [60, 80, 92, 93, 94, 100]) {
      const r = await runBinary({ args: ['diff', 'council-cyber-resilience.answers.yaml', 'undated.yaml', '--today', '2026-10-01'], cwd: dir, env: { COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stdout, `${columns} columns`).toMatch(/judged on 2026-10-01\n/);
    }
  });

  it('a CAF history keeps to 80 columns, a rating label whole on its line; sections moved by systems alone say why', async () => {
    const dir = join(scratch, 'caf');
    mkdirSync(join(dir, 'old/systems'), { recursive: true });
    mkdirSync(join(dir, 'new'), { recursive: true });
    const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
    cpSync(join(repoRoot, 'examples/systems'), join(dir, 'new/systems'), { recursive: true });
    cpSync(join(repoRoot, 'examples/systems'), join(dir, 'old/systems'), { recursive: true });
    writeFileSync(join(dir, 'new/caf.yaml'), example);
    // Earlier: no social care system yet (and no waiver on it), and revenues' B2.a not yet met.
    const start = example.indexOf('  - id: social-care');
    const end = example.indexOf('  - id: waste-fleet');
    const old = (example.slice(0, start) + example.slice(end, example.indexOf('waivers:'))).replace(/B2\.a\.A\.1: true/, 'B2.a.A.1: false');
    writeFileSync(join(dir, 'old/caf.yaml'), old);
    const r = await runBinary({ args: ['diff', 'old/caf.yaml', 'new/caf.yaml', '--today', '2026-12-01'], cwd: dir, env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const lines = r.stdout.split('\n');
    for (const label of ['Outcomes partly achieved', 'Significant gaps']) {
      // Every label on the page is on one line: none is broken between its words.
      const words = label.split(' ');
      for (let i = 1; i < words.length; i++) expect(r.stdout).not.toMatch(new RegExp(`${words.slice(0, i).join(' ')}\\n +${words.slice(i).join(' ')}`));
    }
    expect(lines).toContain('  Social care case management  added: 43, Significant gaps');
    // A rating that did not move is said once, so the row fits.
    expect(lines).toContain('  Revenues and benefits        66 → 68 (+2)  still Outcomes partly achieved');
    expect(lines).toContain('Overall  60 → 55 (-5)  still Outcomes partly achieved');
    expect(r.stdout).toContain('\nOverall  60 → 55 (-5)  still Outcomes partly achieved\n  The overall moved with the critical systems listed: 1 added (Social care case\n    management); critical system sections are the mean over the critical systems\n    each file lists.\n');
    // At 100 columns (no terminal, no COLUMNS) the same rows fit whole.
    const wide = await runBinary({ args: ['diff', 'old/caf.yaml', 'new/caf.yaml', '--today', '2026-12-01'], cwd: dir });
    for (const line of wide.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
  });
});
