// A Local Resilience Forum coordinator's runs of `share` and `benchmark`, through the binary:
// councils with no critical system, one and several, shared and compared side by side; Cyber
// Essentials councils whose automatic fails hold their rating down, counted and shown in every
// format; and the section table at 80 columns, where long titles wrap rather than being cut.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { makeAjv } from '../../src/schema/validators.js';
import type { ShareExtract } from '../../src/share/types.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { fixture } from '../helpers/load.js';

const TODAY = ['--today', '2026-12-01'];
const benchmarkSchema = makeAjv().compile(JSON.parse(readFileSync(join(repoRoot, 'schemas/benchmark.schema.json'), 'utf8')));

/** benchmark --format json, checked against schemas/benchmark.schema.json. */
function validBenchmark(stdout: string): BenchmarkResult {
  const result = JSON.parse(stdout) as BenchmarkResult;
  expect(benchmarkSchema(result), JSON.stringify(benchmarkSchema.errors)).toBe(true);
  return result;
}

describe('councils with no critical system, one and several', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-systems-'));
  const run = (args: string[], env: Record<string, string> = {}) => runBinary({ args: [...args, '--questionnaire-dir', '.', ...TODAY], cwd: dir, env });
  /** A council of the rich-share questionnaire with `n` systems; "absent" leaves out the systems key. */
  const council = (k: number, systems: number | 'absent'): string => {
    const list =
      systems === 'absent'
        ? []
        : systems === 0
          ? ['systems: []']
          : ['systems:', ...Array.from({ length: systems }, (_, i) => `  - id: civica-revs-${k}-${i}\n    title: Wrenford revenues ${i}\n    owner: Head of Revenues\n    answers: { patched: ${(k + i) % 2 ? 'yes' : 'no'}, restore: tested, system-notes: Fine. }`)];
    return ['questionnaire: rich-share', 'organisation: Wrenford Borough Council', 'assessedOn: 2026-11-02', 'answers:', `  owner: ${['nobody', 'partly', 'named'][k % 3]}`, '  controls: [mfa]', `  tested: ${k % 2 ? 'yes' : 'no'}`, '  patch-days: 10', '  describe: Ours.', '  iot: yes', '  board: { confirmed: achieved, justification: Minutes. }', ...list, ''].join('\n');
  };
  const SYSTEMS: (number | 'absent')[] = ['absent', 0, 1, 1, 3, 2];
  const names = SYSTEMS.map((_, k) => `c${k}`);

  beforeAll(async () => {
    copyFileSync(fixture('share/rich.yaml'), join(dir, 'rich.yaml'));
    SYSTEMS.forEach((n, k) => writeFileSync(join(dir, `c${k}.answers.yaml`), council(k, n)));
  });

  it('shares a council that lists none, saying what its extract holds, and the extract is valid', async () => {
    for (const k of [0, 1]) {
      const r = await run(['share', `c${k}.answers.yaml`, '--label', `lab-c${k}`, '-o', `c${k}.json`]);
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stderr).toContain(`c${k}.answers.yaml: warning: lists no critical systems; shared with no score for the 1 section answered per critical system, and an overall score of the organisation's sections alone\n`);
      const extract = JSON.parse(readFileSync(join(dir, `c${k}.json`), 'utf8')) as ShareExtract;
      expect(schemaErrors('share', extract)).toEqual([]);
      expect(extract.systems).toEqual([]);
      expect(extract.sections.find((s) => s.id === 'per-system')).toEqual({ id: 'per-system', score: null });
      expect(extract.answers.every((a) => a.system === null)).toBe(true);
      expect(extract.overall.score).toBe(extract.sections.find((s) => s.id === 'org')?.score);
    }
  });

  it('benchmarks councils with 0, 1 and several systems, from answers files and extracts alike', async () => {
    for (const k of [2, 3, 4, 5]) expect((await run(['share', `c${k}.answers.yaml`, '--label', `lab-c${k}`, '-o', `c${k}.json`])).code).toBe(ExitCode.Ok);
    const fromExtracts = await run(['benchmark', ...names.map((c) => `${c}.json`), '-f', 'json', '--highlight', 'c1.json']);
    expect(fromExtracts.code, fromExtracts.stderr).toBe(ExitCode.Ok);
    expect(fromExtracts.stderr).toBe('');
    const result = validBenchmark(fromExtracts.stdout);
    expect(result.contributions).toBe(6);
    expect(result.sections.find((s) => s.id === 'per-system')?.n).toBe(4);
    expect(result.sections.find((s) => s.id === 'org')?.n).toBe(6);
    expect(result.overall.highlight).toMatchObject({ systems: 0 });

    const fromAnswers = await run(['benchmark', ...names.map((c) => `${c}.answers.yaml`), '-f', 'json']);
    expect(fromAnswers.code, fromAnswers.stderr).toBe(ExitCode.Ok);
    expect(fromAnswers.stderr.split('\n').filter(Boolean)).toEqual([
      "c0.answers.yaml: warning: lists no critical systems; counted with no score for the 1 section answered per critical system, and an overall score of the organisation's sections alone",
      "c1.answers.yaml: warning: lists no critical systems; counted with no score for the 1 section answered per critical system, and an overall score of the organisation's sections alone",
    ]);
    expect(validBenchmark(fromAnswers.stdout).sections.map((s) => s.n)).toEqual([6, 4]);
  });

  it('says the highlighted council lists no systems where it has no score, in text, markdown and html', async () => {
    const files = names.map((c) => `${c}.json`);
    const text = await run(['benchmark', ...files, '--highlight', 'c1.json'], { COLUMNS: '80' });
    expect(text.stdout).toMatch(/^ {2}Each critical system +4 +\S.*no critical systems$/m);
    const md = await run(['benchmark', ...files, '--highlight', 'c1.json', '-f', 'markdown']);
    expect(md.stdout).toMatch(/\| 2\. Each critical system \| 4 \| .* \| no critical systems \|/);
    const html = await run(['benchmark', ...files, '--highlight', 'c1.json', '-f', 'html']);
    expect(html.stdout).toMatch(/Each critical system<br><span class="explain">4 of 6 councils<\/span><\/th>.*?<td class="you">no critical systems<\/td>/);
    // And on each question answered per system, where it has no answer for the same reason.
    expect(text.stdout).toMatch(/ {2}patched: Is the system patched within 14 days\?\n {4}answered by 4;.*\n {4}lab-c1: no critical systems\n/);
    expect(md.stdout).toMatch(/\*\*patched\*\*[\s\S]*?- lab-c1: no critical systems\n/);
    expect(html.stdout).toMatch(/\(patched\)<\/span><\/th><td><p class="figures">[^<]*<\/p><p class="mine"><span class="mark" aria-hidden="true">◆<\/span> lab-c1: no critical systems<\/p>/);
  });

  it('leaves a council with no systems out of the overall figures: its overall is of its own sections alone', async () => {
    const files = names.map((c) => `${c}.json`);
    const json = await run(['benchmark', ...files, '--min-group', '2', '--highlight', 'c1.json', '-f', 'json']);
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    const result = validBenchmark(json.stdout);
    const extracts = names.map((c) => JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')) as ShareExtract);
    const full = extracts.filter((e) => e.systems.length > 0).map((e) => e.overall.score as number);
    expect(full).toHaveLength(4);
    // Its A-and-D-only overall would otherwise rank against councils whose overall has their systems in it.
    expect(result.overall.n).toBe(4);
    expect(result.overall.stats?.max).toBe(Math.max(...full));
    expect(result.overall.stats?.min).toBe(Math.min(...full));
    expect(result.overall.highlight).toMatchObject({ score: extracts[1]?.overall.score, percentile: null, systems: 0 });
    const note = "lab-c1 lists no critical systems, so its overall score is of the organisation's sections alone and is not ranked against the forum's.";
    const text = await run(['benchmark', ...files, '--min-group', '2', '--highlight', 'c1.json'], { COLUMNS: '200' });
    expect(text.stdout).toMatch(/^ {2}Overall +4 +\S.* \d+ \(not ranked\)$/m);
    expect(text.stdout).toContain(`\n${note}\n`);
    const md = await run(['benchmark', ...files, '--min-group', '2', '--highlight', 'c1.json', '-f', 'markdown']);
    expect(md.stdout).toMatch(/^\| \*\*Overall\*\* \| 4 \| .* \| \d+ \(not ranked\) \|$/m);
    expect(md.stdout).toContain(`\n${note}\n`);
    const html = await run(['benchmark', ...files, '--min-group', '2', '--highlight', 'c1.json', '-f', 'html']);
    expect(html.stdout).toMatch(/Overall<br><span class="explain">4 of 6 councils<\/span><\/th>.*?<td class="you"><strong>\d+<\/strong><br>not ranked<\/td>/);
    expect(html.stdout).toContain(`<p>${note.replaceAll("'", '&#39;')}</p>`);
    expect(html.stdout).not.toMatch(/percentile of the forum/);
  });

  it('keeps the system ids, titles and owners, and the organisation, out of every extract', () => {
    for (const c of names) {
      const text = readFileSync(join(dir, `${c}.json`), 'utf8');
      for (const secret of ['civica', 'Wrenford', 'Head of Revenues', 'Ours.', 'Fine.', 'Minutes.']) expect(text).not.toContain(secret);
    }
  });
});

