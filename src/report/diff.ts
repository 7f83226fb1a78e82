import type { AssessmentDiff } from '../scoring/diff-assessments.js';
import { cellCodeSpan, codeSpan, escapeCell, escapeInline } from '../text/markdown.js';
import { renderDiffText } from './diff-text.js';
import { renderDiffHtml } from './diff-html.js';
import { withFilesShown } from './diff-file-names.js';
import {
  ANSWER_SCORE_NOTE,
  diffNames,
  LISTS,
  newlyStaleNote,
  newReviewDate,
  RISK_LISTS,
  STALE_LISTS,
  versionWords,
  answerOf,
  changedSections,
  changeWords,
  changedSystems,
  delta,
  diffOrganisation,
  FAIL_LISTS,
  gateFlag,
  judgedWords,
  label,
  noChangeLine,
  renamedWords,
  sideNote,
  systemsListedLine,
  scopeNamer,
  systemNamer,
  systemUnansweredWords,
  unansweredLines,
  unchangedLine,
  unchangedSystemsLine,
  producedWords,
  type DiffReporter,
  ratingChangeWords,
  sectionSideWords,
  systemRowWords,
} from './diff-words.js';
import type { BinaryFormat, DiffFormat } from './formats.js';
import type { ReportContent } from './types.js';
import { safeJson } from './json.js';
import { pushAll } from '../text/spread-free.js';
import { tableRule } from '../text/markdown-table.js';
import { isolateMarkdownNames } from './isolate-names.js';
import { questionnaireFrom } from './questionnaire-from.js';

export type { DiffReporter } from './diff-words.js';

/**
 * The systems table: at most five columns, a rating beside each score, added and removed in words.
 * A system in one file only is "not listed" on the other side: "not assessed" read as work skipped.
 */
function systemsTable(d: AssessmentDiff): string[] {
  const name = systemNamer(d);
  const moved = changedSystems(d);
  const out = [`## ${escapeInline(label(d, true))}`, ''];
  if (moved.length) {
    out.push(`| ${escapeCell(label(d))} | Before | After | Change | Gaps |`, tableRule(['wide', 'text:', 'text:', 'text:', 'narrow:']));
    for (const x of moved) {
      const { before, after, change, gaps } = systemRowWords(x);
      const renamed = renamedWords(x);
      out.push(`| ${escapeCell(renamed === null ? name(x) : `${name(x)} (${renamed})`)} | ${escapeCell(before)} | ${escapeCell(after)} | ${change} | ${gaps} |`);
    }
    out.push('');
    // Each system's own unanswered questions, beside the figures they hold down, as the text gives them in its row.
    const unanswered = moved.flatMap((x) => {
      const words = systemUnansweredWords(x);
      return words.length ? [`- ${escapeInline(`${name(x)}: ${words.join('; ')}`)}`] : [];
    });
    if (unanswered.length) pushAll(out, [...unanswered, '']);
  }
  const same = unchangedSystemsLine(d);
  if (same) out.push(escapeInline(same), '');
  return out;
}

