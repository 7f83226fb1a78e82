// A CAF lead's history holds work in progress: an outcome whose indicators are only partly answered
// is unanswered, yet scores the status those indicators give (SPEC "v2: questions answered by
// indicators"), so trend's footnote must not say it was scored as 0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-wip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
const wasteFleet = readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), 'utf8');
const d2b = /\n {2}caf-d2-b:\n {4}indicators:\n(?: {6}.*\n)+/;

describe('trend over a CAF history with work in progress', () => {
  it('says how each version\'s unanswered questions were scored: as 0, or by the indicators answered so far', async () => {
    expect(example).toMatch(d2b);
    const dir = join(scratch, 'repo');
    initRepository(dir);
    // caf-d2-b left out, then only its achieved indicators answered (all true: "achieved" so far).
    const none = example.replace(d2b, '\n');
    const partly = example.replace(d2b, (block) => block.split('\n').filter((l) => !l.includes('.NA.')).join('\n'));
    commit(dir, { date: '2026-09-01T12:00:00+00:00', message: 'objective D under way', write: { 'readiness.yaml': none, 'systems/waste-fleet.yaml': wasteFleet } });
    commit(dir, { date: '2026-10-01T12:00:00+00:00', message: 'D2.b achieved indicators', write: { 'readiness.yaml': partly } });
    const run = (format: string) => runBinary({ args: ['trend', 'readiness.yaml', '--today', '2026-12-01', '-f', format], cwd: dir, env }, 30_000);

    const json = await run('json');
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    const versions = (JSON.parse(json.stdout) as { versions: { unanswered: number; partlyAnswered: number; score: number }[] }).versions;
    expect(versions.map((v) => [v.unanswered, v.partlyAnswered])).toEqual([[1, 0], [1, 1]]);
    // The partly answered outcome lifts the score: it was not scored as 0.
    expect(versions[1]!.score).toBeGreaterThan(versions[0]!.score);

    const text = await run('text');
    expect(text.stdout).toMatch(/\[1\] [0-9a-f]{7}: 1 unanswered, scored as 0\n/);
    expect(text.stdout).toMatch(/\[2\] [0-9a-f]{7}: 1 unanswered, scored by the status its answered indicators give\n/);
    const markdown = await run('markdown');
    expect(markdown.stdout).toContain('(2026-10-01): 1 unanswered, scored by the status its answered indicators give');
    expect(markdown.stdout).not.toContain('(2026-10-01): 1 unanswered, scored as 0');
  });
});

describe('trend when the newest commit is broken', () => {
  it('does not call the last score "now": it says the newest version is invalid', async () => {
    const dir = join(scratch, 'broken');
    initRepository(dir);
    commit(dir, { date: '2026-09-01T12:00:00+00:00', message: 'assessment', write: { 'readiness.yaml': example, 'systems/waste-fleet.yaml': wasteFleet } });
    commit(dir, { date: '2026-10-01T12:00:00+00:00', message: 'a note', write: { 'readiness.yaml': example.replace('assessor:', '# reviewed in October\nassessor:') } });
    commit(dir, { date: '2026-11-01T12:00:00+00:00', message: 'half an edit', write: { 'readiness.yaml': `${example}  bad: [\n` } });
    const run = (format: string, more: string[] = []) => runBinary({ args: ['trend', 'readiness.yaml', '--today', '2026-12-01', '-f', format, ...more], cwd: dir, env: { ...env, COLUMNS: '200' } }, 30_000);

    const text = await run('text');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    const summary = text.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(summary).toMatch(/over 2 versions; last scored Outcomes partly achieved; the newest version \(2026-11-01 [0-9a-f]{7}\) is invalid$/);
    expect(summary).not.toContain('now ');
    const markdown = await run('markdown');
    expect(markdown.stdout).toMatch(/the latest scored is rated Outcomes partly achieved\. The newest version, committed 2026-11-01 \([0-9a-f]{7}\), is invalid and not on the line\./);

    // With the newest commit valid again, the summary says "now" as before.
    commit(dir, { date: '2026-11-02T12:00:00+00:00', message: 'mended', write: { 'readiness.yaml': example } });
    const mended = await run('text');
    expect(mended.stdout.trimEnd().split('\n').at(-1)).toMatch(/over 3 versions; now Outcomes partly achieved$/);
    expect((await run('markdown')).stdout).toContain('the latest is rated Outcomes partly achieved.');
  });
});
