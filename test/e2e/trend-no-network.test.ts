// trend reads history with git, and git must neither reach the network (SPEC "No network access,
// ever") nor run commands that a repository's own config names. A partial clone (actions/checkout's
// `filter:`) fetches the files of past commits when asked for them; `git status` runs core.fsmonitor
// and the clean filters the config names.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, git, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const trend = (dir: string) => runBinary({ args: ['trend', 'readiness.yaml', '--today', '2026-12-01', '-f', 'json'], cwd: dir, env }, 30_000);

describe('trend in a partial clone', () => {
  it('fetches nothing: a past version the clone lacks is one line, exit 2', async () => {
    const source = join(scratch, 'source');
    initRepository(source);
    const first = commit(source, { date: '2026-09-01T12:00:00+00:00', message: 'first', write: { 'readiness.yaml': example } });
    commit(source, { date: '2026-10-01T12:00:00+00:00', message: 'second', write: { 'readiness.yaml': example.replace('assessor:', '# reviewed\nassessor:') } });
    const bare = join(scratch, 'origin.git');
    git(scratch, ['clone', '-q', '--bare', source, bare]);
    git(bare, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = join(scratch, 'clone');
    git(scratch, ['clone', '-q', '--filter=blob:none', `file://${bare}`, clone]);
    const packs = join(clone, '.git/objects/pack');
    const before = readdirSync(packs).sort();

    const result = await trend(clone);
    expect(readdirSync(packs).sort()).toEqual(before);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cyber-ready: readiness.yaml in commit ${first.slice(0, 7)}: this clone has no copy of it; fetch the history first (clone without --filter; in GitHub Actions, leave filter: out of actions/checkout, and set fetch-depth: 0)\n`);
    expect(result.code).toBe(ExitCode.CannotAssess);

    // The same clone with every file fetched reads as any other.
    git(clone, ['-c', 'protocol.file.allow=always', 'fetch', '-q', '--refetch', '--no-filter', 'origin']);
    const whole = await trend(clone);
    expect(whole.code, whole.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(whole.stdout) as { versions: unknown[] }).versions).toHaveLength(2);
  });
});

describe("trend and the repository's config", () => {
  it('does not run core.fsmonitor, which git status would', async () => {
    const dir = join(scratch, 'fsmonitor');
    initRepository(dir);
    commit(dir, { date: '2026-09-01T12:00:00+00:00', message: 'first', write: { 'readiness.yaml': example } });
    const marker = join(scratch, 'fsmonitor-ran');
    const hook = join(scratch, 'fsmonitor.sh');
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
    git(dir, ['config', 'core.fsmonitor', hook]);
    // The hook works: git status, as a person runs it, runs it.
    git(dir, ['status', '--porcelain']);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    const result = await trend(dir);
    expect(result.code, result.stderr).toBe(ExitCode.Ok);
    expect(existsSync(marker)).toBe(false);
  });

  it("does not run a filter driver that the repository's config names, which git status would", async () => {
    const dir = join(scratch, 'filter');
    initRepository(dir);
    commit(dir, { date: '2026-09-01T12:00:00+00:00', message: 'first', write: { '.gitattributes': '*.yaml filter=tidy\n', 'readiness.yaml': example } });
    const marker = join(scratch, 'filter-ran');
    git(dir, ['config', 'filter.tidy.clean', `touch '${marker}'; cat`]);
    // New times, so that git status must read the file again (through its clean filter) to compare it.
    const later = new Date(Date.now() + 60_000);
    const touch = () => utimesSync(join(dir, 'readiness.yaml'), later, later);
    touch();
    git(dir, ['status', '--porcelain']);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    later.setTime(later.getTime() + 60_000);
    touch();

    const result = await trend(dir);
    expect(result.code, result.stderr).toBe(ExitCode.Ok);
    expect(existsSync(marker)).toBe(false);
    expect(result.stdout).not.toContain('uncommitted');
  });
});
