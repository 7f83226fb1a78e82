import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmark } from '../../src/benchmark/benchmark.js';
import { dedupeByLabel } from '../../src/benchmark/dedupe.js';
import type { BenchmarkFormat, BenchmarkRenderer } from '../../src/benchmark/formats.js';
import { oddInputs } from '../../src/benchmark/group.js';
import type { LabelledExtract } from '../../src/benchmark/types.js';
import type { ShareExtract } from '../../src/share/types.js';
import { fixture, loadQuestionnaireText } from '../helpers/load.js';
import { kinds } from '../../src/questionnaire/kinds/index.js';

const rich = loadQuestionnaireText(readFileSync(fixture('share/rich.yaml'), 'utf8')).questionnaire;

function input(label: string, overall: number, extra: Partial<ShareExtract> = {}, file = `${label}.json`): LabelledExtract {
  const extract: ShareExtract = {
    kind: 'cyber-ready-share',
    schemaVersion: 1,
    tool: { name: 'cyber-ready', version: 't' },
    questionnaire: { id: 'rich-share', version: '1.0.0' },
    label,
    assessedOn: '2026-11',
    overall: { score: overall, rating: null, automaticFails: 0 },
    sections: [{ id: 'org', score: overall }],
    // One critical system, so the overall covers every section as a full return's does.
    systems: [{ id: 'system-1', score: overall, sections: [] }],
    answers: [{ question: 'tested', system: null, status: 'answered', value: overall > 50 ? 'yes' : 'no', score: overall > 50 ? 1 : 0, waived: false }],
    ...extra,
  };
  return { label, file, extract };
}

describe('duplicate labels', () => {
  it('keeps the later month, and in the same month the later input, in first-given order', () => {
    const a1 = input('a', 10, { assessedOn: '2026-05' }, 'a1.json');
    const b = input('b', 20);
    const a2 = input('a', 30, { assessedOn: '2026-11' }, 'a2.json');
    const a3 = input('a', 40, { assessedOn: '2026-01' }, 'a3.json');
    const { kept, warnings } = dedupeByLabel([a1, b, a2, a3]);
    expect(kept).toEqual([a2, b]);
    expect(warnings.map((w) => w.file)).toEqual(['a1.json', 'a3.json']);
    const same = dedupeByLabel([input('c', 1, {}, 'c1.json'), input('c', 2, {}, 'c2.json')]);
    expect(same.kept.map((x) => x.file)).toEqual(['c2.json']);
  });

  it('does not count the same input twice (the highlighted council among the files)', () => {
    const a = input('a', 10);
    expect(dedupeByLabel([a, a])).toEqual({ kept: [a], warnings: [] });
  });
});

describe('one questionnaire and major version', () => {
  it('names the inputs that differ from the most common; on a tie, from the first', () => {
    expect(oddInputs([input('a', 1), input('b', 1, { questionnaire: { id: 'rich-share', version: '1.9.0' } })])).toEqual([]);
    expect(oddInputs([input('a', 1), input('b', 1, { questionnaire: { id: 'rich-share', version: '2.0.0' } })]).map((o) => o.file)).toEqual(['b.json']);
    expect(oddInputs([input('x', 1, { questionnaire: { id: 'other', version: '1.0.0' } }), input('a', 1), input('b', 1)]).map((o) => o.file)).toEqual(['x.json']);
  });
});