export const renderDiffMarkdown: DiffReporter = (given, context) => {
  const d = withFilesShown(given, context.paths?.cwd);
  const organisation = diffOrganisation(d);
  const from = `from ${codeSpan(d.old.file)} (${escapeInline(sideNote(d, 'old'))}) to ${codeSpan(d.new.file)} (${escapeInline(sideNote(d, 'new'))})`;
  // Titled with the council where the files name one, as the board paper is.
  const judged = `${judgedWords(d).charAt(0).toUpperCase()}${judgedWords(d).slice(1)}.`;
  const out = organisation === null ? [`# What changed: ${escapeInline(d.questionnaire.title)}`, '', `From ${from.slice('from '.length)}. ${judged}`, ''] : [`# ${escapeInline(organisation)}: what changed`, '', `${escapeInline(d.questionnaire.title)} (${codeSpan(d.questionnaire.id)} ${escapeInline(d.questionnaire.version)}), ${from}. ${judged}`, ''];
  // A questionnaire of the council's own is named by its file, as the board paper names it: the
  // sentence above already has a "from".
  const source = questionnaireFrom(d.questionnaire);
  if (source !== null) out.push(`Questionnaire read from ${codeSpan(source)}.`, '');
  const versions = versionWords(d, codeSpan, escapeInline);
  if (versions) out.push(versions, '');
  out.push(`**Overall: ${delta(d.overall)}**, ${ratingChangeWords(d, escapeInline)}.`, '');
  // Next, why it may have moved with no answer changed: the systems listed came or went.
  const listed = systemsListedLine(d);
  if (listed) out.push(escapeInline(listed), '');
  const unanswered = unansweredLines(d, codeSpan, escapeInline);
  if (unanswered.length) out.push(unanswered.join(' '), '');
  // Automatic fails before anything else, as the board paper puts its cap first: they move the rating.
  const namer = systemNamer(d);
  for (const [key, one, many, why] of FAIL_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`**${list.length === 1 ? one : many}**${why ? `, ${why}` : ''}:`, '');
    for (const f of list) out.push(`- ${escapeInline(f.text)} (${codeSpan(f.question)})${f.system === null ? '' : `, ${escapeInline(namer({ id: f.system, title: f.systemTitle }))}`}: ${escapeInline(f.answer)}`);
    out.push('');
  }
  // A gate's result near the top, as the board paper puts its thresholds on its first page; in words, not a mark alone.
  for (const g of d.gates) out.push(`**Gate ${codeSpan(gateFlag(g))}: ${g.passed ? 'passed' : 'failed'}** (${escapeInline(g.summary)}).`, '');
  const changed = changedSections(d);
  if (changed.length) {
    out.push('| Section | Before | After | Change |', tableRule(['wide', 'text:', 'text:', 'text:']));
    // A rating is given beside the score where it changed (with a band's noGapsOf it can alone).
    for (const sec of changed) out.push(`| ${escapeCell(sec.title)} | ${sectionSideWords(sec.old, sec.oldRating, sec, escapeCell)} | ${sectionSideWords(sec.new, sec.newRating, sec, escapeCell)} | ${changeWords(sec)} |`);
    out.push('');
  }
  const same = unchangedLine(d);
  if (same) out.push(same, '');
  if (d.systems.length) pushAll(out, systemsTable(d));
  // With systems, each answer says whose it is: the organisation's or a system's.
  const scoped = d.systemLabel !== null;
  const scopeOf = scopeNamer(d);
  const firstList = LISTS.find(([key]) => d[key].length)?.[0];
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '');
    if (key === firstList) out.push(ANSWER_SCORE_NOTE, '');
    if (scoped) out.push(`| Question | ${escapeCell(label(d))} | Severity | Before | After |`, tableRule(['wide', 'text', 'narrow', 'text', 'text']));
    else out.push('| Question | Severity | Before | After |', tableRule(['wide', 'narrow', 'text', 'text']));
    for (const q of list) {
      const whose = scoped ? ` ${escapeCell(scopeOf(q))} |` : '';
      out.push(`| ${escapeCell(q.text)} (${cellCodeSpan(q.question)}) |${whose} ${q.severity} | ${escapeCell(answerOf(q.old, q.oldAbsent))} | ${escapeCell(answerOf(q.new, q.newAbsent))} |`);
    }
    out.push('');
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push(noChangeLine(d), '');
  for (const [key, title] of RISK_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '');
    const lapsed = key === 'noLongerAccepted';
    const heads = ['Question', ...(scoped ? [escapeCell(label(d))] : []), 'Severity', ...(lapsed ? ['Its waiver'] : ['Approved by', 'Until'])];
    out.push(`| ${heads.join(' | ')} |`, tableRule(['wide', ...(scoped ? ['text' as const] : []), 'narrow', ...(lapsed ? ['text' as const] : ['text' as const, 'text' as const])]));
    for (const r of list) {
      const whose = scoped ? [escapeCell(scopeOf(r))] : [];
      const waiver = lapsed ? [r.lapsed === 'expired' ? `Expired on ${r.waiver.expires}` : 'Taken out of the file'] : [escapeCell(r.waiver.approvedBy ?? 'not recorded'), r.waiver.expires];
      out.push(`| ${[`${escapeCell(r.text)} (${cellCodeSpan(r.question)})`, ...whose, r.severity, ...waiver].join(' | ')} |`);
    }
    out.push('');
  }
  for (const [key, title] of STALE_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '');
    // A newly stale answer's date once, with when it fell due above (diff-words newlyStaleNote).
    const newly = key === 'newlyStale';
    if (newly) out.push(newlyStaleNote(d), '');
    const heads = ['Question', ...(scoped ? [escapeCell(label(d))] : []), ...(newly ? ['Review by'] : ['Review by before', 'Review by now'])];
    out.push(`| ${heads.join(' | ')} |`, tableRule(['wide', ...(scoped ? ['text' as const] : []), ...(newly ? ['text' as const] : ['text' as const, 'text' as const])]));
    for (const r of list) {
      const whose = scoped ? [escapeCell(scopeOf(r))] : [];
      const dates = newly ? [newReviewDate(r)] : [r.oldReviewBy ?? 'none', r.newReviewBy ?? 'none'];
      out.push(`| ${[`${escapeCell(r.text)} (${cellCodeSpan(r.question)})`, ...whose, ...dates].join(' | ')} |`);
    }
    out.push('');
  }
  out.push(escapeInline(producedWords(d)), '');
  return isolateMarkdownNames(diffNames(d), `${out.join('\n').trimEnd()}\n`);
};

export const renderDiffJson: DiffReporter = (d) => safeJson(d);

export const diffReporters = { text: renderDiffText, markdown: renderDiffMarkdown, json: renderDiffJson, html: renderDiffHtml } satisfies Record<Exclude<DiffFormat, BinaryFormat>, DiffReporter>;

/**
 * Any diff format's paper, text or bytes. The Word paper is loaded only when it is asked for, as
 * assess's is (formats.ts): it needs the Word library, which no other run should pay to load.
 */
export async function renderDiff(format: DiffFormat, d: AssessmentDiff, context: Parameters<DiffReporter>[1]): Promise<ReportContent> {
  return format === 'docx' ? (await import('./docx-diff.js')).renderDiffDocx(d, context) : diffReporters[format](d, context);
}
