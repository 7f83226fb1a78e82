// The benchmarking demo's forum of fictional councils (scripts/demo-councils.mjs): the same seed
// gives the same bytes, every file is a valid answers file, and the councils differ the way real
// ones do (a few strong, most middling, a few weak; related sections moving together).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runInProcess } from '../helpers/cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the generator; the files it wrote, by name. */
function generate(out: string, ...args: string[]): Map<string, string> {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo-councils.mjs'), '--out', out, '--no-share', ...args], { cwd: repoRoot, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const dir = join(out, 'answers');
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const pearson = (x: number[], y: number[]): number => {
  const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
  const [mx, my] = [mean(x), mean(y)];
  const sxy = x.reduce((s, v, i) => s + (v - mx) * ((y[i] as number) - my), 0);
  const sx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
  const sy = y.reduce((s, v) => s + (v - my) ** 2, 0);
  return sxy / Math.sqrt(sx * sy);
};

describe('the demo forum generator', () => {
  let files: Map<string, string>;
  let assessments: Assessment[];

  beforeAll(async () => {
    files = generate(join(work, 'a'));
    assessments = [];
    for (const name of files.keys()) {
      const r = await runInProcess({ args: ['assess', '-a', join(work, 'a', 'answers', name), '--format', 'json', '--today', '2026-12-01'] });
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      assessments.push(JSON.parse(r.stdout) as Assessment);
    }
  }, 120_000);

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const again = generate(join(work, 'b'));
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, text] of files) expect(again.get(name), name).toBe(text);
    const other = generate(join(work, 'c'), '--seed', '18');
    expect([...other.values()].filter((text, i) => text === [...files.values()][i])).toEqual([]);
  });

  it("shares each council through the built tool: the same extracts every time, named by label, with nothing that says whose they are", () => {
    const run = (out: string): { labels: string[]; extracts: Map<string, string> } => {
      const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo-councils.mjs'), '--out', out], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const dir = join(out, 'extracts');
      return { labels: r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0] as string), extracts: new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])) };
    };
    const first = run(join(work, 'shared-1'));
    const second = run(join(work, 'shared-2'));
    expect([...first.extracts.keys()].sort()).toEqual(first.labels.map((l) => `${l}.json`).sort());
    expect(second.extracts).toEqual(first.extracts);
    for (const [file, text] of first.extracts) {
      expect(JSON.parse(text)).toMatchObject({ kind: 'cyber-ready-share', label: file.replace(/\.json$/, '') });
      expect(text).not.toMatch(/fictional|Council|Head of|Manager/);
    }
  });

  it('writes 30 complete answers files for invented councils, each marked fictional', () => {
    expect(files.size).toBe(30);
    expect(assessments.every((a) => a.unanswered.length === 0 && a.warnings.length === 0)).toBe(true);
    const names = assessments.map((a) => a.organisation ?? '');
    expect(new Set(names).size).toBe(30);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z ]+ Council \(fictional\)$/);
  });

  it('has a few strong councils, most middling and a few weak', () => {
    const scores = assessments.map((a) => a.overall.score ?? 0);
    const ready = scores.filter((s) => s >= 80).length;
    const weak = scores.filter((s) => s < 40).length;
    expect(ready).toBeGreaterThanOrEqual(2);
    expect(ready).toBeLessThanOrEqual(6);
    expect(weak).toBeGreaterThanOrEqual(3);
    expect(weak).toBeLessThanOrEqual(10);
    expect(scores.length - ready - weak).toBeGreaterThanOrEqual(15);
  });

  it("moves related sections together: governance with audit and exercising, identity with monitoring", () => {
    const section = (id: string): number[] => assessments.map((a) => a.sections.find((s) => s.id === id)?.score ?? 0);
    expect(pearson(section('governance'), section('assurance'))).toBeGreaterThan(0.5);
    expect(pearson(section('identity'), section('monitoring'))).toBeGreaterThan(0.5);
  });

  it("has plausible don't knows and not-applicables, each with its reason", () => {
    const unknowns = assessments.map((a) => a.unknowns.length);
    expect(unknowns.filter((n) => n > 0).length).toBeGreaterThanOrEqual(25);
    expect(Math.max(...unknowns)).toBeLessThanOrEqual(15);
    // Answered not applicable with a reason, besides the questions a condition leaves out.
    const answered = assessments.flatMap((a) => a.notApplicable.filter((n) => n.by === 'answer'));
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(answered.every((n) => (n.reason ?? '').length > 20)).toBe(true);
    expect(assessments.flatMap((a) => a.notApplicable.filter((n) => n.by === 'condition')).length).toBeGreaterThanOrEqual(30);
  });
});

// The README's "Benchmarking a forum" block, run as written: each `$ ` line is a command and the
// lines after it its output, up to a line that is only "…" (cut there) or the next command.
describe("the README's worked example of benchmarking a forum", () => {
  const section = readme.slice(readme.indexOf('### Benchmarking a forum: a worked example'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const steps = block
    .split(/^\$ /m)
    .slice(1)
    .map((step) => {
      const [command, ...lines] = step.replace(/\n$/, '').split('\n');
      const cut = lines.indexOf('…');
      return { command: command as string, expected: cut < 0 ? lines : lines.slice(0, cut), cut: cut >= 0 };
    });
  const dir = join(work, 'readme');

  it('has the two commands: make the forum, then benchmark it with one council highlighted', () => {
    expect(steps.map((s) => s.command.split(' ').slice(0, 3).join(' '))).toEqual(['node scripts/demo-councils.mjs --out', 'npx cyber-ready benchmark']);
    expect(steps[1]?.command).toContain('--highlight ');
  });

  it('prints what the README shows', async () => {
    const [make, bench] = steps as [(typeof steps)[number], (typeof steps)[number]];
    const madeArgs = make.command.split(' ').slice(1);
    mkdirSync(dir, { recursive: true });
    const made = spawnSync(process.execPath, [join(repoRoot, madeArgs[0] as string), ...madeArgs.slice(1)], { cwd: dir, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
    expect(lines(made.stdout).slice(0, make.expected.length)).toEqual(make.expected);
    // The shell expands the glob in name order; so does this.
    const args = bench.command
      .replace(/^npx cyber-ready /, '')
      .split(' ')
      .flatMap((arg) => {
        const glob = /^(.*)\/\*\.json$/.exec(arg);
        return glob ? readdirSync(join(dir, glob[1] as string)).filter((f) => f.endsWith('.json')).sort().map((f) => `${glob[1]}/${f}`) : [arg];
      });
    const r = await runInProcess({ args, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out.slice(0, bench.expected.length).join('\n')).toBe(bench.expected.join('\n'));
    if (bench.cut) expect(out.length).toBeGreaterThan(bench.expected.length);
  }, 60_000);
});
