import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// The v2 scoring rules checked against an independent oracle: scripts/scoring-oracle.py computes,
// from SPEC alone (and README for rating bands' `noGapsOf`), what `assess --format json` must say
// (scores per scope, outcome statuses, ratings, caps, gap order, waivers, profiles, gates and exit
// codes) for random questionnaires and answers, and runs the binary on each. A short run here;
// `python3 scripts/scoring-oracle.py` runs 200 cases and also checks that every edge case it knows
// was exercised.

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const havePython = python.status === 0;
if (!havePython && process.env.CI === 'true') throw new Error('python3 is needed for the scoring oracle under CI=true');
if (!havePython) console.warn('scoring oracle skipped: no python3 on the PATH');

describe.skipIf(!havePython)('scoring oracle', () => {
  it('agrees with the binary on 40 random questionnaires and answers', () => {
    const run = spawnSync('python3', [join(repoRoot, 'scripts', 'scoring-oracle.py'), '--cases', '40', '--seed', '4242'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^40 cases, 0 with differences$/m);
    expect(run.status).toBe(0);
  }, 120_000);
});