describe('benchmark()', () => {
  const five = [10, 20, 30, 40, 50].map((n, i) => input(`c${i}`, n));

  it('withholds the percentile with the figure it would be placed in', () => {
    const result = benchmark(five.slice(0, 4), { minGroup: 5, questionnaire: rich, highlight: five[0]! });
    expect(result.overall.stats).toBeNull();
    expect(result.overall.highlight).toEqual({ score: 10, percentile: null, rating: null, automaticFails: 0, systems: 1 });
  });

  it('leaves a council that lists no systems out of the overall: its overall is of the organisation alone', () => {
    const none = input('none', 90, { systems: [] });
    const result = benchmark([...five, none], { minGroup: 5, questionnaire: rich, highlight: none });
    expect(result.overall).toMatchObject({ n: 5, stats: { min: 10, median: 30, max: 50 } });
    expect(result.overall.highlight).toMatchObject({ score: 90, percentile: null, systems: 0 });
    expect(result.sections.find((s) => s.id === 'org')).toMatchObject({ n: 6, highlight: { score: 90 } });
  });

  it('counts the highlighted council in, once', () => {
    const result = benchmark(five.slice(1), { minGroup: 5, questionnaire: rich, highlight: five[0]! });
    expect(result.contributions).toBe(5);
    expect(result.labels).toEqual(['c1', 'c2', 'c3', 'c4', 'c0']);
    expect(result.overall.highlight?.percentile).toBe(10);
  });

  it('lists questions in questionnaire order, then those only the extracts have', () => {
    const older = five.map((x) => ({ ...x, extract: { ...x.extract, answers: [...x.extract.answers, { question: 'retired', system: null, status: 'answered' as const, value: 'yes', score: 1, waived: false }] } }));
    const result = benchmark(older, { minGroup: 5, questionnaire: rich });
    expect(result.questions.map((q) => q.id)).toEqual([...rich.questions.keys(), 'retired']);
    expect(result.questions.at(-1)).toMatchObject({ section: null, text: 'retired', answered: 5, stats: { median: 100 } });
    expect(result.questions.find((q) => q.id === 'tested')).toMatchObject({ answered: 5, stats: { median: 0, q3: 0 } });
  });

  // The kind says whether its answers are categories to tally (QuestionKind.tallied), not the type's name.
  it('tallies the answers of a kind that says they are categories, and only those', () => {
    const tested = (): unknown => benchmark(five, { minGroup: 5, questionnaire: rich }).questions.find((q) => q.id === 'tested')?.spread;
    expect(tested()).toContainEqual(expect.objectContaining({ value: 'no', count: 5 }));
    const yesNo = kinds['yes-no'];
    try {
      kinds['yes-no'] = { ...yesNo, tallied: false };
      expect(tested()).toBeNull();
    } finally {
      kinds['yes-no'] = yesNo;
    }
  });

  it('gives every statistic from the same group: a section scored by fewer is withheld alone', () => {
    const partial = five.map((x, i) => (i < 2 ? { ...x, extract: { ...x.extract, sections: [{ id: 'org', score: null }] } } : x));
    const result = benchmark(partial, { minGroup: 5, questionnaire: rich });
    expect(result.overall.stats?.n).toBe(5);
    expect(result.sections.find((s) => s.id === 'org')).toMatchObject({ n: 3, stats: null });
  });

  // An unanswered question is a gap (score 0) for the cap, but not an answer: as a zero it would pull
  // the figures down and make up the --min-group count with councils that never answered.
  it('leaves unanswered answers out of a question\'s figures and its count', () => {
    const yes = { question: 'tested', system: null, status: 'answered' as const, value: 'yes', score: 1, waived: false };
    const unanswered = { ...yes, status: 'unanswered' as const, value: null, score: 0 };
    const group = five.map((x, i) => ({ ...x, extract: { ...x.extract, answers: [i < 2 ? unanswered : yes] } }));
    const tested = (minGroup: number): unknown => benchmark(group, { minGroup, questionnaire: rich }).questions.find((q) => q.id === 'tested');
    expect(tested(5)).toMatchObject({ answered: 3, stats: null });
    expect(tested(3)).toMatchObject({ answered: 3, stats: { n: 3, min: 100, max: 100 } });
  });

  it('counts a council not applicable on a question only when every one of its answers to it is', () => {
    const na = { question: 'patched', system: 'system-1', status: 'not-applicable' as const, value: null, score: null, waived: false };
    const unanswered = { ...na, system: 'system-2', status: 'unanswered' as const, score: 0 };
    // c0's two systems are both out of the question's reach; c1's second system has not answered it yet.
    const answersOf = [[na, { ...na, system: 'system-2' }], [na, unanswered]];
    const group = five.map((x, i) => (answersOf[i] ? { ...x, extract: { ...x.extract, answers: answersOf[i] } } : x));
    expect(benchmark(group, { minGroup: 5, questionnaire: rich }).questions.find((q) => q.id === 'patched')).toMatchObject({ answered: 0, notApplicable: 1 });
  });

  // The questionnaire says whether a rating can be capped: when it can and no council is, that is news
  // to report ("no council falls short"), not a line to leave out as for a questionnaire without any.
  it('reports no automatic fails, not none to report, for a questionnaire that has automatic-fail questions', () => {
    const autoFail = loadQuestionnaireText(readFileSync(fixture('blocking/auto-fail.yaml'), 'utf8')).questionnaire;
    expect(benchmark(five, { minGroup: 5, questionnaire: autoFail }).overall.automaticFails).toEqual({ councils: 0, rating: 'Not ready' });
    expect(benchmark(five, { minGroup: 5, questionnaire: rich }).overall.automaticFails).toBeNull();
  });
});

describe('the renderer loader', () => {
  it('loads a renderer for every format, and the right one for each', async () => {
    const { BENCHMARK_FORMATS } = await import('../../src/benchmark/formats.js');
    const { loadBenchmarkRenderer } = await import('../../src/benchmark/load-renderer.js');
    const renderers = {
      text: (await import('../../src/benchmark/render-text.js')).renderBenchmarkText,
      markdown: (await import('../../src/benchmark/render-markdown.js')).renderBenchmarkMarkdown,
      json: (await import('../../src/benchmark/render-json.js')).renderBenchmarkJson,
      html: (await import('../../src/benchmark/render-html.js')).renderBenchmarkHtml,
    } satisfies Record<BenchmarkFormat, BenchmarkRenderer>;
    expect(Object.keys(renderers).sort()).toEqual([...BENCHMARK_FORMATS].sort());
    for (const format of BENCHMARK_FORMATS) expect(await loadBenchmarkRenderer(format)).toBe(renderers[format]);
  });
});