describe('Cyber Essentials councils with automatic fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-ce-'));
  const example = readFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), 'utf8');
  // The example fails two automatic requirements (MFA on cloud services, application updates in 14
  // days); councils 0 and 1 keep both, council 2 fixes MFA only, councils 3 to 5 fix both.
  const council = (k: number): string => {
    // Each assessed in its own month: the same answers in one month would be one council.
    let text = example.replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`);
    if (k >= 2) text = text.replace(/( {2}uac-mfa-cloud:\n {4}value:) most/, '$1 all');
    if (k >= 3) text = text.replace(/( {2}su-apps-14-days:\n {4}value:) late/, '$1 evidenced');
    return text;
  };
  const run = (args: string[], env: Record<string, string> = {}) => runBinary({ args: [...args, ...TODAY], cwd: dir, env });
  const files = Array.from({ length: 6 }, (_, k) => `ce${k}.json`);

  beforeAll(async () => {
    for (let k = 0; k < 6; k++) {
      writeFileSync(join(dir, `ce${k}.answers.yaml`), council(k));
      const r = await run(['share', `ce${k}.answers.yaml`, '--label', `ce-${k}`, '-o', `ce${k}.json`]);
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
    }
  }, 60_000);

  it('each extract says how many automatic fails hold its rating down', () => {
    const extracts = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ShareExtract);
    expect(extracts.map((e) => e.overall.automaticFails)).toEqual([2, 2, 1, 0, 0, 0]);
    expect(extracts[0]?.overall.rating).toBe('Not ready to certify');
    for (const e of extracts) expect(schemaErrors('share', e)).toEqual([]);
  });

  it('benchmark json counts the councils held down, and those falling short on each automatic fail', async () => {
    const r = await run(['benchmark', ...files, '-f', 'json', '--highlight', 'ce2.json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const result = validBenchmark(r.stdout);
    expect(result.overall.automaticFails).toEqual({ councils: 3, rating: 'Not ready to certify' });
    expect(result.overall.highlight).toMatchObject({ automaticFails: 1, rating: 'Not ready to certify' });
    const q = (id: string) => result.questions.find((x) => x.id === id);
    expect(q('uac-mfa-cloud')).toMatchObject({ blocking: true, failing: 2 });
    expect(q('su-apps-14-days')).toMatchObject({ blocking: true, failing: 3 });
    expect(q('fw-default-deny')).toMatchObject({ blocking: false, failing: null });
  });

  it('text, markdown and html say it in words', async () => {
    const text = (await run(['benchmark', ...files, '--highlight', 'ce2.json'], { COLUMNS: '80' })).stdout;
    expect(text).toContain('Automatic fails: 3 of 6 councils fall short on at least one automatic-fail\nquestion, which holds their rating at "Not ready to certify" whatever the score.');
    expect(text).toContain('ce-2 is rated Not ready to certify: 1 automatic fail holds it there, whatever\nits score.');
    expect(text).toMatch(/ {2}uac-mfa-cloud: [\s\S]*?answered by 6; score \d+ \(\d+–\d+\); automatic fail: 2 councils fall\s+short/);
    const md = (await run(['benchmark', ...files, '-f', 'markdown'])).stdout;
    expect(md).toContain('Automatic fails: 3 of 6 councils fall short on at least one automatic-fail question');
    expect(md).toMatch(/\*\*su-apps-14-days\*\*[\s\S]*?- Automatic fail: 3 councils fall short\n/);
    const html = (await run(['benchmark', ...files, '-f', 'html', '--highlight', 'ce0.json'])).stdout;
    expect(html).toContain('<p>Automatic fails: 3 of 6 councils fall short on at least one automatic-fail question, which holds their rating at &quot;Not ready to certify&quot; whatever the score.</p>');
    expect(html).toContain('<p><strong>ce-0 is rated Not ready to certify: 2 automatic fails hold it there, whatever its score.</strong></p>');
    expect(html).toContain(' · automatic fail: 2 councils fall short</p>');
  });

  it('says when the contributions answer more than one minor version, on standard error and in the report', async () => {
    // Two councils on the minor version before the bundled questionnaire's (an extract of a later
    // one cannot be checked against it, and is refused: extract-contents.test.ts).
    const { id, version } = (JSON.parse(readFileSync(join(dir, 'ce0.json'), 'utf8')) as ShareExtract).questionnaire;
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(minor).toBeGreaterThan(0);
    const earlier = `${major}.${minor - 1}.0`;
    for (const k of [4, 5]) {
      const extract = JSON.parse(readFileSync(join(dir, `ce${k}.json`), 'utf8')) as ShareExtract;
      writeFileSync(join(dir, `minor${k}.json`), JSON.stringify({ ...extract, questionnaire: { ...extract.questionnaire, version: earlier } }));
    }
    const r = await run(['benchmark', 'ce0.json', 'ce1.json', 'ce2.json', 'ce3.json', 'minor4.json', 'minor5.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // How many councils each version has: one straggler or half the forum.
    const note = `the 6 councils answer different versions of the questionnaire (2 on ${earlier} and 4 on ${version}): a question added in a later version is answered only by the councils on it, and a section's score can differ between versions`;
    const unchecked = (k: number): string => `minor${k}.json:1:`;
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const [n, k] of [[0, 4], [1, 5]] as const) {
      expect(lines[n]).toContain(unchecked(k));
      expect(lines[n]).toContain(`warning: answers ${id} ${earlier}, older than the version ${version} found, so its scores could not be checked`);
    }
    expect(lines[2]).toBe(`cyber-ready: warning: ${note}`);
    expect(validBenchmark(r.stdout).warnings).toEqual([`T${note.slice(1)}.`]);
    // A sentence among the notes to read with care, before the figures: it was the last line of a
    // 665-line text paper, and 900 lines down the markdown, with no full stop.
    const given = ['benchmark', 'ce0.json', 'ce1.json', 'ce2.json', 'ce3.json', 'minor4.json', 'minor5.json'];
    const text = (await run(given)).stdout;
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    expect(text.indexOf('\nRead with care:\n')).toBeGreaterThan(0);
    expect(flat(text.slice(text.indexOf('\nRead with care:\n'), text.indexOf('\n  Section')))).toContain(`- T${note.slice(1)}.`);
    const markdown = (await run([...given, '-f', 'markdown'])).stdout;
    expect(markdown.slice(markdown.indexOf('\n## Read with care\n'), markdown.indexOf('\n## Sections\n'))).toContain(`\n- T${note.slice(1)}.\n`);
    expect(markdown.indexOf('\n## Read with care\n')).toBeGreaterThan(0);
    // Versions that differ only in their patch number (wording) need no note.
    expect((await run(['benchmark', ...files])).stderr).toBe('');
  });

  it('says a question that applies to no council is not applicable, rather than unanswered', async () => {
    // scope-exclusions-described is asked only of a council whose scope is part of it: none here.
    const json = validBenchmark((await run(['benchmark', ...files, '-f', 'json'])).stdout);
    expect(json.questions.find((q) => q.id === 'scope-exclusions-described')).toMatchObject({ answered: 0, notApplicable: 6, stats: null, spread: null });
    expect((await run(['benchmark', ...files])).stdout).toMatch(/scope-exclusions-described: [^\n]*\n[^\n]*\n {4}not applicable to any of the 6 councils\n/);
    expect((await run(['benchmark', ...files, '-f', 'markdown'])).stdout).toMatch(/\*\*scope-exclusions-described\*\*.*\n\n- Not applicable to any of the 6 councils\.\n/);
    expect((await run(['benchmark', ...files, '-f', 'html'])).stdout).toContain('(scope-exclusions-described)</span></th><td><p class="figures">Not applicable to any of the 6 councils</p></td></tr>');
  });

  it('a questionnaire with no automatic fail says nothing of them', async () => {
    const r = await run(['benchmark', ...files, '-f', 'json']);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.overall.automaticFails).not.toBeNull();
    const dir2 = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-ccr-'));
    const ccr = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    // Five councils assessed in different months: the same answers in one month would be one council.
    for (let k = 0; k < 5; k++) writeFileSync(join(dir2, `c${k}.answers.yaml`), ccr.replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`));
    const plain = await runBinary({ args: ['benchmark', ...Array.from({ length: 5 }, (_, k) => `c${k}.answers.yaml`), ...TODAY], cwd: dir2 });
    expect(plain.code, plain.stderr).toBe(ExitCode.Ok);
    expect(plain.stdout).not.toContain('utomatic fail');
  });
});

describe('the section table at 80 columns', () => {
  it('wraps a long section title within its column, never cutting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-wide-'));
    const example = readFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), 'utf8');
    for (let k = 0; k < 5; k++) writeFileSync(join(dir, `a${k}.answers.yaml`), example.replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`));
    const r = await runBinary({ args: ['benchmark', ...Array.from({ length: 5 }, (_, k) => `a${k}.answers.yaml`), '--highlight', 'a0.answers.yaml', ...TODAY], cwd: dir, env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const table = r.stdout.slice(r.stdout.indexOf('  Section'), r.stdout.indexOf('\nQuestions'));
    expect(table).not.toContain('…');
    expect(table).toContain('Cyber Essentials Plus readiness');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

/** The warning every run under --min-group 3 gives first. */
const FEW = "cyber-ready: warning: --min-group 3 shows figures for groups of fewer than 5 councils; from so few, a reader who knows some of the councils may be able to work out another council's answers\n";

describe('one council given twice under different labels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-twins-'));
  const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  const run = (args: string[]) => runBinary({ args: [...args, ...TODAY], cwd: dir });

  beforeAll(async () => {
    for (let k = 0; k < 3; k++) {
      writeFileSync(join(dir, `c${k}.answers.yaml`), example.replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`));
      expect((await run(['share', `c${k}.answers.yaml`, '-o', `c${k}.json`])).code).toBe(ExitCode.Ok);
    }
    // Council 0 shares again (a new random label), and its answers file is given as well.
    expect((await run(['share', 'c0.answers.yaml', '-o', 'c0-again.json'])).code).toBe(ExitCode.Ok);
  }, 60_000);

  it('an answers file beside its extract is one council, so it cannot make up the minimum group', async () => {
    const files = ['c0.json', 'c1.json', 'c2.json', 'c0.answers.yaml', 'c1.answers.yaml'];
    const r = await run(['benchmark', ...files]);
    expect(r.code).toBe(ExitCode.CannotAssess);
    const label = (k: number): string => (JSON.parse(readFileSync(join(dir, `c${k}.json`), 'utf8')) as ShareExtract).label;
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `c0.answers.yaml: warning: holds the same assessment as c0.json (the same answers and month), so it is counted once, as "${label(0)}"`,
      `c1.answers.yaml: warning: holds the same assessment as c1.json (the same answers and month), so it is counted once, as "${label(1)}"`,
      'cyber-ready: benchmark needs at least 5 councils (--min-group 5) and was given 3; no figure is shown over fewer, so that no council can be picked out',
    ]);
    const three = await run(['benchmark', ...files, '--min-group', '3', '-f', 'json']);
    expect(three.code, three.stderr).toBe(ExitCode.Ok);
    expect(validBenchmark(three.stdout).contributions).toBe(3);
  });

  // Counted twice, one council that shared twice (or one extract copied under five names) made up
  // the minimum group while every figure was its own.
  it('two extracts alike but for the label are both counted, with a warning that they may be one council', async () => {
    const r = await run(['benchmark', 'c0.json', 'c1.json', 'c2.json', 'c0-again.json', '--min-group', '3', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`${FEW}c0-again.json: warning: has the same answers, scores and month as c0.json; both are counted: if they are one council that shared twice, give only one\n`);
    expect((JSON.parse(r.stdout) as BenchmarkResult).contributions).toBe(4);
  });

  it('keeps the extract when the answers file comes first', async () => {
    const r = await run(['benchmark', 'c0.answers.yaml', 'c0.json', 'c1.json', 'c2.json', '--min-group', '3', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr.replace(FEW, '')).toMatch(/^c0\.answers\.yaml: warning: holds the same assessment as c0\.json \(the same answers and month\), so it is counted once, as "council-[0-9a-f]{6}"\n$/);
    expect((JSON.parse(r.stdout) as BenchmarkResult).labels).not.toContain('c0');
  });
});

describe('benchmark --format json and schemas/benchmark.schema.json', () => {
  it('figures withheld, a questionnaire not at hand, and answers files of all three bundled questionnaires all fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-schema-'));
    for (const id of ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government']) {
      const example = readFileSync(join(repoRoot, `examples/${id}.answers.yaml`), 'utf8');
      mkdirSync(join(dir, id, 'systems'), { recursive: true });
      copyFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), join(dir, id, 'systems/waste-fleet.yaml'));
      for (let k = 0; k < 5; k++) writeFileSync(join(dir, id, `c${k}.answers.yaml`), example.replace(/^assessedOn: 2026-11-/m, `assessedOn: 2026-0${k + 1}-`));
      const files = Array.from({ length: 5 }, (_, k) => `${id}/c${k}.answers.yaml`);
      for (const extra of [[], ['--highlight', files[0] as string], ['--min-group', '5', '--highlight', files[0] as string]]) {
        const r = await runBinary({ args: ['benchmark', ...files, ...extra, '-f', 'json', ...TODAY], cwd: dir });
        expect(r.code, r.stderr).toBe(ExitCode.Ok);
        expect(validBenchmark(r.stdout).questionnaire.id).toBe(id);
      }
    }
    // Extracts of a questionnaire this installation does not have: ids only, titles null.
    const copy = (k: number): ShareExtract => {
      const extract = JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as ShareExtract;
      return { ...extract, label: `x-${k}`, assessedOn: `2026-0${k + 1}`, questionnaire: { id: 'not-here', version: '1.0.0' } };
    };
    expect((await runBinary({ args: ['share', 'cyber-essentials-readiness/c0.answers.yaml', '-o', 'x.json', ...TODAY], cwd: dir })).code).toBe(ExitCode.Ok);
    for (let k = 0; k < 4; k++) writeFileSync(join(dir, `x${k}.json`), JSON.stringify(copy(k)));
    const unknown = await runBinary({ args: ['benchmark', 'x0.json', 'x1.json', 'x2.json', 'x3.json', '--min-group', '4', '--highlight', 'x0.json', '-f', 'json'], cwd: dir });
    expect(unknown.code, unknown.stderr).toBe(ExitCode.Ok);
    const result = validBenchmark(unknown.stdout);
    expect(result.questionnaire.title).toBeNull();
    expect(result.overall.automaticFails).toEqual({ councils: 4, rating: null });
  }, 120_000);
});

describe('validate and the other commands given a share extract', () => {
  it('validate checks it as benchmark reads it; assess names it for what it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-forum-validate-'));
    expect((await runBinary({ args: ['share', join(repoRoot, 'examples/caf-local-government.answers.yaml'), '--label', 'wren', '-o', 'x.json', ...TODAY], cwd: dir })).code).toBe(ExitCode.Ok);
    const ok = await runBinary({ args: ['validate', 'x.json'], cwd: dir });
    expect(ok.code, ok.stderr).toBe(ExitCode.Ok);
    expect(ok.stdout).toMatch(/^x\.json: valid share extract of caf-local-government \d+\.\d+\.\d+ \(label wren, assessed 2026-11, \d+ answers, 3 systems\)\n$/);
    writeFileSync(join(dir, 'bad.json'), readFileSync(join(dir, 'x.json'), 'utf8').replace('"system-3"', '"system-9"'));
    const bad = await runBinary({ args: ['validate', 'bad.json'], cwd: dir });
    expect(bad.code).toBe(ExitCode.CannotAssess);
    expect(bad.stderr).toMatch(/^bad\.json:\d+:\d+: answer to "caf-b1-a" is for "system-3", which is not in "systems"\n/);
    const assess = await runBinary({ args: ['assess', '-a', 'x.json'], cwd: dir });
    expect(assess.code).toBe(ExitCode.CannotAssess);
    expect(assess.stderr).toBe('x.json:2:3: this is a share extract (made by cyber-ready share), not a questionnaire or an answers file; benchmark reads it; give the answers file it was made from\n');
  });
});
