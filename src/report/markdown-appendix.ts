// The appendix of the markdown board paper: what a reader checks rather than decides on.
import { codeSpan, escapeCell, escapeInline } from '../text/markdown.js';
import { appendixIsEmpty, FRAMEWORK_SCORES, type BoardPaper, type QuestionNote } from './board-paper.js';
import { asSentence } from './outcome-view.js';
import { mergedAppendix } from './board-paper-merge.js';
import { pushAll } from '../text/spread-free.js';

/** With critical systems, a column saying whose answer each row is: the organisation's or a system's. */
type ScopeColumn = string | null;
const scopeHead = (scope: ScopeColumn): string => (scope ? ` ${escapeCell(scope)} |` : '');
const scopeCell = (scope: ScopeColumn, title: string | null): string => (scope ? ` ${title === null ? 'Organisation' : escapeCell(title)} |` : '');

function notes(title: string, intro: string, header: string, rows: QuestionNote[], scope: ScopeColumn): string[] {
  if (!rows.length) return [];
  const out = [`### ${title}`, ''];
  if (intro) out.push(intro, '');
  // A column with nothing in any row (unanswered questions usually) is left out rather than drawn empty.
  const detail = rows.some((r) => r.detail);
  out.push(`| Question |${scopeHead(scope)}${detail ? ` ${header} |` : ''}`, `|---|${scope ? '---|' : ''}${detail ? '---|' : ''}`);
  for (const r of rows) out.push(`| ${escapeCell(r.text)} (${codeSpan(r.question)}) |${scopeCell(scope, r.systemTitle)}${detail ? ` ${escapeCell(r.detail)} |` : ''}`);
  return [...out, ''];
}

/** "B4.a Text", with the system it is about when there is one. */
const outcomeOf = (x: { outcome: string; systemTitle: string | null; text: string }): string => `${x.outcome} ${x.text}${x.systemTitle ? ` (${x.systemTitle})` : ''}`;

export function renderAppendix(paper: BoardPaper): string[] {
  const ap = mergedAppendix(paper.appendix, paper.systems);
  if (appendixIsEmpty(ap)) return [];
  const scope: ScopeColumn = paper.systems?.column ?? null;
  const out: string[] = ['## Appendix', ''];
  pushAll(out, notes('Answered "don\'t know"', 'Each scores 0 until someone finds out.', 'Owner', ap.unknowns, scope));
  if (ap.unknownIndicators.length) {
    out.push('### Indicators answered "don\'t know"', '', 'They count as not true until someone finds out.', '', '| Outcome | Indicators |', '|---|---|');
    for (const x of ap.unknownIndicators) out.push(`| ${escapeCell(outcomeOf(x))} | ${x.indicators.map((i) => `${codeSpan(i.id)} ${escapeCell(asSentence(i.text))}`).join(' ')} |`);
    out.push('');
  }
  if (ap.contradictions.length) {
    out.push('### Contradictions to resolve', '', 'A "not achieved" indicator is true although the other indicators meet the outcome: one of the answers is wrong.', '');
    for (const x of ap.contradictions) for (const i of x.indicators) out.push(`- ${escapeInline(x.systemTitle ? `${x.outcome} (${x.systemTitle})` : x.outcome)}: ${codeSpan(i.id)} ${escapeInline(i.text)}`);
    out.push('');
  }
  pushAll(out, notes('Not answered', ap.unanswered.some((u) => u.detail) ? 'Each scores 0, except an outcome, which scores what its indicators answered so far show.' : 'Each scores 0.', 'So far', ap.unanswered, scope));
  pushAll(out, notes('Not applicable', '', 'Why', ap.notApplicable, scope));
  pushAll(out, notes('Answers past their review date', '', 'Review', ap.stale, scope));
  pushAll(out, notes('Expired waivers', 'An expired waiver gives no cover.', 'Waiver', ap.expiredWaivers, scope));
  if (ap.profiles.length) {
    out.push('### Profiles', '', "A profile is a set of minimum answers, such as a framework's baseline.", '', '| Profile | Result | Requirements met |', '|---|---|---:|');
    for (const p of ap.profiles) out.push(`| ${escapeCell(p.title)} | ${p.passed ? 'Met' : 'Not met'} | ${p.met} of ${p.total} |`);
    out.push('');
    for (const p of ap.profiles.filter((x) => x.unmet.length)) {
      out.push(`Not yet met: ${escapeInline(p.title)}.`, '', `| Question |${scopeHead(scope)} Needs at least | Answer now |`, `|---|${scope ? '---|' : ''}---|---|`);
      for (const r of p.unmet) out.push(`| ${escapeCell(r.text)} (${codeSpan(r.question)}) |${scopeCell(scope, r.systemTitle)} ${escapeCell(r.needs)} | ${escapeCell(r.answer)} |`);
      out.push('');
    }
  }
  if (ap.frameworks.length) {
    out.push('### Scores by framework', '', escapeInline(FRAMEWORK_SCORES), '');
    for (const fw of ap.frameworks) {
      out.push(`#### ${escapeInline(fw.title)}`, '', `| ${escapeCell(fw.groupNoun)} | Score | Questions | Gaps |`, '|---|---:|---:|---:|');
      for (const g of fw.rows) out.push(`| ${escapeCell(g.label)} | ${g.shownScore} | ${g.questions} | ${g.gaps} |`);
      out.push('');
    }
  }
  return out;
}
