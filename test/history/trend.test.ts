import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/cli/git.js';
import { buildTrend } from '../../src/history/build-trend.js';
import { trendRenderers } from '../../src/history/index.js';
import { parseVersion } from '../../src/history/score-version.js';
import { sparkline } from '../../src/history/sparkline.js';
import type { TrendVersion } from '../../src/history/types.js';
import { displayWidth } from '../../src/text/wrap.js';

const oid = (n: number): string => String(n).padStart(40, 'a');

describe('parseLog', () => {
  it('reads headers, changes, renames and deletions by position, whatever the file names', () => {
    // Each date is the instant's in the zone given (here UTC), not the committer's own (-05:00).
    const out = [
      `\x1e${oid(3)} 1700018300 2023-11-14T22:18:20-05:00`,
      `\n:100644 100644 ${oid(1)} ${oid(2)} R087`, 'old name.yaml', '\x1eodd name.yaml',
      `\x1e${oid(4)} 1700000200 2023-11-14T22:16:40+00:00`,
      `\n:100644 000000 ${oid(2)} ${'0'.repeat(40)} D`, 'gone.yaml',
      `\x1e${oid(5)} 1700000100 2023-11-14T22:15:00+00:00`,
      `\n:000000 120000 ${'0'.repeat(40)} ${oid(6)} A`, 'link.yaml',
      '',
    ].join('\0');
    expect(parseLog(Buffer.from(out), (d) => d.toISOString().slice(0, 10))).toEqual([
      { commit: oid(3), date: '2023-11-15', changes: [{ status: 'R087', path: '\x1eodd name.yaml', oid: oid(2), mode: '100644', from: 'old name.yaml' }] },
      { commit: oid(4), date: '2023-11-14', changes: [{ status: 'D', path: 'gone.yaml', oid: null, mode: '000000' }] },
      { commit: oid(5), date: '2023-11-14', changes: [{ status: 'A', path: 'link.yaml', oid: oid(6), mode: '120000' }] },
    ]);
  });
});

describe('sparkline', () => {
  it('maps 0-100 onto eight fixed heights', () => {
    expect(sparkline([0, 12.4, 12.5, 50, 87.4, 87.5, 100], 10)).toBe('▁▁▂▅▇██');
  });

  it('keeps the newest scores that fit, after an ellipsis', () => {
    expect(sparkline([0, 25, 50, 75, 100], 3)).toBe('…▇█');
  });
});

describe('parseVersion', () => {
  it('gives a YAML syntax error as one line with its place', () => {
    const v = parseVersion(oid(1), '2025-01-01', 'a/readiness.yaml', { text: 'questionnaire: sys\nanswers: [\n' });
    expect(v.problem).toMatch(/^a\/readiness\.yaml:\d+:\d+: /);
    expect(v.problem).not.toContain('\n');
  });
});

const version = (n: number, over: Partial<TrendVersion> = {}): TrendVersion => ({
  commit: oid(n),
  shortCommit: oid(n).slice(0, 7),
  date: `2025-01-${String(n).padStart(2, '0')}`,
  path: 'readiness.yaml',
  status: 'scored',
  named: { id: 'q', version: '1.0.0' },
  score: 40 + n / 3,
  rating: 'A rating label far longer than any column should hold',
  gaps: { critical: 1, high: 22, medium: 333, low: 4444 },
  unanswered: 0,
  partlyAnswered: 0,
  baseline: false,
  systems: 12,
  reason: null,
  ...over,
});

const trendOf = (versions: TrendVersion[], organisation: string | null = null) =>
  buildTrend({
    answersFile: 'readiness.yaml',
    organisation,
    today: '2025-12-01',
    since: null,
    tool: { name: 'cyber-ready', version: '0.0.0' },
    versions,
    questionnaires: new Map([['q', { version: '1.0.0', title: 'Q', systemLabel: 'critical system', systemLabelPlural: 'critical systems' }], ['other', { version: '3.0.0', title: 'Other', systemLabel: null, systemLabelPlural: null }]]),
    notes: [],
    current: true,
  });

describe('the trend model and its text', () => {
  it('marks versions of a questionnaire other than the newest scored one as not comparable, keeping their scores', () => {
    const t = trendOf([version(1, { named: { id: 'other', version: '3.0.0' } }), version(2), version(3, { status: 'invalid', score: null, gaps: null, rating: null, reason: 'x' })]);
    expect(t.questionnaire).toEqual({ id: 'q', version: '1.0.0', title: 'Q' });
    expect(t.versions.map((v) => v.status)).toEqual(['not-comparable', 'scored', 'invalid']);
    expect(t.versions[0]?.score).not.toBeNull();
    expect(t.versions[0]?.reason).toBe('answers questionnaire other, not q');
  });

  it('fits 80 columns with long ratings, big counts and a hundred versions', () => {
    const t = trendOf(
      Array.from({ length: 100 }, (_, i) => version(i + 1, { date: '2025-01-01', unanswered: i % 7 === 0 ? 3 : 0 })),
      'The Royal Borough of Somewhere Far Away, with a name as long as a line (fictional)',
    );
    const text = trendRenderers.text(t, { width: 80 });
    for (const line of text.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-3)).toMatch(/^Score …[▁▂▃▄▅▆▇█]{73}$/);
    expect(lines.slice(-2)).toEqual(['      40 → 73 (+33) over 100 versions; now A rating label far longer than any', '      column should hold']);
    // One footnote for the fifteen versions with three unanswered: wrapped, so read as one line.
    expect(text.replace(/\s+/g, ' ')).toContain('and 10 more versions: 3 unanswered, scored as 0');
  });

  it('at 60 columns keeps a rating that fits in its column, though an invalid version has a footnote mark', () => {
    const t = trendOf([version(1, { rating: 'Partly ready', systems: null }), version(2, { status: 'invalid', score: null, gaps: null, rating: null, reason: 'x', systems: null }), version(3, { rating: 'Partly ready', systems: null })]);
    const text = trendRenderers.text({ ...t, systemLabel: null }, { width: 60 });
    for (const line of text.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    // The invalid row is short: its mark needs no room after the counts, so nothing goes to a line of its own.
    expect(text).toMatch(/\nDate {8}Commit {3}Score {2}Rating {7}Crit High {2}Med {2}Low\n2025-01-01  \w{7} +40  Partly ready +1 +22 +333 +4444\n2025-01-02  \w{7} +–  invalid \[1\]\n/);
  });

  it('labels two points of one day by their commits in the chart', () => {
    const md = trendRenderers.markdown(trendOf([version(1, { date: '2025-02-02' }), version(2, { date: '2025-02-02' }), version(3)]));
    expect(md).toContain(`x-axis ["2025-02-02 ${oid(1).slice(0, 7)}", "2025-02-02 ${oid(2).slice(0, 7)}", "2025-01-03"]`);
  });
});
