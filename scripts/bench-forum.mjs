// Rows of `npm run bench` for issue 17: `benchmark` over the extracts of every council in the UK
// (about 400) within 2 s and growing no faster than its inputs, `validate` over them in no more
// than twice benchmark's time, and `trend` over 100 committed versions within 3 s. The councils are
// the demo forum's generator's (scripts/demo-councils.mjs), shared through the built tool; the
// history is a git repository built here with dated commits.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether this build has the command (the rows of a branch that lacks it are skipped, with a note). */
function has(bin, command, log) {
  const help = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' });
  const found = help.stdout.includes(`Usage: cyber-ready ${command}`);
  if (!found) log(`\`${command}\` is not in this build: its rows are skipped`);
  return found;
}

/** A row whose target is a time: its ratio is to the target, which it meets at 1× or less. */
const timed = (row, what, ms, targetMs) => row(`${what} (target ${(targetMs / 1000).toLocaleString('en-GB')} s)`, ms, `${targetMs.toLocaleString('en-GB')} ms`, ms / targetMs, 1);

export function benchmarkRows({ root, bin, dir, measure, row, log }) {
  if (!has(bin, 'benchmark', log)) return;
  log('400 councils: generating and sharing…');
  const forum = join(dir, 'forum');
  execFileSync(process.execPath, [join(root, 'scripts/demo-councils.mjs'), '--out', forum, '--count', '400'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const extracts = readdirSync(join(forum, 'extracts')).sort().map((f) => join(forum, 'extracts', f));
  const args = (files) => [bin, 'benchmark', ...files, '--format', 'json'];
  log('benchmark over 100 and 400 extracts, and validate over 400…');
  const m = measure([
    { name: 'hundred', args: args(extracts.slice(0, 100)) },
    { name: 'all', args: args(extracts) },
    { name: 'html', args: [bin, 'benchmark', ...extracts, '--format', 'html', '--highlight', extracts[0]] },
    // A forum checks the extracts with validate before it benchmarks them: that step was 7 times as slow.
    { name: 'validate', args: [bin, 'validate', ...extracts] },
  ], 7, 1);
  timed(row, '`benchmark --format json` over 400 extracts', m.all, 2000);
  timed(row, '`benchmark --format html --highlight` over 400 extracts', m.html, 2000);
  row('growth of `benchmark` from 100 to 400 extracts', m.all, '100 extracts', m.all / m.hundred, 4);
  row('`validate` over the 400 extracts', m.validate, '`benchmark --format json`', m.validate / m.all, 2);
}

export function trendRows({ root, bin, dir, measure, row, log }) {
  if (!has(bin, 'trend', log)) return;
  log('a history of 100 committed versions…');
  const repo = join(dir, 'history');
  mkdirSync(repo, { recursive: true });
  // One council's answers, assessed again every month: the generator's councils stand in for the
  // versions, so the answers change from one commit to the next as they do in a real history.
  const forum = join(dir, 'history-versions');
  execFileSync(process.execPath, [join(root, 'scripts/demo-councils.mjs'), '--out', forum, '--count', '100', '--no-share'], { cwd: root, stdio: 'ignore' });
  const versions = readdirSync(join(forum, 'answers')).sort();
  const git = (args, env = {}) => execFileSync('git', args, { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  git(['init', '-q']);
  git(['config', 'user.name', 'Bench']);
  git(['config', 'user.email', 'bench@example.invalid']);
  versions.forEach((name, i) => {
    writeFileSync(join(repo, 'readiness.yaml'), readFileSync(join(forum, 'answers', name)));
    const date = new Date(Date.UTC(2018, i, 15, 12)).toISOString();
    git(['add', 'readiness.yaml']);
    git(['commit', '-q', '-m', `Assessment ${i + 1}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  });
  log('trend over 100 versions…');
  // The file's own folder decides the repository, so the run needs no working folder of its own.
  const m = measure([{ name: 'trend', args: [bin, 'trend', join(repo, 'readiness.yaml'), '--format', 'json'] }], 7, 1);
  timed(row, '`trend --format json` over 100 committed versions', m.trend, 3000);
}

// On its own (`node scripts/bench-forum.mjs [benchmark] [trend]`, after `npm run build`): these rows
// only, printed and not written to docs/benchmarks.md, for checking them without the full run.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { measure } = await import('./bench-measure.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-bench-forum-'));
  const which = process.argv.slice(2);
  const rows = [];
  const row = (what, ms, baseline, ratio, target) => rows.push(`| ${what} | ${Math.round(ms).toLocaleString('en-GB')} ms | ${baseline} | ${ratio.toFixed(2)}× | ≤ ${target}× | ${ratio <= target ? 'met' : '**not met**'} |`);
  const context = { root, bin: join(root, 'bin/cyber-ready.js'), dir, measure, row, log: (t) => process.stderr.write(`${t}\n`) };
  try {
    if (!which.length || which.includes('benchmark')) benchmarkRows(context);
    if (!which.length || which.includes('trend')) trendRows(context);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}
