// `diff` a year on, through the real binary: the earlier file is judged on the day it was assessed,
// the later on today. Judged on one day, a waiver unchanged in both files was accepted in both or
// expired in both, and an answer whose review date fell between them was stale in both or neither:
// the committee's question, which risks accepted last year have lapsed and which answers fell due,
// was never answered unless someone edited the date itself.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { diffPairFormats } from '../helpers/diff-pair.js';
import { escapeRegExp } from '../../src/text/escape-regexp.js';

// The example's waiver on base-pci-dss expires on 2026-09-30, and its answer to
// risk-corporate-register is due for review by 2026-10-31: both between the two days below.
const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const TODAY = '2026-12-05';

/** A folder with old/readiness.yaml and new/readiness.yaml: the example, each dated as given (null: no assessedOn). */
function pair(oldOn: string | null, newOn: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-year-on-'));
  for (const [side, on] of [['old', oldOn], ['new', newOn]] as const) {
    mkdirSync(join(dir, side));
    const text = EXAMPLE.replace(/^assessedOn: .*\n/m, on === null ? '' : `assessedOn: ${on}\n`);
    expect(text.includes('assessedOn:')).toBe(on !== null);
    writeFileSync(join(dir, side, 'readiness.yaml'), text);
  }
  return dir;
}

