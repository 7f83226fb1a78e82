// What a reviewer found `benchmark` told its reader wrongly: a mistyped future
// month that won over a council's real return and stretched the range of months assessed.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import { makeAjv } from '../../src/schema/validators.js';
import { repoRoot, runBinary, runInProcess, type CliResult } from '../helpers/cli.js';
import { fixture } from '../helpers/load.js';

const benchmarkSchema = makeAjv().compile(JSON.parse(readFileSync(join(repoRoot, 'schemas/benchmark.schema.json'), 'utf8')));

/** benchmark --format json, checked against schemas/benchmark.schema.json. */
function validBenchmark(stdout: string): BenchmarkResult {
  const result = JSON.parse(stdout) as BenchmarkResult;
  expect(benchmarkSchema(result), JSON.stringify(benchmarkSchema.errors)).toBe(true);
  return result;
}

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-reader-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text with every run of white space as one space: the terminal format wraps to its width. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** A council of test/fixtures/benchmark-sys-na: its organisation answer and each system's. */
function council(month: string, org: 'yes' | 'no', systems: string[]): string {
  const list = systems.length ? ['systems:', ...systems.map((answer, i) => `  - { id: s${i}, title: S${i}, answers: { q-sys: ${answer} } }`)] : ['systems: []'];
  return ['questionnaire: sys-na', 'questionnaireVersion: 1.0.0', `assessedOn: ${month}-01`, `answers: { q-org: ${org} }`, ...list, ''].join('\n');
}

