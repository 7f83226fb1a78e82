// A forum coordinator's and a council's CAF lead's runs of `benchmark`, through the binary: the
// council highlights its own answers file while the extract it shared is among the files, a glob
// names a file twice, an extract comes from a newer release, and the web page places the council on
// questions answered once per critical system as text and markdown do.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { fixture } from '../helpers/load.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-inputs-'));
const COUNCILS = ['ash', 'beech', 'cherry', 'dogwood', 'elder', 'fig'];

/** A council of the rich-share questionnaire with 1 to 3 critical systems, its answers varying with k. */
function answers(k: number): string {
  const yes = (n: number): string => (n % 2 === 0 ? 'yes' : 'no');
  const systems = Array.from({ length: 1 + (k % 3) }, (_, i) => `  - id: system-of-${k}-${i}\n    title: System ${i}\n    answers: { patched: ${yes(k + i)}, restore: ${(k * i) % 2 ? 'tested' : 'untested'}, system-notes: Fine. }`);
  return [
    'questionnaire: rich-share',
    'assessedOn: 2026-11-02',
    'answers:',
    `  owner: ${['nobody', 'partly', 'named'][k % 3]}`,
    `  controls: [${k % 2 ? 'mfa' : 'mfa, backups'}]`,
    `  tested: ${yes(k)}`,
    `  patch-days: ${5 + 9 * k}`,
    '  describe: Our own words.',
    `  iot: ${yes(k + 1)}`,
    '  board: { confirmed: achieved, justification: Minutes. }',
    'systems:',
    ...systems,
    '',
  ].join('\n');
}

const bench = (args: string[]) => runBinary({ args: ['benchmark', ...args, '--questionnaire-dir', '.', '--today', '2026-12-01'], cwd: dir });
const extracts = COUNCILS.map((c) => `${c}.json`);

beforeAll(async () => {
  copyFileSync(fixture('share/rich.yaml'), join(dir, 'rich.yaml'));
  for (const [k, c] of COUNCILS.entries()) {
    writeFileSync(join(dir, `${c}.answers.yaml`), answers(k));
    const r = await runBinary({ args: ['share', `${c}.answers.yaml`, '--questionnaire-dir', '.', '--today', '2026-12-01', '--label', `lab-${c}`, '-o', `${c}.json`], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  }
}, 60_000);

async function json(args: string[]): Promise<{ result: BenchmarkResult; stderr: string }> {
  const r = await bench([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return { result: JSON.parse(r.stdout) as BenchmarkResult, stderr: r.stderr };
}

describe('benchmark: one council is counted once', () => {
  it('--highlight with a council\'s answers file, its extract among the files: the same figures as highlighting the extract', async () => {
    const byExtract = await json([...extracts, '--highlight', 'cherry.json']);
    const byAnswers = await json([...extracts, '--highlight', 'cherry.answers.yaml']);
    expect(byAnswers.result.contributions).toBe(6);
    expect(byAnswers.result.highlighted).toBe('lab-cherry');
    expect(byAnswers.result).toEqual(byExtract.result);
    expect(byAnswers.stderr).toBe('cherry.answers.yaml: warning: holds the same assessment as cherry.json, so it is highlighted as "lab-cherry" and counted once\n');
    expect(byExtract.stderr).toBe('');
  });

  it('--highlight with the answers file of a council not among the files still counts it in', async () => {
    const { result, stderr } = await json([...extracts.slice(1), '--highlight', 'ash.answers.yaml']);
    expect(result.contributions).toBe(6);
    expect(result.highlighted).toBe('ash');
    expect(stderr).toBe('');
  });

  it('a file named twice (overlapping globs) is counted once, with a warning that says so', async () => {
    const once = await json(extracts);
    const twice = await json([...extracts, 'beech.json', `./${'beech.json'}`]);
    expect(twice.result).toEqual(once.result);
    expect(twice.stderr).toBe('beech.json: warning: is given more than once; it is counted once\n./beech.json: warning: is given more than once; it is counted once\n');
  });
});

describe('benchmark: an extract from a newer release', () => {
  it('is refused in one line at its schemaVersion, saying to update, and nothing is written', async () => {
    const newer = JSON.parse(readFileSync(join(dir, 'fig.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'newer.json'), `${JSON.stringify({ ...newer, schemaVersion: 2, label: 'lab-newer', somethingNew: [1] }, null, 2)}\n`);
    const r = await bench([...extracts, 'newer.json', '-o', 'out.md']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe('newer.json:3:20: this extract has schema version 2, made by a newer cyber-ready; this one reads version 1: update cyber-ready to read it\n');
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
  });
});

describe('benchmark --format html: the highlighted council on system questions', () => {
  it('gives its score (the mean over its systems) and percentile, as json does, and says the answers count systems', async () => {
    const { result } = await json([...extracts, '--highlight', 'cherry.json']);
    const r = await bench([...extracts, '--highlight', 'cherry.json', '-f', 'html']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const patched = result.questions.find((q) => q.id === 'patched');
    expect(patched?.scope).toBe('system');
    const own = patched?.highlight;
    expect(own?.score).not.toBeNull();
    expect(own?.percentile).not.toBeNull();
    const pct = Math.round(own?.percentile ?? -1);
    const suffix = pct % 100 >= 11 && pct % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][pct % 10] ?? 'th');
    expect(r.stdout).toContain(`lab-cherry: score ${Math.floor(own?.score ?? -1)} (mean over its critical systems) · ${pct}${suffix} percentile</p>`);
    // An organisation question keeps its answer, and now its score, beside the place.
    const owner = result.questions.find((q) => q.id === 'owner')?.highlight;
    expect(r.stdout).toContain(`lab-cherry: ${owner?.answer} · score ${Math.floor(owner?.score ?? -1)} · `);
    expect(r.stdout).toContain('Answered once per critical system: each council&#39;s score is its mean over its critical systems');
  });
});
