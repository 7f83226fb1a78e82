// trend's dates are calendar dates of the commits' instants in one zone, the one today is read in:
// each committer's own date put commits made minutes apart in different zones on different days,
// out of order, so --since left out the newest and a note blamed a clock that was right.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-dates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

interface Row {
  commit: string;
  date: string;
  baseline: boolean;
}

describe('trend dates commits made in different time zones', () => {
  const dir = join(scratch, 'zones');
  const commits: string[] = [];
  beforeAll(() => {
    initRepository(dir);
    commits.push(commit(dir, { date: '2026-09-15T12:00:00+01:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } }));
    // 2026-09-30T23:30Z, written by a committer in London (BST): their own date is 1 October.
    commits.push(commit(dir, { date: '2026-10-01T00:30:00+01:00', message: 'Waste patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } }));
    // A quarter of an hour later, by a committer whose clock is on UTC: their own date is 30 September.
    commits.push(commit(dir, { date: '2026-09-30T23:45:00+00:00', message: 'Revenues MFA', write: { 'a.yaml': answers({ wastePatched: 'yes', revenuesMfa: 'yes' }) } }));
  }, 30_000);
  const run = async (args: string[], extra: Record<string, string> = {}, today: string[] = ['--today', '2026-10-01']): Promise<{ versions: Row[]; notes: string[] }> => {
    const r = await runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, ...today, '-f', 'json', ...args], cwd: dir, env: { ...env, ...extra } }, 30_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    return JSON.parse(r.stdout);
  };

  it('--since keeps the newest commit: each date is the instant in the local zone, in the order committed', async () => {
    // The tests run in Europe/London: both later commits were made after midnight there.
    const t = await run(['--since', '2026-10-01']);
    expect(t.versions.map((v) => [v.commit, v.date, v.baseline])).toEqual([
      [commits[0], '2026-09-15', true],
      [commits[1], '2026-10-01', false],
      [commits[2], '2026-10-01', false],
    ]);
  });

  it('in another zone, the same instants fall on that zone\'s dates', async () => {
    const utc = await run([], { TZ: 'UTC' });
    expect(utc.versions.map((v) => v.date)).toEqual(['2026-09-15', '2026-09-30', '2026-09-30']);
    const tokyo = await run([], { TZ: 'Asia/Tokyo' });
    expect(tokyo.versions.map((v) => v.date)).toEqual(['2026-09-15', '2026-10-01', '2026-10-01']);
    // Under --since in UTC both are before the date: the newest is the version in force on it.
    const since = await run(['--since', '2026-10-01'], { TZ: 'UTC' });
    expect(since.versions.map((v) => [v.commit, v.baseline])).toEqual([[commits[2], true]]);
  });

  it('with SOURCE_DATE_EPOCH, dates are in UTC, as today is, whatever the computer\'s zone', async () => {
    const t = await run([], { TZ: 'Asia/Tokyo', SOURCE_DATE_EPOCH: '1790812800' }, []);
    expect(t.versions.map((v) => v.date)).toEqual(['2026-09-15', '2026-09-30', '2026-09-30']);
  });

  // --today is today's date, so SOURCE_DATE_EPOCH is not read (a bad one is not refused): it was
  // still taken to put the commits' dates in UTC.
  it('with --today, SOURCE_DATE_EPOCH (good or bad) leaves the dates in the computer\'s zone', async () => {
    for (const epoch of ['1790812800', 'abc']) {
      const t = await run([], { TZ: 'Asia/Tokyo', SOURCE_DATE_EPOCH: epoch });
      expect(t.versions.map((v) => v.date), epoch).toEqual(['2026-09-15', '2026-10-01', '2026-10-01']);
    }
  });

  it('says nothing of a wrong clock: the commits were made in order, only in different zones', async () => {
    const t = await run([]);
    expect(t.notes).toEqual([]);
    const text = await runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, '--today', '2026-10-01'], cwd: dir, env }, 30_000);
    expect(text.stdout).not.toContain('clock');
    expect(text.stdout).toContain('3 committed versions from 2026-09-15 to 2026-10-01\n');
  });
});

describe('trend --since works in the order the versions were committed, not by their dates', () => {
  // The newest commit came from a laptop whose clock was months behind: dated before --since, it
  // was taken for an old version, so the file as it stands was left out, "now" was an older score,
  // and the starting point and the note on the clock were lost.
  const dir = join(scratch, 'skew');
  const commits: string[] = [];
  beforeAll(() => {
    initRepository(dir);
    commits.push(commit(dir, { date: '2026-03-28T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } }));
    commits.push(commit(dir, { date: '2026-07-01T12:00:00+00:00', message: 'Waste patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } }));
    commits.push(commit(dir, { date: '2026-10-31T12:00:00+00:00', message: 'Revenues MFA', write: { 'a.yaml': answers({ wastePatched: 'yes', revenuesMfa: 'yes' }) } }));
    commits.push(commit(dir, { date: '2026-01-01T12:00:00+00:00', message: 'Waste unpatched (clock wrong)', write: { 'a.yaml': answers({ revenuesMfa: 'yes' }) } }));
  }, 30_000);
  const run = (args: string[]) => runBinary({ args: ['trend', 'a.yaml', '--questionnaire-dir', fixtures, '--today', '2026-12-01', ...args], cwd: dir, env }, 30_000);
  const json = async (since: string): Promise<{ versions: (Row & { score: number })[]; notes: string[] }> => {
    const r = await run(['--since', since, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    return JSON.parse(r.stdout);
  };
  const clockNote = (i: number, prior: string): string =>
    `${commits[i]?.slice(0, 7)} is dated 2026-01-01, yet was committed after ${commits[i - 1]?.slice(0, 7)} of ${prior}: versions are listed in the order they were committed, and the clock of the computer that made ${commits[i]?.slice(0, 7)} was probably wrong`;

  it('keeps the newest commit, the starting point before --since and the note on the clock', async () => {
    const t = await json('2026-06-01');
    expect(t.versions.map((v) => [v.commit, v.baseline])).toEqual([
      [commits[0], true],
      [commits[1], false],
      [commits[2], false],
      [commits[3], false],
    ]);
    expect(t.notes).toEqual([clockNote(3, '2026-10-31')]);
    const all = await json('2026-01-01');
    expect(all.versions.map((v) => [v.commit, v.baseline])).toEqual(commits.map((c) => [c, false]));
    // "now" is the newest commit's score, not the one before it.
    const text = await run(['--since', '2026-06-01', '--no-color']);
    const [from, now] = [t.versions[0]?.score ?? NaN, t.versions.at(-1)?.score ?? NaN].map(Math.floor);
    expect(now).not.toBe(Math.floor(t.versions[2]?.score ?? NaN));
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`  ${from} → ${now} \\([^)]*\\) since 2026-06-01, over 4 versions; now `));
    expect(text.stdout).toContain(`${commits[0]?.slice(0, 7)}: in force on 2026-06-01 (committed 2026-03-28): the starting point`);
  });

  it('keeps a system owner\'s commit made after the start with a wrong clock', async () => {
    commits.push(commit(dir, { date: '2026-01-01T13:00:00+00:00', message: 'Social care logs (clock wrong)', write: { 'systems/social-care.yaml': socialCare('yes') } }));
    const t = await json('2026-03-01');
    expect(t.versions.map((v) => [v.commit, v.baseline])).toEqual(commits.map((c) => [c, false]));
    expect(t.notes).toEqual([clockNote(3, '2026-10-31')]);
  });
});
