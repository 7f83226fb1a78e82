import { Chalk } from 'chalk';
import type { AssessmentDiff, QuestionChange, ScoreChange } from '../scoring/diff-assessments.js';
import { codeSpan, escapeCell, escapeInline } from '../text/markdown.js';
import { safeLine } from '../text/safe-text.js';
import { roundScore } from './round-score.js';
import type { DiffFormat } from './formats.js';
import { safeJson } from './json.js';
import type { ReportContext } from './types.js';

export type DiffReporter = (diff: AssessmentDiff, context: ReportContext) => string;

const signed = (n: number | null, digits = 0): string => {
  if (n === null) return 'n/a';
  const rounded = Math.round(n * 10 ** digits) / 10 ** digits;
  return rounded > 0 ? `+${rounded}` : rounded === 0 ? '±0' : String(rounded);
};
const delta = (c: ScoreChange): string => `${roundScore(c.old)} → ${roundScore(c.new)} (${signed(c.delta)})`;
const answerOf = (side: QuestionChange['old']): string => (side ? `${side.answer} (${side.score === null ? 'n/a' : Math.round(side.score * 100) / 100})` : 'not answered');

const LISTS = [
  ['regressed', 'Regressed'],
  ['improved', 'Improved'],
  ['added', 'Newly answered'],
  ['removed', 'No longer answered'],
] as const;

/** A name cut to a column's width, with an ellipsis so that the cut shows. */
const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

// Only what changed is listed: sections at ±0 and empty lists are summed up in one line, not shown.
const changedSections = (d: AssessmentDiff) => d.sections.filter((x) => x.delta === null ? x.old !== x.new : Math.round(x.delta) !== 0);

function unchangedLine(d: AssessmentDiff): string | undefined {
  const same = d.sections.length - changedSections(d).length;
  if (!same) return undefined;
  return same === d.sections.length ? 'No section score changed.' : `${same} other section${same === 1 ? '' : 's'} unchanged.`;
}

export const renderDiffText: DiffReporter = (d, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const s = safeLine;
  const colour = (n: number | null, text: string): string => (n === null || n === 0 ? text : n > 0 ? chalk.green(text) : chalk.red(text));
  const out = [chalk.bold(`${s(d.questionnaire.title)} (${s(d.questionnaire.id)} ${s(d.questionnaire.version)}): what changed`)];
  out.push(chalk.dim(`${s(d.old.file)} (${s(d.old.assessedOn ?? 'undated')}) → ${s(d.new.file)} (${s(d.new.assessedOn ?? 'undated')})`), '');
  out.push(`${chalk.bold('Overall')}  ${colour(d.overall.delta, delta(d.overall))}  ${s(d.old.rating?.label ?? 'not rated')} → ${s(d.new.rating?.label ?? 'not rated')}`);
  const changed = changedSections(d);
  if (changed.length) {
    out.push('', chalk.bold('Sections'));
    const width = Math.min(48, Math.max(...changed.map((x) => s(x.title).length)));
    for (const sec of changed) out.push(`  ${fit(s(sec.title), width)}  ${colour(sec.delta, delta(sec))}`);
  }
  const same = unchangedLine(d);
  if (same) out.push(changed.length ? `  ${same}` : ['', same].join('\n'));
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push('', chalk.bold(`${title} (${list.length})`));
    for (const q of list) out.push(`  ${s(q.question)}: ${s(answerOf(q.old))} → ${s(answerOf(q.new))}`);
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push('', 'No answer changed.');
  return `${out.join('\n')}\n`;
};

export const renderDiffMarkdown: DiffReporter = (d) => {
  const out = [`# What changed: ${escapeInline(d.questionnaire.title)}`, ''];
  out.push(`From ${codeSpan(d.old.file)} (${escapeInline(d.old.assessedOn ?? 'undated')}) to ${codeSpan(d.new.file)} (${escapeInline(d.new.assessedOn ?? 'undated')}).`, '');
  out.push(`**Overall: ${delta(d.overall)}**, ${escapeInline(d.old.rating?.label ?? 'not rated')} → ${escapeInline(d.new.rating?.label ?? 'not rated')}.`, '');
  const changed = changedSections(d);
  if (changed.length) {
    out.push('| Section | Before | After | Change |', '|---|---:|---:|---:|');
    for (const sec of changed) out.push(`| ${escapeCell(sec.title)} | ${roundScore(sec.old)} | ${roundScore(sec.new)} | ${signed(sec.delta)} |`);
    out.push('');
  }
  const same = unchangedLine(d);
  if (same) out.push(same, '');
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '');
    out.push('| Question | Severity | Before | After |', '|---|---|---|---|');
    for (const q of list) out.push(`| ${escapeCell(q.text)} (${codeSpan(q.question)}) | ${q.severity} | ${escapeCell(answerOf(q.old))} | ${escapeCell(answerOf(q.new))} |`);
    out.push('');
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push('No answer changed.', '');
  return `${out.join('\n').trimEnd()}\n`;
};

export const renderDiffJson: DiffReporter = (d) => safeJson(d);

export const diffReporters = { text: renderDiffText, markdown: renderDiffMarkdown, json: renderDiffJson } satisfies Record<DiffFormat, DiffReporter>;
