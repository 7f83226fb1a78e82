import { Chalk } from 'chalk';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import type { BenchmarkRenderer } from './formats.js';
import type { BenchmarkResult, Highlight } from './types.js';
import { fewerThan, highlightWords, medianAndQuartiles, methodWords, ownAnswerWords, spreadWords, systemNote, title } from './words.js';
import type { Distribution } from './stats.js';

/** A title cut to a column's width, with an ellipsis so that the cut shows. */
const fit = (text: string, width: number): string => {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(Math.max(0, width - displayWidth(out) - 1))}`;
};

function row(result: BenchmarkResult, name: string, nameWidth: number, n: number, stats: Distribution | null, highlight: Highlight | undefined): string {
  const figures = stats ? medianAndQuartiles(stats) : fewerThan(result);
  const own = result.highlighted !== null ? `  ${highlightWords(highlight)}` : '';
  return `  ${fit(name, nameWidth)}  ${String(n).padStart(4)}  ${figures.padEnd(14)}${own}`.trimEnd();
}

/** The benchmark for a terminal: the overall and section table, then each question in a few lines. */
export const renderBenchmarkText: BenchmarkRenderer = (result, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const width = Math.max(60, context.width);
  const wrap = (text: string, indent = ''): string => wrapText(text, { width, indent, hangingIndent: indent });
  const out: string[] = [chalk.bold(wrap(safeLine(`Benchmark: ${title(result)}`))), wrap(methodWords(result))];
  if (result.highlighted !== null) out.push(wrap(`Highlighted: ${safeLine(result.highlighted)} (its score, and its percentile among the ${result.contributions}).`));
  // The longest title if it fits beside the figures (and the highlighted council's), else cut.
  const longest = Math.max(7, ...result.sections.map((s) => displayWidth(safeLine(s.title)) + (s.scope === 'system' ? 13 : 0)));
  const nameWidth = Math.max(12, Math.min(longest, width - (result.highlighted !== null ? 50 : 26)));
  const ownHead = result.highlighted !== null ? `  ${safeLine(result.highlighted)}` : '';
  out.push('', chalk.bold(`  ${fit('Section', nameWidth)}  ${'n'.padStart(4)}  ${'median (Q1–Q3)'.padEnd(14)}${ownHead}`.trimEnd()));
  out.push(chalk.bold(row(result, 'Overall', nameWidth, result.overall.n, result.overall.stats, result.overall.highlight)));
  for (const s of result.sections) out.push(row(result, safeLine(s.scope === 'system' ? `${s.title} (per system)` : s.title), nameWidth, s.n, s.stats, s.highlight));

  out.push('', chalk.bold('Questions'));
  let section: string | null | undefined;
  const sectionTitles = new Map(result.sections.map((s) => [s.id, s.title]));
  result.questions.forEach((q, i) => {
    if (q.section !== section) {
      section = q.section;
      out.push('', chalk.bold(wrap(safeLine(section === null ? 'Other questions' : (sectionTitles.get(section) ?? section)))));
    }
    const note = systemNote(q, result.questions[i - 1], result.questionnaire.systemLabel);
    if (note) out.push(chalk.dim(wrap(note, '  ')));
    out.push(wrap(safeLine(`${q.id}: ${q.text}`), '  '));
    if (q.answered === 0) {
      out.push(wrap('no council answered it', '    '));
      return;
    }
    const figures = [`answered by ${q.answered}`];
    if (q.stats) figures.push(`score ${medianAndQuartiles(q.stats)}`);
    else if (q.answered > 0 && q.answered < result.minGroup) figures.push(`score and answers not shown (${fewerThan(result)} answered)`);
    out.push(wrap(figures.join('; '), '    '));
    if (q.spread) out.push(wrap(`answers: ${safeLine(spreadWords(q.spread))}`, '    '));
    if (q.highlight && result.highlighted !== null) out.push(wrap(safeLine(`${result.highlighted}: ${ownAnswerWords(q.highlight)}`), '    '));
  });
  if (result.warnings.length) out.push('', ...result.warnings.map((w) => wrap(safeLine(`Note: ${w}`))));
  return `${out.join('\n')}\n`;
};
