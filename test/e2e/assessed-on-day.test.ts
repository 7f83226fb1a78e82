// The day an answers file is judged on, beside the day it says it was assessed: judged before it
// (a --today in the past, or a file dated ahead of the clock), a waiver that had expired by the
// assessment counted as a current accepted risk without a word; judged long after it, an answers
// file untouched for years passed every gate. Each is one warning at the `assessedOn` line, from
// every command that judges the file, and from validate, which judges it on today as assess would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = 'examples/council-cyber-resilience.answers.yaml';
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-assessed-on-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The council example dated `on` instead of 2026-11-20, in the scratch folder. */
function dated(on: string, name = `dated-${on}.yaml`): string {
  writeFileSync(join(work, name), readFileSync(join(repoRoot, EXAMPLE), 'utf8').replace(/^assessedOn: 2026-11-20$/m, `assessedOn: ${on}`));
  return name;
}

/** 2026-12-01 as SOURCE_DATE_EPOCH: the run's today when no --today is given. */
const DECEMBER_FIRST = String(Date.UTC(2026, 11, 1) / 1000);

const before = (on: string, day: string): string =>
  `assessedOn ${on} is later than ${day}, the day waivers and review dates are judged on, so a waiver or review date that lapsed by ${on} still counts as current; check the date, or judge on ${on} or later with --today`;

describe('judged before the day it was assessed', () => {
  it('assess --today before assessedOn warns at its line, and the expired waiver is the reason', async () => {
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2026-09-01', '-f', 'json'] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`${EXAMPLE}:10:13: warning: ${before('2026-11-20', '2026-09-01')}\n`);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.warnings).toEqual([{ file: EXAMPLE, line: 10, column: 13, message: before('2026-11-20', '2026-09-01') }]);
    // What the warning is about: the waiver that expired on 2026-09-30 counts as current on 2026-09-01.
    expect(a.expiredWaivers).toEqual([]);
    const onItsDay = JSON.parse((await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2026-11-20', '-f', 'json'] })).stdout) as Assessment;
    expect(onItsDay.expiredWaivers.map((w) => w.expires)).toEqual(['2026-09-30']);
    // On the day itself and later, nothing is said.
    for (const today of ['2026-11-20', '2026-12-01']) {
      const r = await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', today, '-f', 'markdown'] });
      expect(r.stderr, today).toBe('');
    }
  });

  it('a file dated ahead of the clock warns with no --today, in assess and validate alike', async () => {
    const file = dated('2027-06-01');
    const env = { SOURCE_DATE_EPOCH: DECEMBER_FIRST };
    const line = `${file}:10:13: warning: ${before('2027-06-01', '2026-12-01')}\n`;
    const assessed = await runBinary({ args: ['assess', '-a', file, '-f', 'markdown'], cwd: work, env });
    expect(assessed.code).toBe(ExitCode.Ok);
    expect(assessed.stderr).toBe(line);
    const validated = await runBinary({ args: ['validate', file], cwd: work, env });
    expect(validated.code).toBe(ExitCode.Ok);
    expect(validated.stdout).toMatch(/valid answers to council-cyber-resilience/);
    expect(validated.stderr).toBe(line);
    // The examples, dated in the past, give validate nothing to say.
    expect((await runBinary({ args: ['validate', EXAMPLE], env })).stderr).toBe('');
  });

  it('share, which judges waivers on --today too, says it; diff says it of each file judged before its date', async () => {
    const shared = await runBinary({ args: ['share', EXAMPLE, '--today', '2026-09-01', '--label', 'x'] });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    expect(shared.stderr).toContain(`${EXAMPLE}:10:13: warning: ${before('2026-11-20', '2026-09-01')}`);
    // The earlier file is judged on its own date, which is no warning; the later one, dated ahead, is.
    const old = dated('2026-06-01', 'old.yaml');
    const ahead = dated('2027-01-15', 'ahead.yaml');
    const diffed = await runBinary({ args: ['diff', old, ahead, '--today', '2026-12-01'], cwd: work });
    expect(diffed.code, diffed.stderr).toBe(ExitCode.Ok);
    expect(diffed.stderr).toBe(`${ahead}:10:13: warning: ${before('2027-01-15', '2026-12-01')}\n`);
  });
});

describe('judged long after it was assessed', () => {
  const old = (on: string, day: string): string =>
    `assessedOn ${on} is more than 2 years before ${day}, the day waivers and review dates are judged on: its answers may no longer hold, and an answer without a reviewBy date never goes stale; re-assess it (assess --review asks every answer again)`;

  it('an assessment of 2015 judged in 2026 warns once, at its line, with the way on', async () => {
    const file = dated('2015-01-01');
    const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-12-01', '--fail-on-stale', '-o', 'out.md', '-f', 'markdown'], cwd: work });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([`${file}:10:13: warning: ${old('2015-01-01', '2026-12-01')}`]);
    const validated = await runBinary({ args: ['validate', file], cwd: work, env: { SOURCE_DATE_EPOCH: DECEMBER_FIRST } });
    expect(validated.stderr).toBe(`${file}:10:13: warning: ${old('2015-01-01', '2026-12-01')}\n`);
  });

  it('two years to the day is a yearly cycle run late, not said; the day after is', async () => {
    expect((await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2028-11-20', '-f', 'json', '-o', '/dev/null'] })).stderr).toBe('');
    expect((await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2028-11-21', '-f', 'json', '-o', '/dev/null'] })).stderr).toBe(`${EXAMPLE}:10:13: warning: ${old('2026-11-20', '2028-11-21')}\n`);
    // The examples say nothing of their date on the days the suite judges them on (the CAF example
    // has a warning of its own by design: an outcome whose statements contradict its status).
    for (const id of ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government']) {
      for (const today of ['2026-11-23', '2026-12-01', '2027-06-01', '2028-06-01']) {
        const r = await runBinary({ args: ['assess', '-a', `examples/${id}.answers.yaml`, '--today', today, '-f', 'json', '-o', '/dev/null'] });
        expect(r.stderr, `${id} on ${today}`).not.toContain('assessedOn');
      }
    }
  });
});
