// Build git repositories with dated commits of an answers file, for `trend`'s tests, benchmark and
// the README's example:
//   node scripts/trend-repo.js VERSIONS OUT_DIR     (or `demo` for the README's history)
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

/** Change answers in the example file: each entry is `question: new value`, on its one-line answer. */
function withAnswers(text, changes) {
  let out = text;
  for (const [question, value] of Object.entries(changes)) {
    const line = new RegExp(`^  ${question}: [a-z0-9-]+( *#.*)?$`, 'm');
    if (!line.test(out)) throw new Error(`no one-line answer to ${question} in the example`);
    out = out.replace(line, `  ${question}: ${value}`);
  }
  return out;
}

/**
 * The README's example history: the fictional Northmoor council's answers file over eighteen
 * months. A first version answers version 1 of the questionnaire, the file is renamed, one
 * version has a typing mistake, and the last is the bundled example as it is today.
 */
export function buildDemoRepository(dir) {
  initRepository(dir);
  const today = readFileSync(example, 'utf8');
  const early = {
    'gov-member-reporting': 'never',
    'gov-strategy': 'planned',
    'risk-critical-services': 'not-in-place',
    'assure-findings-tracked': 'not-in-place',
    'people-phishing-simulation': 'never',
    'people-reporting-route': 'partly',
    'share-cisp-use': 'not-in-place',
    'base-cyber-essentials': 'working-towards',
    'iot-inventory': 'not-in-place',
    'gov-siro': 'no',
    'gov-leadership-reporting': 'never',
    'risk-threat-assessment': 'not-in-place',
    'people-councillor-accounts': 'some',
    'comms-staff-cascade': 'not-in-place',
    'coord-support-routes': 'not-in-place',
    'assets-internet-facing': 'not-in-place',
    'iot-default-passwords': 'some',
    'share-lrf': 'not-in-place',
    'coord-lrf-escalation': 'not-in-place',
    'share-emergency-plan': 'partly',
    'base-breach-reporting': 'untested',
  };
  const middle = { ...early, 'gov-siro': 'yes', 'gov-leadership-reporting': 'yearly', 'people-phishing-simulation': 'yearly', 'people-reporting-route': 'in-place', 'share-cisp-use': 'partly', 'base-cyber-essentials': 'basic', 'share-emergency-plan': 'in-place' };
  const spring = { 'gov-member-reporting': 'ad-hoc', 'gov-strategy': 'in-place', 'assure-findings-tracked': 'partly', 'people-phishing-simulation': 'quarterly', 'risk-threat-assessment': 'partly', 'share-lrf': 'partly', 'coord-lrf-escalation': 'partly', 'comms-staff-cascade': 'partly' };
  const v1 = withAnswers(today, early).replace(/^questionnaireVersion: .*$/m, 'questionnaireVersion: 1.3.0');
  const steps = [
    { date: '2025-06-12T10:00:00+01:00', message: 'First self-assessment, on version 1 of the questionnaire', write: { 'assessment.yaml': v1 } },
    { date: '2025-11-03T15:20:00+00:00', message: 'Answer version 2 of the questionnaire', write: { 'assessment.yaml': withAnswers(today, early) } },
    { date: '2026-02-17T11:05:00+00:00', message: 'Rename to readiness.yaml; phishing tests and CiSP in use', rename: ['assessment.yaml', 'readiness.yaml'], write: { 'readiness.yaml': withAnswers(today, middle) } },
    { date: '2026-05-28T16:40:00+01:00', message: 'Record the spring review', write: { 'readiness.yaml': withAnswers(withAnswers(today, { ...middle, ...spring }), { 'assure-leadership-exercise': 'last-year' }) } },
    { date: '2026-06-02T09:10:00+01:00', message: 'Fix the exercise answer', write: { 'readiness.yaml': withAnswers(today, { ...middle, ...spring }) } },
    { date: '2026-11-20T14:00:00+00:00', message: 'Autumn review for the audit committee', write: { 'readiness.yaml': today } },
  ];
  for (const step of steps) commit(dir, step);
  return join(dir, 'readiness.yaml');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [versions = '100', out] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node scripts/trend-repo.js VERSIONS|demo OUT_DIR\n');
    process.exitCode = 2;
  } else process.stdout.write(`${versions === 'demo' ? buildDemoRepository(out) : buildTrendRepository(out, Number(versions))}\n`);
}
