import { escapeCell, escapeInline } from '../text/markdown.js';
import { xychartHead } from '../text/mermaid.js';
import type { BenchmarkRenderer } from './formats.js';
import type { Distribution } from './stats.js';
import type { BenchmarkResult } from './types.js';
import { ownRatingLines } from './held-rating.js';
import { CARE_HEADING, automaticFailWords, everyRowWhole, failingWords, fewerThan, overallHighlightWords, medianAndQuartiles, methodWords, noSystemsWords, ownAnswerWords, score, sectionHighlightWords, sectionTitle, spreadWords, systemNote, title, unansweredWords, unrankedOverallNote } from './words.js';
import { countNoun } from '../text/plural-noun.js';
import { pushAll } from '../text/spread-free.js';
import { tableRule } from '../text/markdown-table.js';
import { isolateMarkdownNames } from '../report/isolate-names.js';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ordinalWord = (n: number): string => ORDINAL_WORDS[n - 1] ?? `${n}th`;

/**
 * Section medians as bars with the quartiles (and the highlighted council) as lines. Section titles
 * are too long to label a chart, so bars are numbered as in the table, which is also the chart's
 * text alternative. Sections whose figures are withheld are left out of the chart.
 */
function chart(result: BenchmarkResult): string[] {
  const charted = result.sections.map((s, i) => ({ s, n: i + 1 })).filter((x) => x.s.stats !== null);
  if (!charted.length) return [];
  const series = (pick: (x: (typeof charted)[number]) => number): string => `[${charted.map((x) => score(pick(x))).join(', ')}]`;
  const out = xychartHead({
    title: 'Section medians out of 100, with quartiles (numbers as in the table)',
    description: 'For each section, numbered as in the table above, a bar at the median score and lines at the lower and upper quartiles (and at the highlighted council\'s score when one is highlighted); the table gives the same figures in words.',
    series: 'several',
  });
  out.push(`    x-axis [${charted.map((x) => `"${x.n}"`).join(', ')}]`, '    y-axis "Score" 0 --> 100');
  const lines = [series((x) => x.s.stats?.q1 ?? 0), series((x) => x.s.stats?.q3 ?? 0)];
  const highlighted = charted.every((x) => x.s.highlight?.score !== null && x.s.highlight?.score !== undefined);
  if (result.highlighted !== null && highlighted) lines.push(series((x) => x.s.highlight?.score ?? 0));
  out.push(`    bar ${series((x) => x.s.stats?.median ?? 0)}`, ...lines.map((l) => `    line ${l}`), '```', '');
  // The council's line is counted among the lines drawn (the bar is not one): it is the last of them.
  const key = result.highlighted !== null && highlighted
    ? `Bars are the medians; the lines below and above them are the lower and upper quartiles, and the ${ordinalWord(lines.length)} line is ${escapeInline(result.highlighted)}.`
    : 'Bars are the medians; the lines below and above them are the lower and upper quartiles.';
  return [key, '', ...out];
}

/** The benchmark as GitHub-flavoured markdown for a forum's papers: a section table and chart, then each question. */
export const renderBenchmarkMarkdown: BenchmarkRenderer = (result, context) => {
  const own = result.highlighted;
  const out: string[] = [`# Benchmark: ${escapeInline(title(result))}`, '', escapeInline(methodWords(result)), ''];
  const among = `the ${countNoun(result.contributions, 'council')}${everyRowWhole(result) ? '' : ", or among a row's councils where it counts fewer"}`;
  if (own !== null) out.push(`The figures for **${escapeInline(own)}** are its own score and its percentile among ${among}.`, '');
  // Before the figures, not after every question: they change how every figure is read.
  if (result.warnings.length) pushAll(out, [`## ${CARE_HEADING}`, '', ...result.warnings.map((w) => `- ${escapeInline(w)}`), '']);
  out.push('## Sections', '');
  // The chart's number goes before each section's title, not in a column of its own: the overall
  // row has none, and an empty cell is read out as "blank" by a screen reader.
  out.push(`| Section | Councils | Median (quartiles) |${own !== null ? ` ${escapeCell(own)} |` : ''}`, tableRule(['wide', 'narrow:', 'text', ...(own !== null ? ['text' as const] : [])]));
  const cells = (n: number, stats: Distribution | null, mine: string): string =>
    `${n} | ${stats ? medianAndQuartiles(stats) : fewerThan(result)} |${own !== null ? ` ${escapeCell(mine)} |` : ''}`;
  out.push(`| **Overall** | ${cells(result.overall.n, result.overall.stats, overallHighlightWords(result))}`);
  result.sections.forEach((s, i) => {
    out.push(`| ${i + 1}. ${escapeCell(sectionTitle(result, s))} | ${cells(s.n, s.stats, sectionHighlightWords(result, s))}`);
  });
  const rated = [automaticFailWords(result), ...ownRatingLines(result, context.ratings ?? null), unrankedOverallNote(result)].filter((w): w is string => w !== null);
  pushAll(out, ['', ...rated.flatMap((w) => [escapeInline(w), '']), ...chart(result)]);

  out.push('## Questions', '', 'For each question: how many councils answered it ("don\'t know" included), the median score with its quartiles, and how often each answer was given.', '');
  const sectionTitles = new Map(result.sections.map((s) => [s.id, s.title]));
  let section: string | null | undefined;
  result.questions.forEach((q, i) => {
    if (q.section !== section) {
      section = q.section;
      out.push(`### ${escapeInline(section === null ? 'Other questions' : (sectionTitles.get(section) ?? section))}`, '');
    }
    const note = systemNote(q, result.questions[i - 1], result);
    if (note) out.push(`_${escapeInline(note)}_`, '');
    out.push(`**${escapeInline(q.id)}**: ${escapeInline(q.text)}`, '');
    if (q.answered === 0) {
      const words = unansweredWords(result, q);
      out.push(`- ${escapeInline(words.charAt(0).toUpperCase() + words.slice(1))}.`, '');
      return;
    }
    const lines = [`Answered by ${q.answered}`];
    if (q.stats) lines.push(`Score: ${medianAndQuartiles(q.stats)}`);
    else if (q.answered > 0 && q.answered < result.minGroup) lines.push(`Score and answers: not shown (${fewerThan(result)} answered)`);
    const failing = failingWords(q);
    if (failing) lines.push(failing.charAt(0).toUpperCase() + failing.slice(1));
    if (q.spread) lines.push(`Answers: ${spreadWords(q.spread)}`);
    if (own !== null && q.highlight) lines.push(`${own}: ${noSystemsWords(result, q) ?? ownAnswerWords(q.highlight)}`);
    pushAll(out, [...lines.map((l) => `- ${escapeInline(l)}`), '']);
  });
  return isolateMarkdownNames([own], `${out.join('\n').trimEnd()}\n`);
};
