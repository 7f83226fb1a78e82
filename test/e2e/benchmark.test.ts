import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import type { SharedAnswer, ShareExtract } from '../../src/share/types.js';
import { runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown, parseMermaid, raggedTables, readMermaidChart, tableLines } from '../helpers/consumers.js';
import { pairScoredRich, withTheRestUnanswered } from '../helpers/pair-scored.js';

/**
 * A council of the rich-share questionnaire, built by hand so every figure can be worked out on
 * paper. Its section, system and overall scores are its answers' (benchmark refuses others): the
 * organisation's section is "owner" alone, a system's section its "patched", each section weighing 1.
 */
interface Council {
  label: string;
  month?: string;
  owner: 'nobody' | 'partly' | 'named' | 'unknown';
  /** One entry per system: its "patched" answer. */
  patched: ('yes' | 'no')[];
  questionnaire?: { id: string; version: string };
}

const OWNER_SCORE = { nobody: 0, partly: 0.5, named: 1, unknown: 0 } as const;
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function extractOf(c: Council): ShareExtract {
  const org = OWNER_SCORE[c.owner] * 100;
  const own = c.patched.map((p) => (p === 'yes' ? 100 : 0));
  const perSystem = mean(own);
  const overall = mean(perSystem === null ? [org] : [org, perSystem]) as number;
  const systems = own.map((score, i) => ({ id: `system-${i + 1}`, score: (org + score) / 2, sections: [{ id: 'per-system', score }] }));
  const answers: SharedAnswer[] = [
    c.owner === 'unknown'
      ? { question: 'owner', system: null, status: 'unknown', value: null, score: 0, waived: false }
      : { question: 'owner', system: null, status: 'answered', value: c.owner, score: OWNER_SCORE[c.owner], waived: false },
    { question: 'describe', system: null, status: 'answered', value: null, score: null, waived: false },
    ...c.patched.map((p, i): SharedAnswer => ({ question: 'patched', system: `system-${i + 1}`, status: 'answered', value: p, score: p === 'yes' ? 1 : 0, waived: false })),
  ];
  return {
    kind: 'cyber-ready-share',
    schemaVersion: 1,
    tool: { name: 'cyber-ready', version: '0.1.0' },
    questionnaire: c.questionnaire ?? { id: 'rich-share', version: '1.0.0' },
    label: c.label,
    assessedOn: c.month ?? '2026-11',
    overall: { score: overall, rating: overall >= 80 ? 'Ready' : overall >= 50 ? 'Partly ready' : 'Not ready', automaticFails: 0 },
    sections: [
      { id: 'org', score: org },
      { id: 'per-system', score: perSystem },
    ],
    systems,
    answers: withTheRestUnanswered(answers, c.patched.length),
  };
}

// Organisation 0, 50, 50, 100, 100, 0; per system 100, 50, 50, 100, 0, 100; overall the mean of the two.
const COUNCILS: Council[] = [
  { label: 'alder', owner: 'nobody', patched: ['yes'] },
  { label: 'birch', owner: 'partly', patched: ['yes', 'no'] },
  { label: 'cedar', owner: 'partly', patched: ['no', 'no', 'yes', 'yes'] },
  { label: 'damson', owner: 'named', patched: ['yes'] },
  { label: 'elm', owner: 'named', patched: ['no'] },
  { label: 'fir', owner: 'unknown', patched: ['yes', 'yes'] },
];

function folder(councils: Council[] = COUNCILS): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-benchmark-'));
  writeFileSync(join(dir, 'rich.yaml'), pairScoredRich());
  for (const c of councils) writeFileSync(join(dir, `${c.label}.json`), `${JSON.stringify(extractOf(c), null, 2)}\n`);
  return dir;
}

const files = (councils: Council[] = COUNCILS): string[] => councils.map((c) => `${c.label}.json`);
const bench = (dir: string, args: string[]) => runBinary({ args: ['benchmark', ...args, '--questionnaire-dir', '.'], cwd: dir });

