import { Chalk } from 'chalk';
import type { AssessmentDiff, QuestionChange, ScoreChange, SystemChange } from '../scoring/diff-assessments.js';
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
/**
 * The change between the scores as shown (each rounded down), so the figures on screen add up:
 * 54.17 → 45.83 reads "54 → 45 (-9)", where the rounded exact change, -8, would not.
 */
const shownChange = (c: { old: number | null; new: number | null; delta: number | null }): number | null => (c.old === null || c.new === null ? c.delta : Math.floor(c.new) - Math.floor(c.old));
const delta = (c: ScoreChange): string => `${roundScore(c.old)} → ${roundScore(c.new)} (${signed(shownChange(c))})`;
const answerOf = (side: QuestionChange['old'], absent: QuestionChange['oldAbsent']): string =>
  side ? `${side.answer} (${side.score === null ? 'n/a' : Math.round(side.score * 100) / 100})` : absent === 'not-applicable' ? 'not applicable' : 'not answered';

const LISTS = [
  ['regressed', 'Regressed'],
  ['improved', 'Improved'],
  ['added', 'Newly answered'],
  ['removed', 'No longer answered'],
] as const;

/** A name cut to a column's width, with an ellipsis so that the cut shows. */
const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/**
 * Whether a score moved as the reader sees it: its shown (rounded-down) figure changed, or it came
 * or went. Judged by the rounded exact change, 59.1 → 59.7 was listed as "59 → 59 (±0)" and
 * 66.9 → 67.1 hid among the unchanged although it shows as 66 → 67.
 */
const scoreMoved = (c: ScoreChange): boolean => (c.old === null || c.new === null ? c.old !== c.new : shownChange(c) !== 0);

// Only what changed is listed: sections at ±0 and empty lists are summed up in one line, not shown.
const changedSections = (d: AssessmentDiff) => d.sections.filter(scoreMoved);

function unchangedLine(d: AssessmentDiff): string | undefined {
  const same = d.sections.length - changedSections(d).length;
  if (!same) return undefined;
  return same === d.sections.length ? 'No section score changed.' : `${same} other section${same === 1 ? '' : 's'} unchanged.`;
}

// What the questionnaire calls a system, for headings: "Critical system", "Critical systems".
const label = (d: AssessmentDiff, plural = false): string => {
  const word = d.systemLabel ?? 'system';
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${plural ? 's' : ''}`;
};

// A system added or removed always shows; one in both files shows when its score or rating moved.
const changedSystems = (d: AssessmentDiff): SystemChange[] =>
  d.systems.filter((x) => x.status !== 'kept' || scoreMoved(x) || x.oldRating?.label !== x.newRating?.label);

function unchangedSystemsLine(d: AssessmentDiff): string | undefined {
  const same = d.systems.length - changedSystems(d).length;
  if (!same) return undefined;
  const word = (d.systemLabel ?? 'system').toLowerCase();
  return same === d.systems.length ? `No ${word}'s score changed.` : `${same} other ${word}${same === 1 ? '' : 's'} unchanged.`;
}

const scoreAndRating = (score: number | null, rating: SystemChange['newRating']): string => `${roundScore(score)}${rating ? `, ${rating.label}` : ''}`;

/** A system's change in words, after its title: the move in score and rating, or that it came or went. */
function systemWords(x: SystemChange): string {
  if (x.status === 'added') return `added: ${scoreAndRating(x.new, x.newRating)}`;
  if (x.status === 'removed') return `removed: was ${scoreAndRating(x.old, x.oldRating)}`;
  return `${delta(x)}  ${x.oldRating?.label ?? 'not rated'} → ${x.newRating?.label ?? 'not rated'}`;
}

/**
 * A system as the diff names it: its title, and its id too where another system of either file has
 * that title. Renaming a system's id reads as one system removed and another added, and without
 * the ids the two lines would name the same system.
 */
function systemNamer(d: AssessmentDiff): (system: { id: string; title: string | null }) => string {
  const count = new Map<string, number>();
  for (const x of d.systems) count.set(x.title, (count.get(x.title) ?? 0) + 1);
  return ({ id, title }) => (title === null ? id : (count.get(title) ?? 0) > 1 ? `${title} (${id})` : title);
}

/** The question as a list shows it: its id, and the system's name for a system's answer. */
const questionName = (q: QuestionChange, name: ReturnType<typeof systemNamer>): string => (q.system === null ? q.question : `${q.question} (${name({ id: q.system, title: q.systemTitle })})`);

// The lists are of scores that moved: an indicator, a note or a text answer may have changed with
// none of them, so the line says no score changed, not no answer. With systems added or removed,
// it would read as "nothing changed" without "other".
const noChangeLine = (d: AssessmentDiff): string => (d.systems.some((x) => x.status !== 'kept') ? 'No other answer changed its score.' : 'No answer changed its score.');

