// The appendix of the markdown board paper: what a reader checks rather than decides on.
import { cellCodeSpan, codeSpan, escapeCell, escapeInline, escapeLines } from '../text/markdown.js';
import { appendixIsEmpty, FRAMEWORK_SCORES, type BoardPaper, type QuestionNote } from './board-paper.js';
import { asSentence, labelled } from './outcome-view.js';
import { mergedAppendix } from './board-paper-merge.js';
import { pushAll } from '../text/spread-free.js';
import { BACKING_TITLE, CONFIRMED_ABOVE, CONFIRMED_BELOW, CONFIRMED_WITHOUT, CONTRADICTIONS, EXPIRED_WAIVERS, NOT_APPLICABLE, PROFILES, STALE, unansweredPart, UNKNOWN_INDICATORS, UNKNOWNS, WAIVERS_TITLE, weakestPart, type AppendixPart } from './appendix-words.js';
import { NOT_NAMED } from './board-paper-words.js';
import { scopeName, type SystemsView } from './system-view.js';
import { backingExplain, type BackingGroup, type ConfirmedOutcome } from './board-paper-audit.js';
import { waiversExplain, type CurrentWaiver } from './board-paper-waivers.js';
import { tableRule } from '../text/markdown-table.js';

/** With critical systems, a column saying whose answer each row is: the organisation's or a system's. */
type ScopeColumn = string | null;
const scopeHead = (scope: ScopeColumn): string => (scope ? ` ${escapeCell(scope)} |` : '');
const scopeCell = (scope: ScopeColumn, title: string | null): string => (scope ? ` ${escapeCell(scopeName(title))} |` : '');

/** A note's detail, each question id it names after the question's words set in code, as the Question column sets its own. */
const withIds = (r: QuestionNote): string => (r.ids ?? []).reduce((cell, id) => cell.split(`(${escapeCell(id)})`).join(`(${cellCodeSpan(id)})`), escapeCell(r.detail));

function notes(part: AppendixPart, header: string, rows: QuestionNote[], scope: ScopeColumn): string[] {
  if (!rows.length) return [];
  const out = [`### ${part.title}`, ''];
  if (part.explain) out.push(part.explain, '');
  // A column with nothing in any row (unanswered questions usually) is left out rather than drawn empty.
  const detail = rows.some((r) => r.detail);
  out.push(`| Question |${scopeHead(scope)}${detail ? ` ${header} |` : ''}`, tableRule(['wide', ...(scope ? ['text' as const] : []), ...(detail ? ['text' as const] : [])]));
  for (const r of rows) out.push(`| ${escapeCell(r.text)} (${cellCodeSpan(r.question)}) |${scopeCell(scope, r.systemTitle)}${detail ? ` ${withIds(r)} |` : ''}`);
  return [...out, ''];
}

/** Each outcome the assessor confirmed: what the indicators say, what was confirmed, why, and what is not yet met. */
function confirmed(part: AppendixPart, rows: ConfirmedOutcome[]): string[] {
  if (!rows.length) return [];
  const out = [`### ${part.title}`, '', part.explain, ''];
  for (const x of rows) {
    out.push(`- **${escapeInline(labelled(x.outcome, x.text))}**${x.systemTitle ? ` (${escapeInline(x.systemTitle)})` : ''}`);
    if (x.indicatorsSay) out.push(`  - The indicators say: ${escapeInline(x.indicatorsSay)}`);
    out.push(`  - Confirmed: ${escapeInline(x.confirmed)}`, `  - Justification: ${escapeLines(x.justification, '    ')}`);
    if (x.notMet.length) {
      out.push('  - Not yet met:');
      for (const i of x.notMet) out.push(`    - ${codeSpan(i.id)} ${escapeLines(`${i.text}${i.comment ? ` (comment: ${i.comment})` : ''}`, '      ')}`);
    }
  }
  return [...out, ''];
}

/**
 * No sixth column (SPEC: none wider than five): the action leads the question's cell, and what the
 * tool says of a waiver follows the approver's reason on a line of its own, marked "Note:".
 */
function waivers(rows: CurrentWaiver[], scope: ScopeColumn): string[] {
  if (!rows.length) return [];
  const out = [`### ${WAIVERS_TITLE}`, '', escapeInline(waiversExplain(rows)), '', `| Question |${scopeHead(scope)} Approved by | Until | Reason |`, tableRule(['wide', ...(scope ? ['text' as const] : []), 'text', 'text', 'wide'])];
  for (const w of rows) {
    const reason = `${escapeCell(w.reason)}${w.note ? `<br>**Note:** ${escapeCell(w.note)}` : ''}`;
    out.push(`| ${w.action ? `**${escapeCell(w.action)}:** ` : ''}${escapeCell(w.text)} (${cellCodeSpan(w.question)}) |${scopeCell(scope, w.systemTitle)} ${escapeCell(w.approvedBy)} | ${escapeCell(w.until)} | ${reason} |`);
  }
  return [...out, ''];
}

