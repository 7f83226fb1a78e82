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

export const renderDiffText: DiffReporter = (d, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const s = safeLine;
  const colour = (n: number | null, text: string): string => (n === null || n === 0 ? text : n > 0 ? chalk.green(text) : chalk.red(text));
  const out = [chalk.bold(`${s(d.questionnaire.title)} (${s(d.questionnaire.id)} ${s(d.questionnaire.version)}): what changed`)];
  out.push(chalk.dim(`${s(d.old.file)} (${s(d.old.assessedOn ?? 'undated')}) → ${s(d.new.file)} (${s(d.new.assessedOn ?? 'undated')})`), '');
  out.push(`${chalk.bold('Overall')}  ${colour(d.overall.delta, delta(d.overall))}  ${s(d.old.rating?.label ?? 'not rated')} → ${s(d.new.rating?.label ?? 'not rated')}`, '', chalk.bold('Sections'));
  const width = Math.min(48, Math.max(...d.sections.map((x) => s(x.title).length)));
  for (const sec of d.sections) out.push(`  ${s(sec.title).padEnd(width).slice(0, width)}  ${colour(sec.delta, delta(sec))}`);
  for (const [key, title] of LISTS) {
    const list = d[key];
    out.push('', chalk.bold(`${title} (${list.length})`));
    for (const q of list) out.push(`  ${s(q.question)}: ${s(answerOf(q.old))} → ${s(answerOf(q.new))}`);
  }
  return `${out.join('\n')}\n`;
};

export const renderDiffMarkdown: DiffReporter = (d) => {
  const out = [`# What changed: ${escapeInline(d.questionnaire.title)}`, ''];
  out.push(`From ${codeSpan(d.old.file)} (${escapeInline(d.old.assessedOn ?? 'undated')}) to ${codeSpan(d.new.file)} (${escapeInline(d.new.assessedOn ?? 'undated')}).`, '');
  out.push(`**Overall: ${delta(d.overall)}**, ${escapeInline(d.old.rating?.label ?? 'not rated')} → ${escapeInline(d.new.rating?.label ?? 'not rated')}.`, '');
  out.push('| Section | Before | After | Change |', '|---|---:|---:|---:|');
  for (const sec of d.sections) out.push(`| ${escapeCell(sec.title)} | ${roundScore(sec.old)} | ${roundScore(sec.new)} | ${signed(sec.delta)} |`);
  for (const [key, title] of LISTS) {
    const list = d[key];
    out.push('', `## ${title} (${list.length})`, '');
    if (!list.length) {
      out.push('None.');
      continue;
    }
    out.push('| Question | Severity | Before | After |', '|---|---|---|---|');
    for (const q of list) out.push(`| ${escapeCell(q.text)} (${codeSpan(q.question)}) | ${q.severity} | ${escapeCell(answerOf(q.old))} | ${escapeCell(answerOf(q.new))} |`);
  }
  return `${out.join('\n')}\n`;
};

export const renderDiffJson: DiffReporter = (d) => safeJson(d);

export const diffReporters = { text: renderDiffText, markdown: renderDiffMarkdown, json: renderDiffJson } satisfies Record<DiffFormat, DiffReporter>;
