// Details of the machine formats that CI consumers read and no other test pinned down (found by
// mutation review: each case here failed with one small change to src/report/ and passes without
// it). Through the real binary, on a small questionnaire with critical systems written here.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

const TODAY = '2026-11-23';

interface SarifResult {
  ruleId: string;
  level: string;
  properties: Record<string, unknown>;
}
interface SarifLog {
  runs: { results: SarifResult[] }[];
}

let dir: string;
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const assess = (answers: string, more: string[]) => runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', answers, '--today', TODAY, ...more], cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-pinned-'));
  copyFileSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), join(dir, 'sys.yaml'));
});

describe('SARIF', () => {
  it("a system's answer past its review date (with no gap) is a result that names the system", async () => {
    const answers = write(
      'stale.yaml',
      [
        'questionnaire: sys',
        'answers: { owner: yes, cloud: no }',
        'systems:',
        '  - id: revenues',
        '    title: Revenues and benefits',
        '    answers:',
        '      patched: { value: yes, reviewBy: 2026-01-01 }',
        '      mfa: yes',
        '      logged: yes',
        '',
      ].join('\n'),
    );
    const r = await assess(answers, ['-f', 'sarif']);
    expect(r.code).toBe(0);
    const stale = (JSON.parse(r.stdout) as SarifLog).runs[0]!.results.filter((x) => x.ruleId === 'cyber-ready.stale-answer');
    expect(stale).toHaveLength(1);
    expect(stale[0]!.properties).toEqual({ question: 'patched', reviewBy: '2026-01-01', system: 'revenues', systemTitle: 'Revenues and benefits' });
  });

  it('a waived gap that fails two gates is not accepted, and the first gate asked about (the profile) is named', async () => {
    const answers = write(
      'two-gates.yaml',
      [
        'questionnaire: sys',
        'answers: { owner: yes, cloud: no }',
        'systems:',
        '  - id: waste',
        '    title: Waste collection',
        '    answers:',
        '      patched: { value: no, reviewBy: 2026-01-01 }',
        '      mfa: yes',
        '      logged: yes',
        'waivers:',
        '  - { question: patched, system: waste, reason: Replaced in March., approvedBy: Audit Committee, expires: 2027-03-31 }',
        '',
      ].join('\n'),
    );
    const r = await assess(answers, ['--profile', 'baseline', '--fail-on-stale', '-f', 'sarif']);
    expect(r.code).toBe(1);
    const gap = (JSON.parse(r.stdout) as SarifLog).runs[0]!.results.find((x) => x.ruleId === 'patched') as SarifResult & { suppressions: { status: string; justification: string }[] };
    expect(gap.level).toBe('error');
    expect(gap.suppressions).toEqual([
      {
        kind: 'external',
        status: 'rejected',
        justification: 'Replaced in March. (approved by Audit Committee, until 2027-03-31); not accepted: it fails a requested gate (profile "baseline")',
      },
    ]);
  });
});
