import { Chalk } from 'chalk';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { MIN_TEXT_WIDTH } from '../text/text-widths.js';
import type { BenchmarkRenderer } from './formats.js';
import type { BenchmarkResult } from './types.js';
import { ownRatingLines } from './held-rating.js';
import { CARE_HEADING, automaticFailWords, everyRowWhole, failingWords, fewerThan, overallHighlightWords, medianAndQuartiles, methodWords, noSystemsWords, ownAnswerWords, sectionHighlightWords, sectionTitle, spreadWords, systemNote, title, unansweredWords, unrankedOverallNote } from './words.js';
import type { Distribution } from './stats.js';
import { pushAll, largest } from '../text/spread-free.js';

/** Text cut to a column's width, with an ellipsis so that the cut shows (a label given with --label can be long). */
const fit = (text: string, width: number): string => {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(Math.max(0, width - displayWidth(out) - 1))}`;
};

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * One row of the section table: a title too long for its column wraps within it, never cut, and so
 * does the highlighted council's figure ("87 (98th percentile," then "the highest)").
 */
function row(result: BenchmarkResult, name: string, nameWidth: number, n: number, stats: Distribution | null, own: string | null, ownWidth: number): string {
  const figures = stats ? medianAndQuartiles(stats) : fewerThan(result);
  const [first = '', ...rest] = wrapText(name, { width: nameWidth, hangingIndent: '  ' }).split('\n');
  const [ownFirst = '', ...ownRest] = own === null ? [] : wrapText(own, { width: ownWidth, wholeWords: true, hangingIndent: ' ' }).split('\n');
  const line = `  ${pad(first, nameWidth)}  ${String(n).padStart(4)}  ${figures.padEnd(14)}${own !== null ? `  ${ownFirst}` : ''}`.trimEnd();
  const more = Array.from({ length: Math.max(rest.length, ownRest.length) }, (_, i) => `  ${pad(rest[i] ?? '', nameWidth)}${ownRest[i] === undefined ? '' : `  ${' '.repeat(4 + 2 + 14)}  ${ownRest[i]}`}`.trimEnd());
  return [line, ...more].join('\n');
}

/** The columns of a row's figures: its n and its median and quartiles, each after two spaces. */
const FIGURES = 2 + 4 + 2 + 14;

/**
 * One row of the section table on a terminal too narrow for the titles beside the figures: the
 * title whole on its own lines, between words, and the figures on the line under it.
 */
function rowUnder(result: BenchmarkResult, name: string, width: number, n: number, stats: Distribution | null, own: string | null, ownWidth: number): string {
  const figures = stats ? medianAndQuartiles(stats) : fewerThan(result);
  const [ownFirst = '', ...ownRest] = own === null ? [] : wrapText(own, { width: ownWidth, wholeWords: true, hangingIndent: ' ' }).split('\n');
  const line = `${String(n).padStart(FIGURES - 16)}  ${figures.padEnd(14)}${own !== null ? `  ${ownFirst}` : ''}`.trimEnd();
  return [wrapText(name, { width, wholeWords: true, indent: '  ', hangingIndent: '    ' }), line, ...ownRest.map((o) => `${' '.repeat(FIGURES + 2)}${o}`)].join('\n');
}

/** The benchmark for a terminal: the overall and section table, then each question in a few lines. */
export const renderBenchmarkText: BenchmarkRenderer = (result, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const width = Math.max(MIN_TEXT_WIDTH, context.width);
  const wrap = (text: string, indent = ''): string => wrapText(text, { width, wholeWords: true, indent, hangingIndent: indent });
  const out: string[] = [chalk.bold(wrap(safeLine(`Benchmark: ${title(result)}`))), wrap(methodWords(result))];
  const among = `the ${result.contributions}${everyRowWhole(result) ? '' : ", or among a row's n where it counts fewer"}`;
  if (result.highlighted !== null) out.push(wrap(`Highlighted: ${safeLine(result.highlighted)} (its score, and its percentile among ${among}).`));
  // Before the figures, not after 600 lines of questions: they change how every figure is read.
  if (result.warnings.length) pushAll(out, ['', chalk.bold(`${CARE_HEADING}:`), ...result.warnings.map((w) => wrapText(safeLine(`- ${w}`), { width, wholeWords: true, hangingIndent: '  ' }))]);
  const names = ['Overall', ...result.sections.map((s) => safeLine(sectionTitle(result, s)))];
  const owns = result.highlighted === null ? null : [overallHighlightWords(result), ...result.sections.map((s) => sectionHighlightWords(result, s))];
  // The highlighted council's column as wide as its figures (its label, in the heading, is cut to
  // fit: the line above gives it whole); the titles take the rest, wrapping where they must. The
  // overall's figure may say it is the highest ("87 (98th percentile, the highest)"): it takes the
  // room the titles leave, and wraps after its percentile where they leave too little.
  const longest = largest(names.map(displayWidth), 7);
  const overallOwn = owns?.[0] ?? '';
  const base = owns === null ? 0 : largest([...owns.slice(1), overallOwn.replace(/, .*$/, ',')].map(displayWidth), Math.min(displayWidth(safeLine(result.highlighted ?? '')), 24));
  const room = width - (2 + 2 + 4 + 2 + 14 + 2) - Math.max(12, longest);
  const ownWidth = owns === null ? 0 : Math.max(base, Math.min(displayWidth(overallOwn), room));
  const fixed = 2 + 2 + 4 + 2 + 14 + (owns === null ? 0 : 2 + ownWidth);
  const nameWidth = Math.max(12, Math.min(longest, width - fixed));
  // Where the titles' column would run the rows past the width, or break a word of a title that
  // wraps within it ("communicatio" "n" at 60 columns), each title goes on lines of its own above its
  // figures, and the highlighted council's figure takes what the figures leave.
  const longestWord = largest(names.flatMap((n) => n.split(' ')).map(displayWidth), 0);
  const under = fixed + nameWidth > width || (longest > nameWidth && longestWord > nameWidth - 2);
  const ownUnder = owns === null ? 0 : Math.max(10, Math.min(width - FIGURES - 2, largest(owns.map(displayWidth), Math.min(displayWidth(safeLine(result.highlighted ?? '')), 24))));
  const ownHead = owns === null ? '' : `  ${fit(safeLine(result.highlighted ?? ''), under ? ownUnder : ownWidth)}`;
  const figureHeads = `${'n'.padStart(4)}  ${'median (Q1–Q3)'.padEnd(14)}${ownHead}`;
  if (under) {
    out.push('', chalk.bold('  Section'), chalk.bold(`  ${figureHeads}`.trimEnd()));
    out.push(chalk.bold(rowUnder(result, 'Overall', width, result.overall.n, result.overall.stats, owns?.[0] ?? null, ownUnder)));
    result.sections.forEach((s, i) => out.push(rowUnder(result, names[i + 1] ?? s.id, width, s.n, s.stats, owns?.[i + 1] ?? null, ownUnder)));
  } else {
    out.push('', chalk.bold(`  ${pad('Section', nameWidth)}  ${figureHeads}`.trimEnd()));
    out.push(chalk.bold(row(result, 'Overall', nameWidth, result.overall.n, result.overall.stats, owns?.[0] ?? null, ownWidth)));
    result.sections.forEach((s, i) => out.push(row(result, names[i + 1] ?? s.id, nameWidth, s.n, s.stats, owns?.[i + 1] ?? null, ownWidth)));
  }
  const rated = [automaticFailWords(result), ...ownRatingLines(result, context.ratings ?? null), unrankedOverallNote(result)].filter((w): w is string => w !== null);
  if (rated.length) pushAll(out, ['', ...rated.map((w) => wrap(safeLine(w)))]);

  out.push('', chalk.bold('Questions'));
  let section: string | null | undefined;
  const sectionTitles = new Map(result.sections.map((s) => [s.id, s.title]));
  result.questions.forEach((q, i) => {
    if (q.section !== section) {
      section = q.section;
      out.push('', chalk.bold(wrap(safeLine(section === null ? 'Other questions' : (sectionTitles.get(section) ?? section)))));
    }
    const note = systemNote(q, result.questions[i - 1], result);
    if (note) out.push(chalk.dim(wrap(safeLine(note), '  ')));
    out.push(wrap(safeLine(`${q.id}: ${q.text}`), '  '));
    if (q.answered === 0) {
      out.push(wrap(unansweredWords(result, q), '    '));
      return;
    }
    const figures = [`answered by ${q.answered}`];
    if (q.stats) figures.push(`score ${medianAndQuartiles(q.stats)}`);
    else if (q.answered > 0 && q.answered < result.minGroup) figures.push(`score and answers not shown (${fewerThan(result)} answered)`);
    const failing = failingWords(q);
    if (failing) figures.push(failing);
    out.push(wrap(figures.join('; '), '    '));
    if (q.spread) out.push(wrap(`answers: ${safeLine(spreadWords(q.spread))}`, '    '));
    if (q.highlight && result.highlighted !== null) out.push(wrap(safeLine(`${result.highlighted}: ${noSystemsWords(result, q) ?? ownAnswerWords(q.highlight)}`), '    '));
  });
  return `${out.join('\n')}\n`;
};
