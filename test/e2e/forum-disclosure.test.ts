// A Local Resilience Forum coordinator and a council's information-governance lead reviewed share
// and benchmark through the binary: the minimum group counted files, not assessments (blank
// extracts and copies of one council's made it up), incomplete and old assessments were pooled
// without a word, one council's second return under a new label counted twice, labels that
// differ only in Unicode normalisation were two councils, and `-o paper.docx` wrote text Word
// cannot open.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import type { ShareExtract } from '../../src/share/types.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const TODAY = ['--today', '2026-12-01'];
const REFUSED = (n: number, min = 5): string => `cyber-ready: benchmark needs at least ${min} councils (--min-group ${min}) and was given ${n}; no figure is shown over fewer, so that no council can be picked out\n`;

/** The example council, assessed in another month (a council of its own), with other edits. */
const council = (month: string, edit: (text: string) => string = (t) => t): string => edit(EXAMPLE.replace(/^assessedOn: 2026-11-20$/m, `assessedOn: ${month}-15`));

describe('benchmark counts real, distinct assessments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-disclosure-'));
  const run = (args: string[]) => runBinary({ args: [...args, ...TODAY], cwd: dir });
  const share = async (name: string, text: string, ...args: string[]): Promise<ShareExtract> => {
    writeFileSync(join(dir, `${name}.answers.yaml`), text);
    const r = await run(['share', `${name}.answers.yaml`, '-o', `${name}.json`, ...args]);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ShareExtract;
  };

  beforeAll(async () => {
    for (const [k, month] of ['2026-07', '2026-08', '2026-09'].entries()) await share(`c${k + 1}`, council(month));
    // Made by `share` from an answers file with no answers, as a forum's padding was.
    for (const k of [1, 2]) await share(`blank-${k}`, 'questionnaire: council-cyber-resilience\nanswers: {}\n');
    // Two scored questions left unanswered.
    await share('part', council('2026-10', (t) => t.replace(/^ {2}gov-siro: yes\n/m, '').replace(/^ {2}gov-strategy: in-place\n/m, '')));
    await share('old', council('2024-09'));
  }, 60_000);

  it('three councils and two blank extracts are three councils: each blank one is named, and the group of five refused', async () => {
    const r = await run(['benchmark', 'c1.json', 'blank-1.json', 'c2.json', 'blank-2.json', 'c3.json']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    const blank = (f: string): string => `${f}: warning: has no scored question answered, so it is left out of the figures (it is no assessment, and would make up the minimum group)\n`;
    expect(r.stderr).toBe(`${blank('blank-1.json')}${blank('blank-2.json')}${REFUSED(3)}`);
    const three = await run(['benchmark', 'c1.json', 'blank-1.json', 'c2.json', 'blank-2.json', 'c3.json', '--min-group', '3', '-f', 'json']);
    expect(three.code, three.stderr).toBe(ExitCode.Ok);
    const result = JSON.parse(three.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(3);
    expect(result.overall.stats?.n).toBe(3);
    expect(result.warnings).toContain('2 blank extracts (no scored question answered) were left out of the figures.');
    const highlighted = await run(['benchmark', 'c1.json', 'c2.json', 'c3.json', '--min-group', '3', '--highlight', 'blank-1.json']);
    expect(highlighted.code).toBe(ExitCode.CannotAssess);
    expect(highlighted.stderr).toMatch(/\nblank-1\.json:\d+:\d+: has no scored question answered, so there is nothing to highlight\n$/);
  });

  // Alike in all but the label, they may be two councils that answered alike: counted as SPEC counts
  // inputs, but each named, and the paper says how many, so the forum can check before it publishes.
  it('extracts alike in all but the label are counted, each named, and the paper says how many', async () => {
    const extract = JSON.parse(readFileSync(join(dir, 'c1.json'), 'utf8')) as ShareExtract;
    for (const k of [1, 2]) writeFileSync(join(dir, `copy-${k}.json`), JSON.stringify({ ...extract, label: `copy-${k}` }));
    const r = await run(['benchmark', 'c1.json', 'copy-1.json', 'c2.json', 'copy-2.json', 'c3.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const copy = (k: number): string => `copy-${k}.json: warning: has the same answers, scores and month as c1.json; both are counted: if they are one council that shared twice, give only one\n`;
    expect(r.stderr).toBe(`${copy(1)}${copy(2)}`);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(5);
    expect(result.warnings).toContain("2 extracts have exactly the same answers and month as another and are counted as councils of their own; if any is one council's extract sent twice, the forum is smaller than it looks.");
  });

  it('an extract with questions unanswered is counted, said per extract and in every format\'s notes to read with care', async () => {
    const files = ['c1.json', 'c2.json', 'c3.json', 'part.json', '--min-group', '4'];
    const note = '1 of the 4 councils left questions unanswered, which count as 0 and lower the figures.';
    const json = await run(['benchmark', ...files, '-f', 'json']);
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    expect(json.stderr).toMatch(/\npart\.json: warning: 2 of \d+ scored questions unanswered; they count as 0\n/);
    expect((JSON.parse(json.stdout) as BenchmarkResult).warnings).toEqual([note]);
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    const text = (await run(['benchmark', ...files])).stdout;
    expect(flat(text.slice(0, text.indexOf('\n  Section')))).toContain(`Read with care: - ${note}`);
    const markdown = (await run(['benchmark', ...files, '-f', 'markdown'])).stdout;
    expect(markdown.slice(0, markdown.indexOf('\n## Sections\n'))).toContain(`\n## Read with care\n\n- ${note}\n`);
    const html = (await run(['benchmark', ...files, '-f', 'html'])).stdout;
    expect(html).toContain(`<p>Read with care</p><ul><li>${note}</li></ul>`);
  });

  it('says when the assessments were made, in every format, and warns of one more than 12 months older than the newest', async () => {
    const files = ['old.json', 'c1.json', 'c2.json', 'c3.json', '--min-group', '4'];
    const json = await run(['benchmark', ...files, '-f', 'json']);
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    expect(json.stderr).toContain('old.json: warning: assessed in 2024-09, more than 12 months before the newest assessment given (2026-09); it is counted, but its answers may no longer hold\n');
    const result = JSON.parse(json.stdout) as BenchmarkResult;
    expect(result.assessed).toEqual({ from: '2024-09', to: '2026-09' });
    expect(result.warnings).toEqual(['1 of the 4 councils was assessed more than 12 months before the newest assessment (2026-09), so its answers may no longer hold.']);
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    expect(flat((await run(['benchmark', ...files])).stdout)).toContain('4 councils contributed, assessed between 2024-09 and 2026-09.');
    expect(flat((await run(['benchmark', ...files, '-f', 'markdown'])).stdout)).toContain('4 councils contributed, assessed between 2024-09 and 2026-09.');
    const html = (await run(['benchmark', ...files, '-f', 'html'])).stdout;
    expect(html).toContain('<dt>Assessed</dt><dd>between 2024-09 and 2026-09</dd>');
    expect(html).toContain('<p>Across 4 councils, assessed between 2024-09 and 2026-09, the median overall score');
    // Within a year of each other: no warning, and one month is said as one.
    const recent = await run(['benchmark', 'c1.json', 'c2.json', 'c3.json', '--min-group', '3', '-f', 'json']);
    expect(recent.stderr).toBe('cyber-ready: warning: --min-group 3 shows figures for groups of fewer than 5 councils; from so few, a reader who knows some of the councils may be able to work out another council\'s answers\n');
  });

  // A council typed 2062 for 2026: its month became the newest, and every other council was said to
  // be "more than 12 months before" it, with nothing said of the typing mistake.
  it('a month still to come is warned of by share and benchmark, and not taken as the newest', async () => {
    // Its waivers and review dates moved before today, so that none lapses between the two days.
    writeFileSync(join(dir, 'typo.answers.yaml'), council('2062-11', (t) => t.replace(/(expires|reviewBy): 2027-/g, '$1: 2025-')));
    const shared = await run(['share', 'typo.answers.yaml', '-o', 'typo.json']);
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const line = EXAMPLE.split('\n').findIndex((l) => l.startsWith('assessedOn:')) + 1;
    expect(shared.stderr).toBe(`typo.answers.yaml:${line}:13: warning: assessedOn 2062-11-15 is after today (2026-12-01), so probably mistyped; the extract says it was assessed in 2062-11: check the date before sending it\n`);
    // Where waivers lapse between the two days, the warning of that is the one line said of the date.
    writeFileSync(join(dir, 'lapsing.answers.yaml'), council('2062-11'));
    const lapsing = await run(['share', 'lapsing.answers.yaml', '-o', 'lapsing.json']);
    expect(lapsing.stderr).toMatch(new RegExp(`^lapsing\\.answers\\.yaml:${line}:13: warning: assessedOn 2062-11-15 is later than 2026-12-01, the day waivers and review dates are judged on, [^\\n]*check the date[^\\n]*\\n$`));
    const r = await run(['benchmark', 'old.json', 'c1.json', 'c2.json', 'c3.json', 'typo.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const at = readFileSync(join(dir, 'typo.json'), 'utf8').split('\n').findIndex((l) => l.includes('"assessedOn"')) + 1;
    expect(r.stderr).toBe(
      `typo.json:${at}:17: warning: assessed in 2062-11, after this month (2026-12), so probably mistyped; it is counted, but not taken as the newest assessment when judging how old the others are, nor as the end of the months assessed\n` +
        'old.json: warning: assessed in 2024-09, more than 12 months before the newest assessment given (2026-09); it is counted, but its answers may no longer hold\n',
    );
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    // Nor as the end of the months assessed: said apart, and named in the notes (as its label, not its file).
    expect(result.assessed).toEqual({ from: '2024-09', to: '2026-09', future: ['2062-11'] });
    expect(result.warnings).toEqual([
      `"${result.labels[4]}" is dated 2062-11, after the month this benchmark was made (2026-12), so probably mistyped: it is counted, but not in the months assessed, and not taken as the newest assessment.`,
      '1 of the 5 councils was assessed more than 12 months before the newest assessment (2026-09), so its answers may no longer hold.',
    ]);
    // assess and validate judge the answers file as they did: a date still to come is not theirs to question.
    for (const args of [['assess', '-a', 'typo.answers.yaml'], ['validate', 'typo.answers.yaml']]) expect((await run(args)).stderr).not.toContain('mistyped');
  });

  it('an assessment dated today is not one still to come: share and benchmark say nothing of it', async () => {
    writeFileSync(join(dir, 'today.answers.yaml'), EXAMPLE.replace(/^assessedOn: 2026-11-20$/m, 'assessedOn: 2026-12-01'));
    const shared = await run(['share', 'today.answers.yaml', '-o', 'today.json']);
    expect(shared).toEqual({ code: ExitCode.Ok, stdout: '', stderr: '' });
    const r = await run(['benchmark', 'c1.json', 'c2.json', 'c3.json', 'today.json', '--min-group', '4', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe("cyber-ready: warning: --min-group 4 shows figures for groups of fewer than 5 councils; from so few, a reader who knows some of the councils may be able to work out another council's answers\n");
    expect((JSON.parse(r.stdout) as BenchmarkResult).assessed).toEqual({ from: '2026-07', to: '2026-12' });
  });
});

describe('one council sharing again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-resubmit-'));
  const run = (args: string[]) => runBinary({ args: [...args, ...TODAY], cwd: dir });

  beforeAll(async () => {
    // Four councils of their own, and one that shares in July and again in September (random labels, --named).
    for (const [k, month] of ['2026-03', '2026-04', '2026-05', '2026-06'].entries()) {
      writeFileSync(join(dir, `o${k}.answers.yaml`), council(month, (t) => t.replace(/^organisation: .*$/m, `organisation: Other council ${k}`)));
      expect((await run(['share', `o${k}.answers.yaml`, '--named', '-o', `o${k}.json`])).code).toBe(ExitCode.Ok);
    }
    // Its name as typed (NFC), then as a macOS file name gives it (NFD).
    const named = (month: string, name: string): string => council(month, (t) => t.replace(/^organisation: .*$/m, `organisation: Cyngor Sir ${name}`));
    writeFileSync(join(dir, 'july.answers.yaml'), named('2026-07', 'Ynys Môn'.normalize('NFC')));
    writeFileSync(join(dir, 'sept.answers.yaml'), named('2026-09', 'Ynys Môn'.normalize('NFD')));
    for (const month of ['july', 'sept']) expect((await run(['share', `${month}.answers.yaml`, '--named', '-o', `${month}.json`])).code).toBe(ExitCode.Ok);
  }, 60_000);

  it('two extracts of one organisation under different labels: the later counts, with a warning, as for one label', async () => {
    const label = (f: string): string => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as ShareExtract).label;
    expect(label('july.json')).not.toBe(label('sept.json'));
    const r = await run(['benchmark', 'o0.json', 'o1.json', 'july.json', 'o2.json', 'o3.json', 'sept.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // Its name as typed in July and as a Mac gave it in September: one organisation, said in NFC.
    expect(r.stderr).toBe(`july.json: warning: organisation "Cyngor Sir Ynys Môn" is also in sept.json (label "${label('sept.json')}"); only the later assessment counts (sept.json, 2026-09; this one 2026-07)\n`);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(5);
    expect(result.labels).not.toContain(label('july.json'));
    // The report never names the organisation (README, --named).
    expect(result.warnings).toEqual([`One organisation sent two extracts ("${label('july.json')}" and "${label('sept.json')}"); its assessment of 2026-09 counts, not that of 2026-07.`]);
    expect(r.stdout).not.toContain('Ynys');
  });

  // Highlighting the earlier return weighed it a second time against the later one, which it then
  // displaced, and the paper said each was the one that counts.
  it('highlighting the earlier return counts the later one still, and says so once', async () => {
    const label = (f: string): string => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as ShareExtract).label;
    const files = ['o0.json', 'o1.json', 'july.json', 'o2.json', 'o3.json', 'sept.json', '-f', 'json'];
    const plain = JSON.parse((await run(['benchmark', ...files])).stdout) as BenchmarkResult;
    const r = await run(['benchmark', ...files, '--highlight', 'july.json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.labels).toEqual(plain.labels);
    expect(result.overall.stats).toEqual(plain.overall.stats);
    expect(result.highlighted).toBe(label('sept.json'));
    expect(result.warnings).toEqual([`One organisation sent two extracts ("${label('july.json')}" and "${label('sept.json')}"); its assessment of 2026-09 counts, not that of 2026-07.`]);
  });

  // A council resubmitting under its own label is one council: its two extracts, alike, were also
  // said to be "counted as councils of their own" in the paper.
  it('a same-label resubmission alike in its answers is one council, not two alike', async () => {
    const july = JSON.parse(readFileSync(join(dir, 'o0.json'), 'utf8')) as ShareExtract;
    writeFileSync(join(dir, 'o0-again.json'), JSON.stringify(july));
    const r = await run(['benchmark', 'o0.json', 'o1.json', 'o2.json', 'o3.json', 'sept.json', 'o0-again.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).not.toContain('both are counted');
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(5);
    expect(result.warnings.join(' ')).not.toContain('counted as');
  });

  it('share --help says to give the same --label when sharing again (a random one differs each run)', async () => {
    const help = (await runBinary({ args: ['share', '--help'] })).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('a random label such as council-3f9a2c, new each run); when sharing again, give the same label, so that the benchmark counts only the later');
  });

  it('labels that differ only in Unicode normalisation are one council, shown in NFC', async () => {
    const nfc = 'ynys-môn'.normalize('NFC');
    const nfd = 'ynys-môn'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    for (const [k, label] of [[0, nfc], [1, nfd]] as const) {
      const extract = JSON.parse(readFileSync(join(dir, `o${k}.json`), 'utf8')) as ShareExtract;
      const { organisation: _name, ...unnamed } = extract;
      writeFileSync(join(dir, `label-${k}.json`), JSON.stringify({ ...unnamed, label }));
    }
    const r = await run(['benchmark', 'label-0.json', 'label-1.json', 'o2.json', 'o3.json', 'july.json', '--min-group', '4', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toContain(`label-0.json: warning: label "${nfc}" is also in label-1.json; only the later assessment counts (label-1.json, 2026-04; this one 2026-03)\n`);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(4);
    expect(result.labels[0]).toBe(nfc);
  });
});

describe('benchmark -o paper.docx', () => {
  it('is refused before anything is read or written, saying its formats and that Word opens the HTML paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-docx-'));
    copyFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(dir, 'a.answers.yaml'));
    for (const format of [[], ['-f', 'html'], ['-f', 'text']]) {
      const r = await runBinary({ args: ['benchmark', 'a.answers.yaml', 'missing.json', ...format, '-o', 'paper.docx', ...TODAY], cwd: dir });
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('cyber-ready: benchmark writes text, markdown, json or html, not Word, so -o paper.docx would be a file Word cannot open; Word opens the HTML paper: -f html -o paper.html\n');
      expect(existsSync(join(dir, 'paper.docx'))).toBe(false);
    }
  });
});