export const renderDiffText: DiffReporter = (d, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const s = safeLine;
  // Coloured by the change shown beside it, so "(±0)" is never red or green.
  const colour = (c: ScoreChange | null, text: string): string => {
    const n = c === null ? null : shownChange(c);
    return n === null || n === 0 ? text : n > 0 ? chalk.green(text) : chalk.red(text);
  };
  const name = systemNamer(d);
  const out = [chalk.bold(`${s(d.questionnaire.title)} (${s(d.questionnaire.id)} ${s(d.questionnaire.version)}): what changed`)];
  out.push(chalk.dim(`${s(d.old.file)} (${s(d.old.assessedOn ?? 'undated')}) → ${s(d.new.file)} (${s(d.new.assessedOn ?? 'undated')})`), '');
  out.push(`${chalk.bold('Overall')}  ${colour(d.overall, delta(d.overall))}  ${s(d.old.rating?.label ?? 'not rated')} → ${s(d.new.rating?.label ?? 'not rated')}`);
  const changed = changedSections(d);
  if (changed.length) {
    out.push('', chalk.bold('Sections'));
    const width = Math.min(48, Math.max(...changed.map((x) => s(x.title).length)));
    for (const sec of changed) out.push(`  ${fit(s(sec.title), width)}  ${colour(sec, delta(sec))}`);
  }
  const same = unchangedLine(d);
  if (same) out.push(changed.length ? `  ${same}` : ['', same].join('\n'));
  if (d.systems.length) {
    const moved = changedSystems(d);
    out.push('', chalk.bold(s(label(d, true))));
    const width = Math.min(48, Math.max(0, ...moved.map((x) => s(name(x)).length)));
    for (const x of moved) out.push(`  ${fit(s(name(x)), width)}  ${colour(x.status === 'kept' ? x : null, s(systemWords(x)))}`);
    const sameSystems = unchangedSystemsLine(d);
    if (sameSystems) out.push(`  ${s(sameSystems)}`);
  }
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push('', chalk.bold(`${title} (${list.length})`));
    for (const q of list) out.push(`  ${s(questionName(q, name))}: ${s(answerOf(q.old, q.oldAbsent))} → ${s(answerOf(q.new, q.newAbsent))}`);
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push('', noChangeLine(d));
  return `${out.join('\n')}\n`;
};

/** The systems table: at most five columns, a rating beside each score, added and removed in words. */
function systemsTable(d: AssessmentDiff): string[] {
  const name = systemNamer(d);
  const moved = changedSystems(d);
  const out = [`## ${escapeInline(label(d, true))}`, ''];
  if (moved.length) {
    out.push(`| ${escapeCell(label(d))} | Before | After | Change | Gaps |`, '|---|---:|---:|---:|---:|');
    const side = (score: number | null, rating: SystemChange['newRating'], there: boolean): string => (there ? escapeCell(`${roundScore(score)}${rating ? ` (${rating.label})` : ''}`) : 'not assessed');
    for (const x of moved) {
      const change = x.status === 'kept' ? signed(shownChange(x)) : x.status;
      const gaps = x.status === 'kept' ? `${x.gaps.old} → ${x.gaps.new}` : x.status === 'added' ? String(x.gaps.new) : `was ${x.gaps.old}`;
      out.push(`| ${escapeCell(name(x))} | ${side(x.old, x.oldRating, x.status !== 'added')} | ${side(x.new, x.newRating, x.status !== 'removed')} | ${change} | ${gaps} |`);
    }
    out.push('');
  }
  const same = unchangedSystemsLine(d);
  if (same) out.push(escapeInline(same), '');
  return out;
}

export const renderDiffMarkdown: DiffReporter = (d) => {
  const out = [`# What changed: ${escapeInline(d.questionnaire.title)}`, ''];
  out.push(`From ${codeSpan(d.old.file)} (${escapeInline(d.old.assessedOn ?? 'undated')}) to ${codeSpan(d.new.file)} (${escapeInline(d.new.assessedOn ?? 'undated')}).`, '');
  out.push(`**Overall: ${delta(d.overall)}**, ${escapeInline(d.old.rating?.label ?? 'not rated')} → ${escapeInline(d.new.rating?.label ?? 'not rated')}.`, '');
  const changed = changedSections(d);
  if (changed.length) {
    out.push('| Section | Before | After | Change |', '|---|---:|---:|---:|');
    for (const sec of changed) out.push(`| ${escapeCell(sec.title)} | ${roundScore(sec.old)} | ${roundScore(sec.new)} | ${signed(shownChange(sec))} |`);
    out.push('');
  }
  const same = unchangedLine(d);
  if (same) out.push(same, '');
  if (d.systems.length) out.push(...systemsTable(d));
  // With systems, each answer says whose it is: the organisation's or a system's.
  const scoped = d.systemLabel !== null;
  const name = systemNamer(d);
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '');
    if (scoped) out.push(`| Question | ${escapeCell(label(d))} | Severity | Before | After |`, '|---|---|---|---|---|');
    else out.push('| Question | Severity | Before | After |', '|---|---|---|---|');
    for (const q of list) {
      const whose = scoped ? ` ${escapeCell(q.system === null ? 'Organisation' : name({ id: q.system, title: q.systemTitle }))} |` : '';
      out.push(`| ${escapeCell(q.text)} (${codeSpan(q.question)}) |${whose} ${q.severity} | ${escapeCell(answerOf(q.old, q.oldAbsent))} | ${escapeCell(answerOf(q.new, q.newAbsent))} |`);
    }
    out.push('');
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push(noChangeLine(d), '');
  return `${out.join('\n').trimEnd()}\n`;
};

export const renderDiffJson: DiffReporter = (d) => safeJson(d);

export const diffReporters = { text: renderDiffText, markdown: renderDiffMarkdown, json: renderDiffJson } satisfies Record<DiffFormat, DiffReporter>;
