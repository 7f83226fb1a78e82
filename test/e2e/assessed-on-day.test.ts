// The day an answers file is judged on, beside the day it says it was assessed: judged before it
// (a --today in the past, or a file dated ahead of the clock), a waiver that had expired by the
// assessment counted as a current accepted risk without a word. It is one warning at the
// `assessedOn` line, from every command that judges the file, when a waiver's expiry or a review
// date lies between the two days (so the judgement differs); a file dated a little ahead with
// nothing lapsing in between says nothing.
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

const before = (on: string, day: string, lapsed: string): string =>
  `assessedOn ${on} is later than ${day}, the day waivers and review dates are judged on, so ${lapsed} by ${on} ${lapsed.startsWith('a ') ? 'counts' : 'count'} as current; check the date, or judge on ${on} or later with --today`;

describe('judged before the day it was assessed', () => {
  it('assess --today before assessedOn warns at its line, naming the dates that lapsed in between', async () => {
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2026-09-01', '-f', 'json'] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const said = before('2026-11-20', '2026-09-01', '2 waiver or review dates (2026-09-30 to 2026-10-31) that had lapsed');
    expect(r.stderr).toBe(`${EXAMPLE}:10:13: warning: ${said}\n`);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.warnings).toEqual([{ file: EXAMPLE, line: 10, column: 13, message: said }]);
    // What the warning is about: the waiver that expired on 2026-09-30 counts as current on 2026-09-01.
    expect(a.expiredWaivers).toEqual([]);
    const onItsDay = JSON.parse((await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2026-11-20', '-f', 'json'] })).stdout) as Assessment;
    expect(onItsDay.expiredWaivers.map((w) => w.expires)).toEqual(['2026-09-30']);
    const one = await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', '2026-10-01', '-f', 'json', '-o', '/dev/null'] });
    expect(one.stderr).toBe(`${EXAMPLE}:10:13: warning: ${before('2026-11-20', '2026-10-01', 'a waiver or review date (2026-10-31) that had lapsed')}\n`);
    // On the day itself and later, nothing is said; nor a day or two before, when nothing lapses in between.
    for (const today of ['2026-11-01', '2026-11-19', '2026-11-20', '2026-12-01']) {
      const r = await runBinary({ args: ['assess', '-a', EXAMPLE, '--today', today, '-f', 'markdown'] });
      expect(r.stderr, today).toBe('');
    }
  });

  it('a file dated ahead of the clock warns with no --today when a date lapses before it, and not otherwise', async () => {
    const env = { SOURCE_DATE_EPOCH: DECEMBER_FIRST };
    const file = dated('2027-06-01');
    const assessed = await runBinary({ args: ['assess', '-a', file, '-f', 'markdown'], cwd: work, env });
    expect(assessed.code).toBe(ExitCode.Ok);
    expect(assessed.stderr).toBe(`${file}:10:13: warning: ${before('2027-06-01', '2026-12-01', '4 waiver or review dates (2027-01-31 to 2027-05-31) that had lapsed')}\n`);
    // Dated for a meeting next week, with nothing lapsing in between: the same judgement either way.
    const soon = dated('2026-12-08');
    expect((await runBinary({ args: ['assess', '-a', soon, '-f', 'markdown'], cwd: work, env })).stderr).toBe('');
  });

  it('share, which judges waivers on --today too, says it; diff says it of each file judged before its date', async () => {
    const shared = await runBinary({ args: ['share', EXAMPLE, '--today', '2026-09-01', '--label', 'x'] });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    expect(shared.stderr).toContain(`${EXAMPLE}:10:13: warning: assessedOn 2026-11-20 is later than 2026-09-01`);
    // The earlier file is judged on its own date, which is no warning; the later one, dated ahead, is.
    const old = dated('2026-06-01', 'old.yaml');
    const ahead = dated('2027-02-15', 'ahead.yaml');
    const diffed = await runBinary({ args: ['diff', old, ahead, '--today', '2026-12-01'], cwd: work });
    expect(diffed.code, diffed.stderr).toBe(ExitCode.Ok);
    expect(diffed.stderr).toBe(`${ahead}:10:13: warning: ${before('2027-02-15', '2026-12-01', 'a waiver or review date (2027-01-31) that had lapsed')}\n`);
  });

  it('the examples say nothing of their date on the days the suite judges them on', async () => {
    // The CAF example has a warning of its own by design: an outcome whose statements contradict its status.
    for (const id of ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government']) {
      for (const today of ['2026-11-23', '2026-12-01', '2027-06-01', '2030-06-01']) {
        const r = await runBinary({ args: ['assess', '-a', `examples/${id}.answers.yaml`, '--today', today, '-f', 'json', '-o', '/dev/null'] });
        expect(r.stderr, `${id} on ${today}`).not.toContain('assessedOn');
      }
    }
  });
});