/** A folder holding the questionnaire (as qd/) and these answers files. */
function forum(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'qd'), { recursive: true });
  copyFileSync(fixture('benchmark-sys-na/sys-na.yaml'), join(dir, 'qd', 'sys-na.yaml'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

// benchmark's readings are run()'s, which the binary calls: in-process, as the extracts are still
// made by `share` through the binary.
const run = (dir: string, args: string[]): Promise<CliResult> => runInProcess({ args: [...args, '--questionnaire-dir', 'qd', '--min-group', '1', '--today', '2026-12-01'], cwd: dir });

async function ok(dir: string, args: string[]): Promise<CliResult> {
  const r = await run(dir, args);
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return r;
}

describe('a mistyped month still to come', () => {
  const dir = forum('future', {
    'a.yaml': council('2026-09', 'yes', ['yes']),
    'b.yaml': council('2026-09', 'yes', ['yes']),
    'real.yaml': council('2026-10', 'no', ['no']),
    'typo.yaml': council('2062-09', 'yes', ['yes']),
  });

  beforeAll(async () => {
    for (const file of ['real', 'typo']) {
      const r = await runBinary({ args: ['share', `${file}.yaml`, '--label', 'west', '-o', `${file}.json`, '--questionnaire-dir', 'qd', '--today', '2026-12-01'], cwd: dir });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
    }
  });

  it('does not win over the council\'s real return, and the warning says which counts and why', async () => {
    // Either order on the command line: the dated-in-range return counts.
    for (const files of [['typo.json', 'real.json'], ['real.json', 'typo.json']]) {
      const r = await ok(dir, ['benchmark', 'a.yaml', 'b.yaml', ...files, '-f', 'json']);
      expect(r.stderr).toContain('typo.json: warning: label "west" is also in real.json; the one assessed in 2026-10 counts (real.json), as this one\'s month, 2062-09, is after this month (2026-12) and so probably mistyped\n');
      expect(r.stderr).not.toContain('only the later assessment counts');
      const result = validBenchmark(r.stdout);
      expect(result.contributions).toBe(3);
      expect(result.assessed).toEqual({ from: '2026-09', to: '2026-10' });
      expect(result.overall.stats?.min).toBe(0);
      expect(result.warnings).toEqual(['"west" was given twice; its assessment of 2026-10 counts, not that of 2062-09, which is after the month this benchmark was made (2026-12) and so probably mistyped.']);
    }
  });

  it('--highlight of the real return shows its own figures, in every format', async () => {
    const json = JSON.parse((await ok(dir, ['benchmark', 'a.yaml', 'b.yaml', 'typo.json', 'real.json', '--highlight', 'real.json', '-f', 'json'])).stdout) as BenchmarkResult;
    expect(json.overall.highlight?.score).toBe(0);
    expect(json.questions.find((q) => q.id === 'q-org')?.highlight).toMatchObject({ value: 'no' });
    const text = flat((await ok(dir, ['benchmark', 'a.yaml', 'b.yaml', 'typo.json', 'real.json', '--highlight', 'real.json'])).stdout);
    expect(text).toContain('3 councils contributed, assessed between 2026-09 and 2026-10.');
    expect(text).toContain('west: No; score 0');
  });

  it('counted on its own, it is no end of the months assessed, and every format says so and names it', async () => {
    const files = ['a.yaml', 'b.yaml', 'real.yaml', 'typo.json'];
    const r = await ok(dir, ['benchmark', ...files, '-f', 'json']);
    expect(r.stderr).toMatch(/typo\.json:\d+:\d+: warning: assessed in 2062-09, after this month \(2026-12\), so probably mistyped; it is counted, but not taken as the newest assessment when judging how old the others are, nor as the end of the months assessed\n/);
    const result = validBenchmark(r.stdout);
    expect(result.assessed).toEqual({ from: '2026-09', to: '2026-10', future: ['2062-09'] });
    const note = '"west" is dated 2062-09, after the month this benchmark was made (2026-12), so probably mistyped: it is counted, but not in the months assessed, and not taken as the newest assessment.';
    expect(result.warnings).toEqual([note]);
    const period = 'assessed between 2026-09 and 2026-10 but for one dated 2062-09, after the month this benchmark was made';
    const text = flat((await ok(dir, ['benchmark', ...files])).stdout);
    expect(text).toContain(`4 councils contributed, ${period}.`);
    expect(text).toContain(`Read with care: - ${note}`);
    const md = flat((await ok(dir, ['benchmark', ...files, '-f', 'markdown'])).stdout);
    expect(md).toContain(`4 councils contributed, ${period}.`);
    expect(md).toContain(`- ${note}`);
    const html = (await ok(dir, ['benchmark', ...files, '-f', 'html'])).stdout;
    expect(html).toContain(`<dt>Assessed</dt><dd>${period.replace(/^assessed /, '')}</dd>`);
    expect(html).toContain(`<li>${note.replace(/"/g, '&quot;')}</li>`);
  });
});

// --highlight is weighed after every file wherever it stands: the warning said "the one given later
// on the command line counts (hl/alpha.json)" of the file given first.
describe('one council twice in one month, one of them given with --highlight', () => {
  const dir = forum('highlight-first', {
    'hl.yaml': council('2026-09', 'yes', ['yes']),
    'other.yaml': council('2026-09', 'no', ['yes']),
    'b.yaml': council('2026-10', 'no', ['no']),
  });

  beforeAll(async () => {
    mkdirSync(join(dir, 'hl'));
    for (const [from, to] of [['hl.yaml', 'hl/alpha.json'], ['other.yaml', 'alpha.json']] as const) {
      const r = await runBinary({ args: ['share', from, '--label', 'alpha', '-o', to, '--questionnaire-dir', 'qd', '--today', '2026-12-01'], cwd: dir });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
    }
  });

  it.each([
    ['before the files', ['--highlight', 'hl/alpha.json', 'alpha.json', 'b.yaml']],
    ['after the files', ['alpha.json', 'b.yaml', '--highlight', 'hl/alpha.json']],
  ])('given %s: the words say the highlighted one counts, as it does', async (_, args) => {
    const r = await ok(dir, ['benchmark', ...args, '-f', 'json']);
    expect(r.stderr).toContain('alpha.json: warning: label "alpha" is also in hl/alpha.json, assessed in the same month (2026-09); the one given with --highlight counts (hl/alpha.json)\n');
    const result = validBenchmark(r.stdout);
    expect(result.warnings).toEqual(['"alpha" was given twice, both assessed in 2026-09; the highlighted one counts.']);
    expect(result.questions.find((q) => q.id === 'q-org')?.highlight).toMatchObject({ value: 'yes' });
  });

  it('among the files, the one given later on the command line counts, and the words say so', async () => {
    const r = await ok(dir, ['benchmark', 'hl/alpha.json', 'alpha.json', 'b.yaml', '-f', 'json']);
    expect(r.stderr).toContain('hl/alpha.json: warning: label "alpha" is also in alpha.json, assessed in the same month (2026-09); the one given later on the command line counts (alpha.json)\n');
    expect(validBenchmark(r.stdout).warnings).toEqual(['"alpha" was given twice, both assessed in 2026-09; the one given later on the command line counts.']);
  });
});

// STYLE: not applicable, unknown, unanswered and waived stay distinct to the report. A council whose
// every system answered a per-system question "not applicable" was shown "no answer" (HTML: nothing).
describe('a highlighted council whose systems all answered not applicable', () => {
  const NA = '{ status: not-applicable, reason: No such service }';
  const dir = forum('system-na', {
    'east.yaml': council('2026-11', 'yes', ['yes']),
    'west.yaml': council('2026-11', 'no', [NA, NA]),
    'mixed.yaml': council('2026-11', 'no', ['yes', NA]),
  });
  const args = (highlight: string, format: string): string[] => ['benchmark', 'east.yaml', 'west.yaml', 'mixed.yaml', '--highlight', highlight, '-f', format];

  it('is "Not applicable (not scored)" in every format, and in JSON says so as an organisation question does', async () => {
    const json = validBenchmark((await ok(dir, args('west.yaml', 'json'))).stdout);
    expect(json.questions.find((q) => q.id === 'q-sys')?.highlight).toEqual({ score: null, percentile: null, value: 'not-applicable', answer: 'Not applicable' });
    expect((await ok(dir, args('west.yaml', 'text'))).stdout).toMatch(/ {2}q-sys: Sys\?\n.*\n.*\n {4}west: Not applicable \(not scored\)\n/);
    expect((await ok(dir, args('west.yaml', 'markdown'))).stdout).toMatch(/\*\*q-sys\*\*[\s\S]*?- west: Not applicable \(not scored\)\n/);
    const html = (await ok(dir, args('west.yaml', 'html'))).stdout;
    expect(html).toMatch(/\(q-sys\)<\/span><\/th><td><p class="figures">[^<]*<\/p><p class="mine"><span class="mark" aria-hidden="true">◆<\/span> west: Not applicable \(not scored\)<\/p>/);
  });

  // The section answered per system has no score for that council either: "not applicable" in
  // every format, as the HTML said; text and markdown said "no score", as if it had not answered.
  it('its row of the section answered per system says "not applicable" in text and markdown, as in HTML', async () => {
    const text = (await ok(dir, args('west.yaml', 'text'))).stdout;
    const row = text.split('\n').find((l) => /^ {2}\S.*\s\d+\s{2}/.test(l) && / \(per system\)|Per system|Systems/.test(l)) ?? '';
    expect(row, text).toMatch(/not applicable$/);
    expect(text).not.toContain('no score');
    const markdown = (await ok(dir, args('west.yaml', 'markdown'))).stdout;
    expect(markdown).not.toContain('no score');
    expect(markdown).toMatch(/\| not applicable \|/);
    expect((await ok(dir, args('west.yaml', 'html'))).stdout).toContain('not applicable');
  });

  it('with some systems answered, keeps the mean over those that count', async () => {
    const json = validBenchmark((await ok(dir, args('mixed.yaml', 'json'))).stdout);
    expect(json.questions.find((q) => q.id === 'q-sys')?.highlight).toMatchObject({ score: 100, value: null, answer: null });
    expect((await ok(dir, args('mixed.yaml', 'text'))).stdout).toMatch(/ {2}q-sys: Sys\?\n.*\n.*\n {4}mixed: score 100 \(\d+th percentile\)\n/);
  });
});

// README "Critical systems": a council that lists none is left out of the overall and per-system
// figures. The papers said "6 councils contributed" over an overall of 5 with no word why, and the
// highlight "its percentile among the 6" where the overall percentile was among 5.
describe('a council that lists no critical systems, in a forum of 6', () => {
  const files: Record<string, string> = { 'none.yaml': council('2026-11', 'yes', []) };
  for (let i = 1; i <= 5; i += 1) files[`c${i}.yaml`] = council(`2026-1${i % 2}`, i % 2 ? 'no' : 'yes', ['yes', i % 2 ? 'no' : 'yes']);
  const dir = forum('no-systems', files);
  const inputs = ['c1.yaml', 'c2.yaml', 'c3.yaml', 'c4.yaml', 'c5.yaml', 'none.yaml'];
  const note = '1 of the 6 councils lists no systems, so it is not in the overall figures nor in those of the sections and questions answered per system.';
  const bench = async (format: string, more: string[] = []): Promise<string> => (await ok(dir, ['benchmark', ...inputs, ...more, '-f', format])).stdout;

  it('every format has a note to read with care saying how many, and why the overall counts fewer', async () => {
    const json = validBenchmark(await bench('json'));
    expect(json.contributions).toBe(6);
    expect(json.overall.n).toBe(5);
    expect(json.warnings).toEqual([note]);
    expect(flat(await bench('text'))).toContain(`Read with care: - ${note}`);
    expect(flat(await bench('markdown'))).toContain(`## Read with care - ${note}`);
    expect(await bench('html')).toContain(`<li>${note}</li>`);
  });

  it('the highlight sentence does not say every percentile is among all 6', async () => {
    const text = flat(await bench('text', ['--highlight', 'c1.yaml']));
    expect(text).toContain("Highlighted: c1 (its score, and its percentile among the 6, or among a row's n where it counts fewer).");
    const md = flat(await bench('markdown', ['--highlight', 'c1.yaml']));
    expect(md).toContain("The figures for **c1** are its own score and its percentile among the 6 councils, or among a row's councils where it counts fewer.");
  });

  it('where every row counts every council, the sentence says how many', async () => {
    const r = await ok(dir, ['benchmark', ...inputs.slice(0, 5), '--highlight', 'c1.yaml']);
    expect(flat(r.stdout)).toContain('Highlighted: c1 (its score, and its percentile among the 5).');
    expect(validBenchmark((await ok(dir, ['benchmark', ...inputs.slice(0, 5), '-f', 'json'])).stdout).warnings).toEqual([]);
  });
});

// The README said a per-system question "counts systems, not councils ("answered 5" may be three
// councils…)"; the product counts councils in "answered by", and systems only in the spread.
describe('a per-system question counts councils as answering, and every system in its spread', () => {
  const dir = forum('answered-by', { 'one.yaml': council('2026-11', 'yes', ['yes']), 'three.yaml': council('2026-11', 'no', ['yes', 'yes', 'no']) });

  it('as the README says', async () => {
    const text = (await ok(dir, ['benchmark', 'one.yaml', 'three.yaml'])).stdout;
    expect(text).toMatch(/ {2}q-sys: Sys\?\n {4}answered by 2; score [^\n]*\n {4}answers: No: 1; Yes: 3\n/);
    const readme = flat(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
    // Asked as yes or no: on failure, the whole README printed as the "received" text.
    expect(readme.includes('a question answered per critical system counts councils in its "answered by" and score figures, but its spread of answers counts every system\'s answer'), 'README says what answered by counts').toBe(true);
    expect(readme.includes('counts systems, not councils'), 'README says it counts systems').toBe(false);
  });
});
