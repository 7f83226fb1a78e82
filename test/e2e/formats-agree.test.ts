// Every format carries the same assessment (SPEC "Reports"): an audit committee member who puts the
// Word paper beside the HTML one, the markdown and the CI log must find the same figures. Through the
// real binary, on the bundled examples (one with automatic fails and a waived gap, one with critical
// systems), each figure is read back from each format by its own consumer (a GFM parser, a DOM,
// mammoth, CSV and JSON parsers) and compared with the JSON report, the shown scores rounded down.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';
import { domRows, markdownRows } from '../helpers/paper-rows.js';

const TODAY = '2026-12-02';
const EXAMPLES = ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government'];

interface Read {
  json: Assessment;
  /** Each paper's words, squashed, and its table rows as cell texts. */
  papers: Record<'markdown' | 'html' | 'docx', { text: string; rows: string[][] }>;
  detail: string;
  csv: string[][];
  sarif: { runs: { results: unknown[] }[] };
  gitlab: unknown[];
  junitFailures: number;
}

async function report(answers: string, format: string, extra: string[] = []): Promise<string> {
  const r = await runBinary({ args: ['assess', '-a', answers, '--today', TODAY, '--no-interactive', '-f', format, ...extra], env: { COLUMNS: '200', NO_COLOR: '1' } });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function readAll(answers: string): Promise<Read> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-agree-'));
  const docxFile = join(dir, 'paper.docx');
  const [json, markdown, html, detail, csv, sarif, gitlab, junit] = await Promise.all([
    report(answers, 'json'),
    report(answers, 'markdown'),
    report(answers, 'html'),
    report(answers, 'text', ['--detail']),
    report(answers, 'csv'),
    report(answers, 'sarif'),
    report(answers, 'gitlab'),
    report(answers, 'junit'),
    report(answers, 'docx', ['-o', docxFile]),
  ]);
  const word = await readDocx({ path: docxFile });
  return {
    json: JSON.parse(json) as Assessment,
    papers: {
      markdown: { text: squash(markdown.replace(/\*\*/g, '')), rows: markdownRows(markdown) },
      html: await domRows(html),
      docx: { text: squash(word.text), rows: (await domRows(word.html)).rows },
    },
    detail,
    csv: parseCsv(csv.replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][],
    sarif: JSON.parse(sarif) as Read['sarif'],
    gitlab: JSON.parse(gitlab) as unknown[],
    junitFailures: (junit.match(/<failure\b/g) ?? []).length,
  };
}

/** A score as every report shows it: a whole number, rounded down (SPEC "Scoring"). */
const shown = (score: number): string => String(Math.floor(score + 1e-9));
/** The first table row naming `title` (a leading "No." column or "1. " bar number and a "(mean)" mark set aside). */
function rowOf(rows: string[][], title: string): string[] | undefined {
  return rows
    .map((r) => (/^\d+$/.test(r[0] ?? '') ? r.slice(1) : [(r[0] ?? '').replace(/^\d+\. /, ''), ...r.slice(1)]))
    .find((r) => (r[0] ?? '').replace(/ \(mean( of \d+)?\)$/, '') === title && /^\d+$/.test(r[1] ?? ''));
}

