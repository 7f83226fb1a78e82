// The benchmark's web page from a small hand-made result: what it shows and withholds, without a
// browser (test/e2e/benchmark-html-browser.test.ts opens the real thing in chromium).
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult, QuestionBenchmark } from '../../src/benchmark/types.js';
import { renderBenchmarkHtml } from '../../src/benchmark/render-html.js';
import { ordinal } from '../../src/benchmark/words.js';

const render = (r: BenchmarkResult): string => renderBenchmarkHtml(r, { colorLevel: 0, width: 100 });

const stats = (median: number) => ({ n: 6, median, q1: median - 10, q3: median + 10.5, min: median - 30, max: median + 20 });

const question = (over: Partial<QuestionBenchmark>): QuestionBenchmark => ({
  id: 'q-one',
  section: 'gov',
  text: 'Is there an owner?',
  scope: 'organisation',
  answered: 6,
  notApplicable: 0,
  stats: stats(50),
  spread: [
    { value: 'no', label: 'No', count: 2 },
    { value: 'yes', label: 'Yes', count: 4 },
    { value: 'unknown', label: "Don't know", count: 0 },
    { value: 'not-applicable', label: 'Not applicable', count: 0 },
  ],
  blocking: false,
  failing: null,
  ...over,
});

const result = (over: Partial<BenchmarkResult> = {}): BenchmarkResult => ({
  kind: 'cyber-ready-benchmark',
  schemaVersion: 1,
  questionnaire: { id: 'mini', version: '1.x', title: 'Mini <questionnaire>', systemLabel: null, systemLabelPlural: null },
  contributions: 6,
  assessed: { from: '2026-01', to: '2026-11' },
  minGroup: 5,
  labels: ['a', 'b', 'c', 'd', 'e', 'f'],
  highlighted: null,
  overall: { n: 6, stats: stats(61.9), automaticFails: null },
  sections: [
    { id: 'gov', title: 'Governance', scope: 'organisation', n: 6, stats: stats(70) },
    { id: 'care', title: 'Social care', scope: 'organisation', n: 3, stats: null },
  ],
  questions: [question({}), question({ id: 'q-few', text: 'Few answered', answered: 3, stats: null, spread: null }), question({ id: 'q-loose', section: null, text: 'A question of no section' })],
  warnings: [],
  ...over,
});

describe('the benchmark as HTML', () => {
  it('gives figures rounded down, as every report shows scores, and escapes the questionnaire title', () => {
    const html = render(result());
    expect(html).toContain('the median overall score is 61 out of 100');
    expect(html).toContain('Mini &lt;questionnaire&gt; (mini), version 1.x');
    expect(html).not.toContain('<questionnaire>');
  });

  it('withholds a section under the minimum group, and says how many councils it rests on', () => {
    const html = render(result());
    expect(html).toMatch(/Social care<br><span class="explain">3 of 6 councils<\/span><\/th><td colspan="3">Fewer than 5 councils: not shown<\/td>/);
    expect(html).toContain('Social care: fewer than 5 councils, not shown');
  });

  it('shows a question answered by fewer than the minimum group with nothing but its count', () => {
    const row = /<tr><th scope="row">Few answered[\s\S]*?<\/tr>/.exec(render(result()))?.[0] ?? '';
    expect(row).toContain('3 councils answered: fewer than 5, so nothing more is shown');
    expect(row).not.toContain('class="spread"');
  });

  it('lists every option of a spread, even at 0, but "don\'t know" and not applicable only when given', () => {
    const html = render(result());
    expect(html).toContain('No: 2');
    expect(html).not.toContain("Don't know: 0");
    expect(render(result({ questions: [question({ spread: [{ value: 'no', label: 'No', count: 0 }, { value: 'unknown', label: "Don't know", count: 3 }] })] }))).toMatch(/No: 0[\s\S]*Don&#39;t know: 3/);
  });

  it('puts questions whose section is not known under "Other questions"', () => {
    expect(render(result())).toMatch(/<caption>Other questions<\/caption>[\s\S]*A question of no section/);
  });

  it('has no highlighted column or marks without a highlighted council', () => {
    const html = render(result());
    expect(html).not.toContain('class="you"');
    expect(html).not.toContain('class="mine"');
    expect(html).not.toContain('percentile');
  });

  it("marks the highlighted council's figures, its position and its own answer", () => {
    const html = render(
      result({
        highlighted: 'council-<1>',
        overall: { n: 6, stats: stats(61.9), automaticFails: null, highlight: { score: 48.2, percentile: 25, rating: 'Not ready', automaticFails: 0, systems: 0 } },
        questions: [question({ highlight: { score: 100, percentile: 66.7, value: 'yes', answer: 'Yes' } })],
      }),
    );
    expect(html).toContain('The highlighted council, council-&lt;1&gt;, scores 48 overall, at the 25th percentile of the forum.');
    expect(html).toContain('council-&lt;1&gt;: Yes · score 100 · 67th percentile');
    expect(html).toMatch(/<li class="mine"><span class="mark" aria-hidden="true">◆<\/span> Yes: 4/);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21.4, '21st'],
    [52, '52nd'],
    [99.6, '100th'],
  ])('writes %s as %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});