async function json(dir: string, args: string[]): Promise<BenchmarkResult> {
  const r = await bench(dir, [...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return JSON.parse(r.stdout) as BenchmarkResult;
}

describe('benchmark: the figures', () => {
  const dir = folder();

  it('the hand-built extracts are valid', () => {
    for (const c of COUNCILS) expect(schemaErrors('share', extractOf(c))).toEqual([]);
  });

  it('gives the median and quartiles of overall and section scores (linear interpolation)', async () => {
    const result = await json(dir, files());
    expect(result.contributions).toBe(6);
    expect(result.questionnaire).toEqual({ id: 'rich-share', version: '1.x', title: 'Every kind of question', systemLabel: 'critical system', systemLabelPlural: 'critical systems' });
    // Overall 50, 50, 50, 100, 50, 50: all but the highest at the median and both quartiles.
    expect(result.overall.stats).toEqual({ n: 6, median: 50, q1: 50, q3: 50, min: 50, max: 100 });
    // Organisation 0 0 50 50 100 100: h = 5p, so Q1 = 0 + 1.25 × 50 − 50 = 12.5, median 50, Q3 87.5.
    const org = result.sections.find((s) => s.id === 'org');
    expect(org).toMatchObject({ title: 'Organisation', n: 6, stats: { median: 50, q1: 12.5, q3: 87.5 } });
    // Per system 0 50 50 100 100 100.
    expect(result.sections.find((s) => s.id === 'per-system')).toMatchObject({ n: 6, stats: { median: 75, q1: 50, q3: 100 } });
  });

  it('counts each answer with labels from the questionnaire, "don\'t know" included', async () => {
    const owner = (await json(dir, files())).questions.find((q) => q.id === 'owner');
    expect(owner?.answered).toBe(6);
    // Scores 0, 50, 50, 100, 100 and 0 (don't know): sorted 0 0 50 50 100 100.
    expect(owner?.stats).toMatchObject({ n: 6, median: 50, q1: 12.5, q3: 87.5 });
    expect(owner?.spread).toEqual([
      { value: 'nobody', label: 'Nobody', count: 1 },
      { value: 'partly', label: 'Partly', count: 2 },
      { value: 'named', label: 'A named director', count: 2 },
      { value: 'unknown', label: "Don't know", count: 1 },
      { value: 'not-applicable', label: 'Not applicable', count: 0 },
    ]);
  });

  it('scores a system question once per council (the mean of its systems) and counts every system\'s answer', async () => {
    const patched = (await json(dir, files())).questions.find((q) => q.id === 'patched');
    expect(patched?.scope).toBe('system');
    // Council means: 100, 50, 50, 100, 0, 100 → sorted 0 50 50 100 100 100.
    expect(patched?.stats).toMatchObject({ n: 6, median: 75, q1: 50, q3: 100 });
    // Eleven systems in all: 7 yes, 4 no.
    expect(patched?.spread?.filter((e) => e.count > 0)).toEqual([
      { value: 'no', label: 'No', count: 4 },
      { value: 'yes', label: 'Yes', count: 7 },
    ]);
  });

  it('shares no score or spread for a text question, and counts who answered it', async () => {
    const describe_ = (await json(dir, files())).questions.find((q) => q.id === 'describe');
    expect(describe_).toMatchObject({ answered: 6, stats: null, spread: null });
  });

  it('places the highlighted council by percentile rank, counting it in when it is not among the files', async () => {
    const result = await json(dir, [...files().slice(1), '--highlight', 'alder.json']);
    expect(result.contributions).toBe(6);
    expect(result.highlighted).toBe('alder');
    // Lowest of six organisation scores, tied with one: (0 + 2/2) / 6; overall tied with four others: (0 + 5/2) / 6.
    expect(result.sections.find((s) => s.id === 'org')?.highlight).toEqual({ score: 0, percentile: (100 * 1) / 6 });
    expect(result.overall.highlight).toEqual({ score: 50, percentile: (100 * 2.5) / 6, rating: 'Partly ready', automaticFails: 0, systems: 1 });
    const again = await json(dir, [...files(), '--highlight', 'damson.json']);
    expect(again.contributions).toBe(6);
    expect(again.sections.find((s) => s.id === 'org')?.highlight).toEqual({ score: 100, percentile: (100 * 5) / 6 });
    expect(again.questions.find((q) => q.id === 'owner')?.highlight).toEqual({ score: 100, percentile: (100 * 5) / 6, value: 'named', answer: 'A named director' });
  });
});

describe('benchmark: the minimum group', () => {
  const dir = folder();

  it('refuses with fewer councils than the minimum group, in one line, writing nothing', async () => {
    const r = await bench(dir, [...files().slice(0, 4), '-o', 'out.md']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe('cyber-ready: benchmark needs at least 5 councils (--min-group 5) and was given 4; no figure is shown over fewer, so that no council can be picked out\n');
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
    expect((await bench(dir, [...files(), '--min-group', '7'])).code).toBe(ExitCode.CannotAssess);
  });

  it('withholds every figure over fewer contributions than the group, and says so', async () => {
    // Only four councils have systems with a "patched" answer here.
    const dir2 = folder(COUNCILS.map((c, i) => ({ ...c, patched: i < 4 ? c.patched : [] })));
    const result = await json(dir2, files());
    const patched = result.questions.find((q) => q.id === 'patched');
    expect(patched).toMatchObject({ answered: 4, stats: null, spread: null });
    const text = await bench(dir2, files());
    expect(text.stdout).toContain('score and answers not shown (fewer than 5 answered)');
    const md = await bench(dir2, [...files(), '-f', 'markdown']);
    expect(md.stdout).toContain('Score and answers: not shown (fewer than 5 answered)');
  });

  it('--min-group 3 shows figures over three', async () => {
    const result = await json(dir, [...files().slice(0, 3), '--min-group', '3']);
    expect(result.sections.find((s) => s.id === 'org')?.stats).toMatchObject({ n: 3, median: 50 });
  });

  // Accepted, as a forum may choose, but no longer in silence: with 1 a council's answers are printed as they are.
  it.each([1, 3, 4])('--min-group %i is accepted with one warning that so small a group can give answers away', async (n) => {
    const r = await bench(dir, [...files(), '--min-group', String(n), '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`cyber-ready: warning: --min-group ${n} shows figures for groups of fewer than 5 councils; from so few, a reader who knows some of the councils may be able to work out another council's answers\n`);
    for (const k of [5, 6]) expect((await bench(dir, [...files(), '--min-group', String(k), '-f', 'json'])).stderr).toBe('');
  });

  it('--min-group 1 says "1 council", not "1 councils"', async () => {
    const r = await bench(dir, [files()[0]!, '--min-group', '1', '-f', 'markdown']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('1 council contributed, all assessed in 2026-11.');
    expect(r.stdout).toContain('No figure is shown over fewer than 1 council.');
  });
});

describe('benchmark: inputs', () => {
  it('refuses inputs of another questionnaire or major version, one line per odd file at its questionnaire', async () => {
    const dir = folder([...COUNCILS, { ...COUNCILS[0]!, label: 'gorse', questionnaire: { id: 'rich-share', version: '2.0.0' } }, { ...COUNCILS[0]!, label: 'holly', questionnaire: { id: 'other', version: '1.0.0' } }]);
    const r = await bench(dir, files([...COUNCILS, { ...COUNCILS[0]!, label: 'gorse' }, { ...COUNCILS[0]!, label: 'holly' }]));
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'gorse.json:8:20: answers questionnaire "rich-share" 2.0.0, but the other inputs answer "rich-share" 1.x; a benchmark compares one questionnaire and major version',
      'holly.json:8:20: answers questionnaire "other" 1.0.0, but the other inputs answer "rich-share" 1.x; a benchmark compares one questionnaire and major version',
    ]);
  });

  it('refuses an extract that answers a question twice, which would count as two councils', async () => {
    const dir = folder();
    const first = `${COUNCILS[0]!.label}.json`;
    const extract = JSON.parse(readFileSync(join(dir, first), 'utf8')) as ShareExtract;
    writeFileSync(join(dir, first), JSON.stringify({ ...extract, answers: [...extract.answers, extract.answers[0]!] }, null, 2));
    const r = await bench(dir, files());
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${first.replace('.', '\\.')}:\\d+:\\d+: "${extract.answers[0]!.question}"( for "[^"]+")? is answered twice \\(first at answers\\[0\\]\\); an extract answers each question once\\n$`));
  });

  it('counts the later of two extracts with one label, with a warning', async () => {
    const dir = folder([...COUNCILS, { ...COUNCILS[5]!, label: 'fir-old', month: '2025-11', owner: 'named' }]);
    const old = JSON.parse(readFileSync(join(dir, 'fir-old.json'), 'utf8')) as ShareExtract;
    writeFileSync(join(dir, 'fir-old.json'), JSON.stringify({ ...old, label: 'fir' }));
    const r = await bench(dir, [...files(), 'fir-old.json', '-f', 'json']);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('fir-old.json: warning: label "fir" is also in fir.json; only the later assessment counts (fir.json, 2026-11; this one 2025-11)\n');
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(6);
    // fir's "don't know" counts, not the named owner of its older assessment.
    expect(result.questions.find((q) => q.id === 'owner')?.spread?.find((e) => e.value === 'unknown')?.count).toBe(1);
    // The report may be passed round, and file names can name councils: it names none.
    expect(result.warnings).toEqual(['"fir" was given twice; its assessment of 2026-11 counts, not that of 2025-11.']);
  });

  // In one month the warning said "its assessment of 2026-11 counts, not that of 2026-11".
  it('says the one given later counts when two extracts with one label are of one month', async () => {
    const dir = folder([...COUNCILS, { ...COUNCILS[5]!, label: 'fir-again', owner: 'named' }]);
    const again = JSON.parse(readFileSync(join(dir, 'fir-again.json'), 'utf8')) as ShareExtract;
    writeFileSync(join(dir, 'fir-again.json'), JSON.stringify({ ...again, label: 'fir' }));
    const r = await bench(dir, [...files(), 'fir-again.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('fir.json: warning: label "fir" is also in fir-again.json, assessed in the same month (2026-11); the one given later on the command line counts (fir-again.json)\n');
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.questions.find((q) => q.id === 'owner')?.spread?.find((e) => e.value === 'unknown')?.count).toBe(0);
    expect(result.warnings).toEqual(['"fir" was given twice, both assessed in 2026-11; the one given later on the command line counts.']);
  });

  it('validate says an empty JSON file should hold a JSON object, not YAML', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.json'), '');
    const r = await runBinary({ args: ['validate', 'empty.json'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'empty.json:1:1: the file is empty; expected a JSON object\n' });
  });

  it('reads answers files as their extracts, labelled by file name', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'wrenford.answers.yaml'), 'questionnaire: rich-share\nanswers:\n  owner: named\n  controls: [mfa]\n  tested: yes\n  patch-days: 7\n  describe: Our own words.\n  iot: no\n  board: { confirmed: achieved, justification: Minutes. }\nsystems:\n  - id: revs\n    title: Revenues\n    answers: { patched: yes, restore: tested, system-notes: Fine. }\n');
    const result = await json(dir, [...files(), 'wrenford.answers.yaml', '--highlight', 'wrenford.answers.yaml']);
    expect(result.contributions).toBe(7);
    expect(result.labels).toContain('wrenford');
    expect(result.highlighted).toBe('wrenford');
    expect(result.questions.find((q) => q.id === 'owner')?.highlight?.value).toBe('named');
  });

  it('counts answers files of one name in different folders as different councils, labelled by path', async () => {
    // A forum that keeps each council's answers in its own folder, each called readiness.yaml.
    const dir = folder([]);
    const names = ['alder', 'birch', 'cedar', 'damson', 'elm'];
    for (const [i, name] of names.entries()) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'readiness.yaml'), `questionnaire: rich-share\nanswers:\n  owner: ${i < 2 ? 'named' : 'nobody'}\n  controls: [mfa]\n  tested: yes\n  patch-days: ${7 + i}\n  describe: Our own words.\n  iot: no\n  board: { confirmed: achieved, justification: Minutes. }\nsystems:\n  - id: revs\n    title: Revenues\n    answers: { patched: yes, restore: tested, system-notes: Fine. }\n`);
    }
    const r = await bench(dir, [...names.map((n) => `${n}/readiness.yaml`), '--highlight', 'alder/readiness.yaml', '--today', '2026-11-23', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(5);
    expect(result.labels).toEqual(names.map((n) => `${n}/readiness`));
    expect(result.highlighted).toBe('alder/readiness');
    expect(result.questions.find((q) => q.id === 'owner')?.spread?.find((s) => s.value === 'named')?.count).toBe(2);
    // The same file given twice is still one council, and the warning explains the count it refuses.
    const twice = await bench(dir, ['alder/readiness.yaml', 'birch/readiness.yaml', 'cedar/readiness.yaml', 'damson/readiness.yaml', './alder/readiness.yaml', '--today', '2026-11-23']);
    expect(twice.code).toBe(ExitCode.CannotAssess);
    expect(twice.stderr.split('\n').filter(Boolean)).toEqual([
      './alder/readiness.yaml: warning: is given more than once; it is counted once',
      'cyber-ready: benchmark needs at least 5 councils (--min-group 5) and was given 4; no figure is shown over fewer, so that no council can be picked out',
    ]);
  });

  it('shows ids, with a warning, when the questionnaire cannot be loaded', async () => {
    const dir = folder();
    const r = await runBinary({ args: ['benchmark', ...files(), '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('cyber-ready: warning: questionnaire "rich-share" could not be loaded, so the benchmark shows ids instead of titles and option labels, and cannot check the extracts\' answers against it; for a questionnaire of your own, pass its folder with --questionnaire-dir DIR or CYBER_READY_PATH\n');
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.questionnaire.title).toBeNull();
    expect(result.sections.map((s) => [s.id, s.title, s.scope])).toEqual([
      ['org', 'org', 'organisation'],
      ['per-system', 'per-system', 'system'],
    ]);
    expect(result.questions.find((q) => q.id === 'owner')?.spread?.find((e) => e.value === 'named')).toEqual({ value: 'named', label: 'named', count: 2 });
    expect(result.questions.find((q) => q.id === 'patched')).toMatchObject({ scope: 'system', section: null });
  });

  it.each([
    ['a JSON syntax error', '{\n  "kind": "cyber-ready-share",\n  "label" "x"\n}\n', /^broken\.json:3:11: not valid JSON: unexpected "\\""; expected ":" after a property name\n$/],
    ['a schema error', JSON.stringify({ ...extractOf(COUNCILS[0]!), overall: { score: 140, rating: null, automaticFails: 0 } }, null, 2), /^broken\.json:\d+:\d+: "score" must be .*\n$/],
    // Not "expected a YAML mapping": the file is JSON, and benchmark reads extracts.
    ['an empty file', '', /^broken\.json:1:1: the file is empty; expected a share extract \(a JSON object\)\n$/],
    ['a file of white space', ' \n\n', /^broken\.json:1:1: the file is empty; expected a share extract \(a JSON object\)\n$/],
    ['an extract of another format version', JSON.stringify({ ...extractOf(COUNCILS[0]!), schemaVersion: 9 }, null, 2), /^broken\.json:3:20: this extract has schema version 9, made by a newer cyber-ready; this one reads version 1: update cyber-ready to read it\n$/],
  ])('refuses %s in one line at its place, exit 2, writing nothing', async (_name, text, message) => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.json'), text);
    const r = await bench(dir, [...files(), 'broken.json', '-o', 'out.txt']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });

  it('refuses to write over one of its inputs', async () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'alder.json'), 'utf8');
    const r = await bench(dir, [...files(), '-o', 'alder.json']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^alder\.json: /);
    expect(readFileSync(join(dir, 'alder.json'), 'utf8')).toBe(before);
  });
});