describe.each(EXAMPLES)('every format of %s carries the same figures', (id) => {
  let read: Read;
  beforeAll(async () => {
    read = await readAll(`examples/${id}.answers.yaml`);
  }, 60_000);

  it('the overall score (rounded down), rating and any cap', () => {
    const { overall } = read.json;
    const score = shown(overall.score as number);
    for (const [format, paper] of Object.entries(read.papers)) {
      // The first score on the summary page is the overall one (after any automatic fails).
      const summary = paper.text.slice(paper.text.lastIndexOf('Summary', paper.text.indexOf(' out of 100')));
      expect(/(\d+) out of 100/.exec(summary)?.[1], format).toBe(score);
      expect(summary.slice(0, 400).includes(overall.rating?.label as string), format).toBe(true);
      expect(/Rating capped at/.test(paper.text), format).toBe(overall.cap !== null);
    }
    expect(read.detail).toMatch(new RegExp(`Overall ${score}/100 ${overall.rating?.label}`));
  });

  it('each section and each system: score rounded down and rating, in every paper and --detail', () => {
    const organisationSections = read.json.sections.filter((s) => s.system === null && s.score !== null);
    expect(organisationSections.length).toBeGreaterThan(0);
    for (const [format, paper] of Object.entries(read.papers)) {
      for (const s of organisationSections) expect(rowOf(paper.rows, s.title)?.slice(1, 3), `${format} ${s.title}`).toEqual([shown(s.score as number), s.rating?.label]);
      for (const x of read.json.systems) expect(rowOf(paper.rows, x.title)?.slice(1, 3), `${format} ${x.title}`).toEqual([shown(x.score as number), x.rating?.label]);
    }
    const line = (title: string, score: number, rating: string): RegExp => new RegExp(`${title.replace(/[()]/g, '\\$&')}(?: \\(mean(?: of \\d+)?\\))?\\s+[█░]*\\s+${shown(score)}\\s+${rating}`);
    for (const s of organisationSections) expect(read.detail).toMatch(line(s.title, s.score as number, s.rating?.label as string));
  });

  it('the gaps by severity and the accepted risks, in the same words in every paper', () => {
    const { gaps, bySeverity, acceptedRisks } = read.json.summary;
    const sentences = Object.values(read.papers).map((p) => /There (?:is|are) [^.]*? between the answers and good practice[^.]*\./.exec(p.text)?.[0]);
    expect(new Set(sentences).size, sentences.join('\n')).toBe(1);
    const sentence = sentences[0] as string;
    for (const [severity, n] of Object.entries(bySeverity)) if (n > 0) expect(sentence).toMatch(new RegExp(`\\b${n} ${severity}\\b`));
    expect(sentence).toMatch(new RegExp(`^There (is|are) (${gaps}|\\w+) gaps?`));
    expect(/accepted risk/.test(sentence)).toBe(acceptedRisks > 0);
  });

  it('the five biggest risks: the highest-priority questions not covered by a waiver, in order, saying so when an accepted risk is left out', () => {
    const picked: string[] = [];
    let lastPick = -1;
    read.json.gaps.forEach((g, at) => {
      if (g.waiver?.state === 'active' || picked.includes(g.question) || picked.length >= 5) return;
      picked.push(g.question);
      lastPick = at;
    });
    const texts = picked.map((q) => read.json.gaps.find((g) => g.question === q)?.text as string);
    const leftOut = read.json.gaps.slice(0, lastPick).filter((g) => g.waiver?.state === 'active').length;
    for (const [format, paper] of Object.entries(read.papers)) {
      const from = paper.text.indexOf(`The ${picked.length === 5 ? 'five' : picked.length} biggest risks`);
      expect(from, format).toBeGreaterThan(0);
      const at = texts.map((t) => paper.text.indexOf(t, from));
      expect(at.every((n) => n > from), format).toBe(true);
      expect([...at].sort((a, b) => a - b), format).toEqual(at);
      const said = / (\w+) gaps? that ranks? among these (?:is|are) left out/.exec(paper.text.slice(from));
      expect(said !== null, `${format}: ${leftOut} accepted risks rank among the five`).toBe(leftOut > 0);
    }
  });

  it('the dates: assessed on, judged on, and each waiver expiry and review-by in every paper', () => {
    const dates = [read.json.assessedOn as string, read.json.today, ...read.json.waivers.map((w) => w.expires), ...read.json.stale.map((s) => s.reviewBy)];
    for (const [format, paper] of Object.entries(read.papers)) for (const d of dates) expect(paper.text, `${format} ${d}`).toContain(d);
    for (const d of dates) expect(read.detail).toContain(d);
  });

  it('one CSV row, SARIF result and GitLab issue per gap, and one more of each CI format per stale answer with no gap; a JUnit failure per unwaived gap', () => {
    const gaps = read.json.gaps;
    const gapKeys = new Set(gaps.map((g) => `${g.question}|${g.system ?? ''}`));
    const lapsed = read.json.stale.filter((s) => !gapKeys.has(`${s.question}|${s.system ?? ''}`)).length;
    expect(read.csv.length - 1).toBe(gaps.length);
    expect(read.csv.slice(1).map((r) => r[3])).toEqual(gaps.map((g) => g.question));
    expect(read.sarif.runs[0]?.results.length).toBe(gaps.length + lapsed);
    expect(read.gitlab.length).toBe(gaps.length + lapsed);
    expect(read.junitFailures).toBe(gaps.filter((g) => g.waiver?.state !== 'active').length);
  });
});

describe("a question's score rounds down in diff as in assess (SPEC: shown scores are rounded down)", () => {
  // 0.69996 is "0.69" in `assess --detail`; rounded to nearest it read "0.7" in `diff`.
  const Q = ['-q', 'test/fixtures/ci-rounding/rounding.yaml', '--today', '2026-12-01'];
  it.each(['text', 'markdown'])('%s', async (format) => {
    const detail = await runBinary({ args: ['assess', '-a', 'test/fixtures/ci-rounding/nearly.answers.yaml', ...Q, '--detail', '--no-color'] });
    expect(detail.stdout).toContain('score 0.69 ');
    const r = await runBinary({ args: ['diff', 'test/fixtures/ci-rounding/some.answers.yaml', 'test/fixtures/ci-rounding/nearly.answers.yaml', ...Q, '-f', format], env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Very nearly (0.69)');
    expect(r.stdout).not.toContain('(0.7)');
  });
});
