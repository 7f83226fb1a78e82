// A long history: trend reads it a version at a time through one git, says a thing shared by many
// versions once (their runs named by first and last commit), and numbers the chart's points rather
// than print a date under each, which mermaid draws over one another. Memory itself is measured by
// the benchmark (docs/benchmarks.md), not here: a test of it would be too slow.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-long-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', COLUMNS: '200' };
const day = (n: number): string => `2025-01-${String(n).padStart(2, '0')}T12:00:00+00:00`;
const dir = join(scratch, 'repo');
const log = join(scratch, 'git.log');
const bin = join(scratch, 'bin');
let commits: string[] = [];
let systemBlob = '';

// Versions 1-4 leave `owner` unanswered; 5-9 answer it; 10-14 are the system owner's commits, the
// answers file as it was. The social care file is the same blob from version 1 to 9.
beforeAll(() => {
  initRepository(dir);
  const unanswered = (i: number): string => answers({ extra: ` # draft ${i}` }).replace('  owner: yes\n', '');
  for (let i = 1; i <= 4; i++) commits.push(commit(dir, { date: day(i), message: `draft ${i}`, write: { 'a.yaml': unanswered(i), ...(i === 1 ? { 'systems/social-care.yaml': socialCare('no') } : {}) } }));
  for (let i = 5; i <= 9; i++) commits.push(commit(dir, { date: day(i), message: `review ${i}`, write: { 'a.yaml': answers({ extra: ` # review ${i}`, wastePatched: i % 2 ? 'yes' : 'no' }) } }));
  for (let i = 10; i <= 14; i++) commits.push(commit(dir, { date: day(i), message: `owner ${i}`, write: { 'systems/social-care.yaml': `${socialCare(i % 2 ? 'yes' : 'no')}# ${i}\n` } }));
  commits = commits.map((c) => c.slice(0, 7));
  systemBlob = execFileSync('git', ['rev-parse', `${commits[0]}:systems/social-care.yaml`], { cwd: dir, encoding: 'utf8' }).trim();
  // A git that writes down how it was started, and what cat-file was asked for, before it runs.
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "git $*" >> '${log}'\ncase "$*" in *cat-file*) exec tee -a '${log}' | '${real}' "$@" ;; *) exec '${real}' "$@" ;; esac\n`);
  chmodSync(join(bin, 'git'), 0o755);
}, 120_000);

const trend = (format: string, extra: Record<string, string> = {}) =>
  runBinary({ args: ['trend', 'a.yaml', '--today', '2025-02-01', '-f', format, '--questionnaire-dir', fixtures], cwd: dir, env: { ...env, ...extra } }, 30_000);

describe('trend over a long history', () => {
  it.skipIf(process.platform === 'win32')('reads the files through one git cat-file, a system file unchanged between versions once', async () => {
    rmSync(log, { force: true });
    const r = await trend('json', { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as { versions: unknown[] }).versions).toHaveLength(14);
    const calls = readFileSync(log, 'utf8').split('\n');
    // The trees and files of every version, while the history is searched and while it is scored: one git.
    expect(calls.filter((l) => l.startsWith('git ') && l.endsWith('cat-file --batch'))).toHaveLength(1);
    expect(calls.filter((l) => l.startsWith('git '))).toHaveLength(6);
    expect(calls.filter((l) => l === systemBlob)).toHaveLength(1);
  });

  it('gives versions with the same footnote one footnote, a run of them by its first and last commit', async () => {
    const [c1, , , c4] = commits;
    const text = await trend('text');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toContain(`\n[1] ${c1} … ${c4} (4 versions): 1 unanswered, scored as 0\n`);
    expect(text.stdout).not.toContain('[2]');
    expect(text.stdout.split('\n').filter((l) => l.endsWith(' [1]'))).toHaveLength(4);

    const markdown = await trend('markdown');
    expect(markdown.stdout).toContain(`\n- \`${c1}\` … \`${c4}\` (4 versions, 2025-01-01 to 2025-01-04): 1 unanswered, scored as 0\n`);
  });

  it('numbers the points of a chart of more than twelve, and names the first and last dates', async () => {
    const markdown = await trend('markdown');
    expect(markdown.stdout).toContain('\n    x-axis "Versions on the line, oldest first: 1 is 2025-01-01, 14 is 2025-01-14" 1 --> 14\n');
    const line = /\n {4}line \[([^\]]*)\]/.exec(markdown.stdout)?.[1] ?? '';
    expect(line.split(', ')).toHaveLength(14);
  });
});