describe('benchmark: text and markdown', () => {
  const dir = folder();

  it('text: a table of sections with the highlighted council, then the questions', async () => {
    const r = await bench(dir, [...files(), '--highlight', 'cedar.json']);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('Benchmark: Every kind of question (rich-share 1.x)');
    // Five of the six score 50, the lowest: cedar is level with the lowest, not below anyone.
    expect(r.stdout).toMatch(/Overall\s+6\s+50 \(50–50\)\s+50 \(42nd percentile,\s+level with the lowest\)/);
    expect(r.stdout).toContain("answers: Nobody: 1; Partly: 2; A named director: 2; Don't know: 1");
    expect(r.stdout).toContain('cedar: Partly; score 50 (50th percentile)');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain("Answered once per critical system: each council's score is its mean over its critical systems, and the answers count every critical system");
    expect(r.stdout.match(/Answered once per critical system/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/describe: Describe your arrangements\.\n {4}answered by 6\n {4}cedar: Answered \(its text is not shared\)\n/);
    expect(r.stdout).toMatch(/controls: Which controls are in place\?\n {4}no council answered it\n/);
  });

  // The table marked a section answered per system "(per system)" whatever the questionnaire calls
  // a system (the CAF: critical system), and a title that says so already got it twice.
  it('marks a section answered per system in the questionnaire\'s word, once', async () => {
    for (const [title, shown] of [['Protection', 'Protection (per critical system)'], ['Each critical system', 'Each critical system'], ['Per system', 'Per system'], ['Every critical system', 'Every critical system']] as const) {
      const where = folder();
      writeFileSync(join(where, 'rich.yaml'), readFileSync(join(where, 'rich.yaml'), 'utf8').replace('title: Each critical system', `title: ${title}`));
      const text = await bench(where, files());
      expect(text.code, text.stderr).toBe(ExitCode.Ok);
      expect(text.stdout).toMatch(new RegExp(`\\n {2}${shown.replace(/[()]/g, '\\$&')} +6 `));
      const markdown = await bench(where, [...files(), '-f', 'markdown']);
      expect(markdown.stdout).toContain(`| 2. ${shown} | 6 |`);
      expect(`${text.stdout}${markdown.stdout}`).not.toContain('(per system)');
    }
  });

  it('markdown: tables a GFM parser reads whole, and a chart mermaid parses', async () => {
    const r = await bench(dir, [...files(), '--highlight', 'cedar.json', '-f', 'markdown']);
    expect(r.code).toBe(ExitCode.Ok);
    const tree = parseMarkdown(r.stdout);
    expect(raggedTables(tree)).toEqual([]);
    expect(nodesOfType(tree, 'table').reduce((n, t) => n + t.children.length + 1, 0)).toBe(tableLines(r.stdout));
    expect(nodesOfType(tree, 'html')).toEqual([]);
    const charts = nodesOfType(tree, 'code').filter((c) => c.lang === 'mermaid');
    expect(charts).toHaveLength(1);
    await expect(parseMermaid(charts[0]?.value ?? '')).resolves.toMatchObject({ diagramType: 'xychart' });
    await expect(readMermaidChart(charts[0]?.value ?? '')).resolves.toMatchObject({ accTitle: expect.stringMatching(/^Section medians/), accDescription: expect.stringContaining('table above') });
    // Medians 50 (org) and 75 (per system), the quartiles, and cedar's own scores as the third line.
    expect(charts[0]?.value).toContain('bar [50, 75]');
    expect(charts[0]?.value).toContain('line [50, 50]');
    // The key counts the lines drawn: a bar, then three lines, of which cedar's is the third ("the fourth line" counted the bar).
    expect(charts[0]?.value.match(/^ {4}line /gm)).toHaveLength(3);
    expect(r.stdout).toContain('the lines below and above them are the lower and upper quartiles, and the third line is cedar.');
    // No cell left empty (a screen reader reads out "blank"): the overall row had none in "No.".
    for (const table of nodesOfType(tree, 'table')) for (const row of table.children) for (const cell of row.children) expect(cell.children, JSON.stringify(row)).not.toEqual([]);
    expect(r.stdout).toContain('| **Overall** | 6 |');
    expect(r.stdout).toContain('| 1. ');
  });

  it('markdown: a council named in a right-to-left script is isolated, so its figures stay after it', async () => {
    const NAME = 'מועצה אזורית';
    const rtl = folder([...COUNCILS.slice(1), { label: NAME, owner: 'nobody', patched: ['yes'] }]);
    const r = await bench(rtl, [...files(COUNCILS.slice(1)), `${NAME}.json`, '--highlight', `${NAME}.json`, '-f', 'markdown']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain(`The figures for **\u2068${NAME}\u2069** are its own score`);
    expect(r.stdout).toContain(`and the third line is \u2068${NAME}\u2069.`);
    expect(r.stdout.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u2066-\u2069]/);
    const text = await bench(rtl, [...files(COUNCILS.slice(1)), `${NAME}.json`, '--highlight', `${NAME}.json`]);
    expect(text.stdout).toContain(NAME);
    expect(text.stdout).not.toMatch(/[\u2066-\u2069]/);
  });
});

describe('benchmark: html', () => {
  // Per question it gave only the median, where SPEC asks for median and quartiles (as text,
  // markdown and json give them): "6 councils answered · median score 50".
  it('gives each question its median and quartiles, and none under the minimum group', async () => {
    const dir = folder();
    const [html, data] = await Promise.all([bench(dir, [...files(), '-f', 'html']), json(dir, files())]);
    expect(html.code, html.stderr).toBe(ExitCode.Ok);
    const owner = data.questions.find((q) => q.id === 'owner');
    expect(owner?.stats).toMatchObject({ median: 50, q1: 12.5, q3: 87.5 });
    expect(html.stdout).toContain('<p class="figures">6 councils answered · median score 50, middle half 12 to 87</p>');
    // A seventh council with no systems: "patched" is answered by 6 of 7, under --min-group 7, and shows no figure.
    const seven = [...COUNCILS, { label: 'gum', owner: 'named', patched: [] } satisfies Council];
    const small = await bench(folder(seven), [...files(seven), '-f', 'html', '--min-group', '7']);
    expect(small.code, small.stderr).toBe(ExitCode.Ok);
    expect(small.stdout).toContain('<p class="figures">6 councils answered: fewer than 7, so nothing more is shown</p>');
    expect(small.stdout).not.toMatch(/6 councils answered[^<]*middle half/);
    expect(small.stdout).toContain('7 councils answered · median score 50, middle half 25 to 100');
  });
});

describe('benchmark: usage', () => {
  it('refuses a minimum group that is not a whole number of at least 1, in one line', async () => {
    const dir = folder();
    for (const bad of ['0', '2.5', 'five']) {
      const r = await bench(dir, [...files(), '--min-group', bad]);
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stderr).toBe(`cyber-ready: option '--min-group <n>' argument '${bad}' is invalid. expected a whole number of at least 1.\n`);
    }
  });

  it('reads one input from standard input', async () => {
    const dir = folder();
    const r = await runBinary({ args: ['benchmark', ...files().slice(1), '-', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir, stdin: readFileSync(join(dir, 'alder.json'), 'utf8') });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as BenchmarkResult).labels).toContain('alder');
    // Only once: a second "-" has nothing left to read.
    for (const twice of [['-', '-'], ['-', '--highlight', '-']]) {
      const again = await runBinary({ args: ['benchmark', ...files().slice(1), ...twice, '--questionnaire-dir', '.'], cwd: dir, stdin: readFileSync(join(dir, 'alder.json'), 'utf8') });
      expect(again.code).toBe(ExitCode.CannotAssess);
      expect(again.stderr).toBe('cyber-ready: standard input ("-") can be given only once, as a file or as --highlight\n');
    }
  });
});