describe('diff judges the earlier file on the day it was assessed', () => {
  it('a waiver that expired and an answer that fell due during the year are listed, in every format', async () => {
    const { text, markdown, json, data } = await diffPairFormats(pair('2025-11-05', '2026-11-20'), TODAY);
    for (const r of [text, markdown, json]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(data.today).toBe(TODAY);
    expect([data.old.judgedOn, data.new.judgedOn]).toEqual(['2025-11-05', TODAY]);
    expect(data.noLongerAccepted).toMatchObject([{ question: 'base-pci-dss', lapsed: 'expired', waiver: { expires: '2026-09-30' } }]);
    expect(data.newlyStale).toMatchObject([{ question: 'risk-corporate-register', oldReviewBy: '2026-10-31', newReviewBy: '2026-10-31' }]);
    expect([data.newlyAccepted, data.noLongerStale]).toEqual([[], []]);
    // The day moves no score: the same answers on both sides are the same scores and ratings.
    expect(data.overall.delta).toBe(0);
    expect(data.old.rating).toEqual(data.new.rating);
    expect(data.sections.every((s) => s.delta === 0 && s.oldRating?.label === s.newRating?.label)).toBe(true);
    expect(markdown.stdout.split('\n')[2]).toMatch(/\. Waivers and review dates judged on 2026-12-05 \(the earlier file's on 2025-11-05, the day it was assessed\)\.$/);
    expect(markdown.stdout).toMatch(/\n## Risks no longer accepted \(1\)\n\n.*\n.*\n\| .+ \(`base-pci-dss`\) \| medium \| Expired on 2026-09-30 \|\n/);
    // The review date once, and when it fell due: "2026-10-31 | 2026-10-31" under "before" and "now" told the reader nothing.
    const fellDue = 'These fell due between the two assessments: not yet due on 2025-11-05, when the earlier file was assessed, and past due on 2026-12-05.';
    expect(markdown.stdout).toMatch(new RegExp(`\\n## Answers newly past their review date \\(1\\)\\n\\n${escapeRegExp(fellDue)}\\n\\n\\| Question \\| Review by \\|\\n.*\\n\\| .+ \\(\`risk-corporate-register\`\\) \\| 2026-10-31 \\|\\n`));
    expect(text.stdout.split('\n').slice(0, 5).join(' ').replace(/\s+/g, ' ')).toContain('waivers and review dates judged on 2026-12-05 (the earlier file\'s on 2025-11-05, the day it was assessed)');
    expect(text.stdout).toContain('\nRisks no longer accepted (1)\n  base-pci-dss: medium gap, its waiver expired on 2026-09-30; it counts for --fail-on again\n');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(` Answers newly past their review date (1) ${fellDue} risk-corporate-register: due for review by 2026-10-31 `);
  });

  it('the day kept on one line of the text at any width', async () => {
    const dir = pair('2025-11-05', '2026-11-20');
    for (const columns of [40, 60, 80, 100]) {
      const r = await runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', TODAY], cwd: dir, env: { COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stdout, `${columns} columns`).toMatch(/judged on 2026-12-05[\s(]/);
      expect(r.stdout, `${columns} columns`).toMatch(/on 2025-11-05,/);
    }
  });

  it('a pull request and its base assessed on one day are judged on one day: nothing lapsed between them', async () => {
    for (const [oldOn, newOn] of [['2026-06-01', '2026-06-01'], ['2026-06-01', null]] as const) {
      // Two files of one day (and one with no day, judged on today) lapse together: nothing to list.
      const { text, data } = await diffPairFormats(pair(oldOn, newOn), TODAY);
      expect(text.code, text.stderr).toBe(ExitCode.Ok);
      expect(data.gates).toMatchObject([{ id: 'fail-on-regression', passed: true }]);
      if (newOn === null) continue;
      expect([data.old.judgedOn, data.new.judgedOn]).toEqual([TODAY, TODAY]);
      expect([data.newlyAccepted, data.noLongerAccepted, data.newlyStale, data.noLongerStale]).toEqual([[], [], [], []]);
    }
  });

  it('a waiver renewed and an answer reviewed since the earlier file are listed, however the days fall', async () => {
    // The base waiver ran out on 2026-09-30 and the answer fell due on 2026-10-31; the later file
    // renews both. Judged on the day each was assessed alone, the waiver was accepted on both sides
    // (so a pull request renewing it for a year showed nothing) and the answer current on both.
    for (const oldOn of ['2026-06-01', '2026-11-20']) {
      const dir = pair(oldOn, '2026-11-20');
      const later = join(dir, 'new', 'readiness.yaml');
      const text = readFileSync(later, 'utf8');
      expect(text).toContain('expires: 2026-09-30');
      expect(text).toContain('reviewBy: 2026-10-31');
      writeFileSync(later, text.replace('expires: 2026-09-30', 'expires: 2027-09-30').replace('reviewBy: 2026-10-31', 'reviewBy: 2027-10-31'));
      const { data } = await diffPairFormats(dir, TODAY);
      expect(data.newlyAccepted, oldOn).toMatchObject([{ question: 'base-pci-dss', waiver: { expires: '2027-09-30' } }]);
      expect(data.noLongerStale, oldOn).toMatchObject([{ question: 'risk-corporate-register', oldReviewBy: '2026-10-31', newReviewBy: '2027-10-31' }]);
      expect([data.noLongerAccepted, data.newlyStale], oldOn).toEqual([[], []]);
    }
  });

  it('an earlier file with no assessedOn, or one not before today, is judged on today: one day, nothing lapsed', async () => {
    for (const on of [null, TODAY, '2027-01-15']) {
      const { markdown, data } = await diffPairFormats(pair(on, '2026-11-20'), TODAY);
      expect([data.old.judgedOn, data.new.judgedOn], String(on)).toEqual([TODAY, TODAY]);
      expect([data.noLongerAccepted, data.newlyStale], String(on)).toEqual([[], []]);
      expect(markdown.stdout.split('\n')[2], String(on)).toMatch(/\. Waivers and review dates judged on 2026-12-05\.$/);
    }
  });

  it('--help says whose day --today is', async () => {
    const r = await runBinary({ args: ['diff', '--help'] });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain("--today <YYYY-MM-DD> date for the new file's waivers and staleness; what lapsed in the old file is judged on its assessedOn if earlier than the new file's (default: SOURCE_DATE_EPOCH, else today)");
  });
});