/** The systems level with the weakest and their owners, when the summary names only the first few. */
function weakest(rows: BoardPaper['appendix']['weakest'], view: SystemsView | null): string[] {
  if (!rows.length || !view) return [];
  const part = weakestPart(view);
  const out = [`### ${escapeInline(part.title)}`, '', escapeInline(part.explain), '', `| ${escapeCell(view.column)} | Owner |`, tableRule(['wide', 'text'])];
  for (const r of rows) out.push(`| ${escapeCell(r.title)} | ${escapeCell(r.owner ?? NOT_NAMED)} |`);
  return [...out, ''];
}

/** A table per scope (the organisation, then each system), so that a paper with systems needs no column to say whose. */
function backingPart(groups: BackingGroup[], systems: boolean): string[] {
  if (!groups.length) return [];
  const out = [`### ${BACKING_TITLE}`, '', escapeInline(backingExplain(groups)), ''];
  for (const g of groups) {
    if (systems) out.push(`#### ${escapeInline(g.systemTitle ?? 'The organisation')}`, '');
    out.push('| Question | Answer | Evidence | Owner and review | Note |', tableRule(['wide', 'text', 'text', 'text', 'wide']));
    for (const r of g.rows) out.push(`| ${escapeCell(r.text)} (${cellCodeSpan(r.question)}) | ${escapeCell(r.answer)} | ${escapeCell(r.evidence)} | ${escapeCell(r.ownerAndReview)} | ${escapeCell(r.note)} |`);
    out.push('');
  }
  return out;
}

export function renderAppendix(paper: BoardPaper): string[] {
  const ap = mergedAppendix(paper.appendix, paper.systems);
  if (appendixIsEmpty(ap)) return [];
  const scope: ScopeColumn = paper.systems?.column ?? null;
  const out: string[] = ['## Appendix', ''];
  pushAll(out, weakest(ap.weakest, paper.systems));
  pushAll(out, notes(UNKNOWNS, 'Owner', ap.unknowns, scope));
  if (ap.unknownIndicators.length) {
    out.push(`### ${UNKNOWN_INDICATORS.title}`, '', UNKNOWN_INDICATORS.explain, '', '| Outcome | Indicators |', tableRule(['text', 'wide']));
    for (const x of ap.unknownIndicators) out.push(`| ${escapeCell(x.name)} | ${x.indicators.map((i) => `${cellCodeSpan(i.id)} ${escapeCell(asSentence(i.text))}`).join(' ')} |`);
    out.push('');
  }
  if (ap.contradictions.length) {
    out.push(`### ${CONTRADICTIONS.title}`, '', CONTRADICTIONS.explain, '');
    for (const x of ap.contradictions) for (const i of x.indicators) out.push(`- ${escapeInline(x.lead)} ${codeSpan(i.id)} ${escapeInline(i.text)}`);
    out.push('');
  }
  pushAll(out, confirmed(CONFIRMED_ABOVE, ap.confirmedAbove));
  pushAll(out, confirmed(CONFIRMED_BELOW, ap.confirmedBelow));
  pushAll(out, confirmed(CONFIRMED_WITHOUT, ap.confirmedWithout));
  pushAll(out, notes(unansweredPart(ap.unanswered.some((u) => u.detail)), 'So far', ap.unanswered, scope));
  pushAll(out, notes(NOT_APPLICABLE, 'Why', ap.notApplicable, scope));
  pushAll(out, notes(STALE, 'Review', ap.stale, scope));
  pushAll(out, waivers(ap.waivers, scope));
  pushAll(out, notes(EXPIRED_WAIVERS, 'Waiver', ap.expiredWaivers, scope));
  if (ap.profiles.length) {
    out.push(`### ${PROFILES.title}`, '', PROFILES.explain, '', '| Profile | Result | Requirements met |', tableRule(['wide', 'text', 'narrow:']));
    for (const p of ap.profiles) out.push(`| ${escapeCell(p.title)} | ${p.passed ? 'Met' : 'Not met'} | ${p.met} of ${p.total} |`);
    out.push('');
    for (const p of ap.profiles.filter((x) => x.unmet.length)) {
      out.push(`Not yet met: ${escapeInline(p.title)}.`, '', `| Question |${scopeHead(scope)} Needs at least | Answer now |`, tableRule(['wide', ...(scope ? ['text' as const] : []), 'text', 'text']));
      for (const r of p.unmet) out.push(`| ${escapeCell(r.text)} (${cellCodeSpan(r.question)}) |${scopeCell(scope, r.systemTitle)} ${escapeCell(r.needs)} | ${escapeCell(r.answer)} |`);
      out.push('');
    }
  }
  if (ap.frameworks.length) {
    out.push('### Scores by framework', '', escapeInline(FRAMEWORK_SCORES), '');
    for (const fw of ap.frameworks) {
      out.push(`#### ${escapeInline(fw.title)}`, '', `| ${escapeCell(fw.groupNoun)} | Score | Questions | Gaps |`, tableRule(['wide', 'narrow:', 'narrow:', 'narrow:']));
      for (const g of fw.rows) out.push(`| ${escapeCell(g.label)} | ${g.shownScore} | ${g.questions} | ${g.gaps} |`);
      out.push('');
    }
  }
  pushAll(out, backingPart(ap.backing, paper.systems !== null));
  return out;
}
