// Build git repositories with dated commits of an answers file, for `trend`'s tests and benchmark:
//   node scripts/trend-repo.js VERSIONS OUT_DIR
// Commits are made by the git command line with fixed author and committer dates, so the history
// (and so the trend) is the same on every run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IDENTITY = ['-c', 'user.name=Trend Test', '-c', 'user.email=trend@example.invalid', '-c', 'commit.gpgsign=false'];

/** Run git in `dir`; `date` (ISO 8601) becomes the author and committer date of a commit. */
export function git(dir, args, date) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  return execFileSync('git', [...IDENTITY, ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new, empty repository in `dir` (made, or emptied first). */
export function initRepository(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
}

/**
 * One commit: write files (path → text), remove files, rename one (`git mv`), then commit every
 * change with the message and date given.
 */
export function commit(dir, { date, message, write = {}, remove = [], rename }) {
  if (rename) git(dir, ['mv', rename[0], rename[1]]);
  for (const [path, text] of Object.entries(write)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (remove.length) git(dir, ['rm', '-q', '--', ...remove]);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

const example = fileURLToPath(new URL('../examples/council-cyber-resilience.answers.yaml', import.meta.url));

/**
 * A repository whose `readiness.yaml` (the bundled example answers) has `versions` committed
 * versions, a day apart from 2024-01-01, each changing one answer so that the score moves.
 * Returns the answers file's path.
 */
export function buildTrendRepository(dir, versions = 100) {
  initRepository(dir);
  const base = readFileSync(example, 'utf8');
  const start = Date.UTC(2024, 0, 1, 12);
  for (let i = 0; i < versions; i++) {
    const siro = i % 3 === 0 ? 'no' : 'yes';
    const text = base.replace(/^  gov-siro: yes$/m, `  gov-siro: ${siro}`).replace(/^assessedOn: .*$/m, `assessedOn: ${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}`);
    commit(dir, { date: new Date(start + i * 86_400_000).toISOString(), message: `Readiness review ${i + 1}`, write: { 'readiness.yaml': text } });
  }
  return join(dir, 'readiness.yaml');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [versions = '100', out] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node scripts/trend-repo.js VERSIONS OUT_DIR\n');
    process.exitCode = 2;
  } else process.stdout.write(`${buildTrendRepository(out, Number(versions))}\n`);
}
