// The HTML paper's appendix (html.ts draws the rest): what a reader checks, the outcomes resting on
// the assessor's judgement, the waivers in force and expired, profiles, frameworks, and what stands
// behind the answers in place, in the order, headings and words of the markdown and Word papers.
import { escapeHtml as h } from '../text/html.js';
import { appendixIsEmpty, backingExplain, FRAMEWORK_SCORES, waiversExplain, type BackingGroup, type BoardPaper, type ConfirmedOutcome, type CurrentWaiver, type QuestionNote } from './board-paper.js';
import { mergedAppendix } from './board-paper-merge.js';
import { id, passBadge } from './html-marks.js';
import { pushAll } from '../text/spread-free.js';
import { BACKING_TITLE, CONFIRMED_ABOVE, CONFIRMED_BELOW, CONFIRMED_WITHOUT, CONTRADICTIONS, EXPIRED_WAIVERS, NOT_APPLICABLE, PROFILES, STALE, unansweredPart, UNKNOWN_INDICATORS, UNKNOWNS, WAIVERS_TITLE, weakestPart, type AppendixPart } from './appendix-words.js';
import { NOT_NAMED } from './board-paper-words.js';
import { scopeName, type SystemsView } from './system-view.js';
import { labelled } from './outcome-view.js';

/** With critical systems, tables of answers have a column saying whose answer each is. */
type ScopeColumn = string | null;
const scopeHead = (scope: ScopeColumn): string => (scope ? `<th scope="col">${h(scope)}</th>` : '');
const scopeCell = (scope: ScopeColumn, title: string | null): string => (scope ? `<td class="free">${h(scopeName(title))}</td>` : '');
/**
 * A table's name for a screen reader's list of tables, where its heading above does not reach; kept
 * off the page, which shows that heading already. `text` is escaped by the caller.
 */
const hiddenCaption = (text: string): string => `<caption class="visually-hidden">${text}</caption>`;

/** A note's detail, each question id it names after the question's words set as the Question column sets its own. */
const withIds = (n: QuestionNote): string => (n.ids ?? []).reduce((cell, q) => cell.split(`(${h(q)})`).join(`<span class="id">(${h(q)})</span>`), h(n.detail));

function noteTable(part: AppendixPart, detailHeading: string, notes: QuestionNote[], scope: ScopeColumn): string {
  if (!notes.length) return '';
  const { title, explain: intro } = part;
  // A column with nothing in any row (unanswered questions usually) is left out rather than drawn empty.
  const detail = notes.some((n) => n.detail);
  const rows = notes.map((n) => `<tr><th scope="row">${h(n.text)} <span class="id">(${h(n.question)})</span></th>${scopeCell(scope, n.systemTitle)}${detail ? `<td class="lines free">${withIds(n)}</td>` : ''}</tr>`).join('\n');
  return `<div class="keep"><h3>${h(title)}</h3>${intro ? `<p class="explain">${h(intro)}</p>` : ''}<table>${hiddenCaption(h(title))}<thead><tr><th scope="col">Question</th>${scopeHead(scope)}${detail ? `<th scope="col">${h(detailHeading)}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

const facts = (rows: [string, string][]): string => `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;

/** Each outcome the assessor confirmed: what the indicators say, what was confirmed, why, and what is not yet met. */
function confirmed(part: AppendixPart, rows: ConfirmedOutcome[]): string {
  if (!rows.length) return '';
  const out = [`<h3>${h(part.title)}</h3><p class="explain">${h(part.explain)}</p>`];
  for (const x of rows) {
    const own: [string, string][] = [];
    if (x.indicatorsSay) own.push(['The indicators say', h(x.indicatorsSay)]);
    own.push(['Confirmed', h(x.confirmed)], ['Justification', `<span class="lines">${h(x.justification)}</span>`]);
    if (x.notMet.length) own.push(['Not yet met', `<ul>${x.notMet.map((i) => `<li>${id(i.id)} ${h(i.text)}${i.comment ? `<br>Comment: ${h(i.comment)}` : ''}</li>`).join('')}</ul>`]);
    out.push(`<article class="judged"><h4>${h(labelled(x.outcome, x.text))}${x.systemTitle ? ` (${h(x.systemTitle)})` : ''}</h4>${facts(own)}</article>`);
  }
  return out.join('\n');
}

/** The action leads the question's cell; the tool's note is apart from the approver's reason, marked "Note:". */
function waivers(rows: CurrentWaiver[], scope: ScopeColumn): string {
  if (!rows.length) return '';
  const body = rows
    .map(
      (w) =>
        `<tr><th scope="row">${w.action ? `<strong>${h(w.action)}:</strong> ` : ''}${h(w.text)} <span class="id">(${h(w.question)})</span></th>${scope ? `<td class="free" data-label="${h(scope)}">${h(scopeName(w.systemTitle))}</td>` : ''}<td class="free" data-label="Approved by">${h(w.approvedBy)}</td><td class="date" data-label="Until">${h(w.until)}</td><td class="free" data-label="Reason"><span class="lines">${h(w.reason)}</span>${w.note ? `<p class="tool-note"><strong>Note:</strong> ${h(w.note)}</p>` : ''}</td></tr>`,
    )
    .join('\n');
  return (
    `<h3>${h(WAIVERS_TITLE)}</h3><p class="explain">${h(waiversExplain(rows))}</p><table class="register">${hiddenCaption(h(WAIVERS_TITLE))}` +
    `<thead><tr><th scope="col">Question</th>${scopeHead(scope)}<th scope="col">Approved by</th><th scope="col">Until</th><th scope="col">Reason</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

/** The systems level with the weakest and their owners, when the summary names only the first few. */
function weakest(rows: BoardPaper['appendix']['weakest'], view: SystemsView | null): string {
  if (!rows.length || !view) return '';
  const part = weakestPart(view);
  const body = rows.map((r) => `<tr><th scope="row" class="free">${h(r.title)}</th><td class="free">${h(r.owner ?? NOT_NAMED)}</td></tr>`).join('\n');
  return `<h3>${h(part.title)}</h3><p class="explain">${h(part.explain)}</p><table>${hiddenCaption(h(part.title))}<thead><tr><th scope="col">${h(view.column)}</th><th scope="col">Owner</th></tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * A table per scope (the organisation, then each system), as in the markdown and Word papers. With
 * systems, the system's name is the first row of the table's head, which a browser repeats on every
 * printed page the table runs onto: rows continued on a new page had lost whose they were.
 */
function backing(groups: BackingGroup[], systems: boolean): string {
  if (!groups.length) return '';
  const out = [`<h3>${h(BACKING_TITLE)}</h3><p class="explain">${h(backingExplain(groups))}</p>`];
  for (const g of groups) {
    const whose = g.systemTitle ?? 'The organisation';
    if (systems) out.push(`<h4 class="whose">${h(whose)}</h4>`);
    const rows = g.rows.map((r) => `<tr><th scope="row">${h(r.text)} <span class="id">(${h(r.question)})</span></th><td data-label="Answer">${h(r.answer)}</td><td class="lines" data-label="Evidence">${h(r.evidence)}</td><td data-label="Owner and review">${h(r.ownerAndReview)}</td><td class="lines" data-label="Note">${h(r.note)}</td></tr>`);
    const banner = systems ? `<tr class="whose"><th scope="colgroup" colspan="5">${h(whose)}</th></tr>` : '';
    out.push(
      `<table class="backing">${hiddenCaption(h(systems ? `${BACKING_TITLE}: ${whose}` : BACKING_TITLE))}<colgroup><col class="question"><col class="answer"><col class="evidence"><col class="owner"><col class="note"></colgroup>` +
        `<thead>${banner}<tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Evidence</th><th scope="col">Owner and review</th><th scope="col">Note</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`,
    );
  }
  return out.join('\n');
}

export function appendix(p: BoardPaper): string {
  const x = mergedAppendix(p.appendix, p.systems);
  if (appendixIsEmpty(x)) return '';
  const scope: ScopeColumn = p.systems?.column ?? null;
  const out: string[] = ['<section class="new-page" aria-labelledby="appendix"><h2 id="appendix">Appendix</h2>'];
  // The same order as the markdown and Word papers: what a reader checks, then profiles, then frameworks.
  const some = (...parts: string[]): void => void pushAll(out, parts.filter(Boolean));
  some(weakest(x.weakest, p.systems));
  out.push(noteTable(UNKNOWNS, 'Owner', x.unknowns, scope));
  if (x.unknownIndicators.length) {
    out.push(`<h3>${h(UNKNOWN_INDICATORS.title)}</h3><p class="explain">${h(UNKNOWN_INDICATORS.explain)}</p><table>${hiddenCaption(h(`${UNKNOWN_INDICATORS.title}, by outcome`))}<thead><tr><th scope="col">Outcome</th><th scope="col">Indicators</th></tr></thead><tbody>`);
    for (const u of x.unknownIndicators) out.push(`<tr><th scope="row" class="free">${h(u.name)}</th><td><ul>${u.indicators.map((i) => `<li>${id(i.id)} ${h(i.text)}</li>`).join('')}</ul></td></tr>`);
    out.push('</tbody></table>');
  }
  if (x.contradictions.length) {
    out.push(`<h3>${h(CONTRADICTIONS.title)}</h3><p class="explain">${h(CONTRADICTIONS.explain)}</p><ul>`);
    for (const c of x.contradictions) for (const i of c.indicators) out.push(`<li>${h(c.lead)} ${id(i.id)} ${h(i.text)}</li>`);
    out.push('</ul>');
  }
  // The new parts only when they have rows: an empty one would leave a blank line in the file (some, above).
  some(confirmed(CONFIRMED_ABOVE, x.confirmedAbove), confirmed(CONFIRMED_BELOW, x.confirmedBelow), confirmed(CONFIRMED_WITHOUT, x.confirmedWithout));
  out.push(noteTable(unansweredPart(x.unanswered.some((u) => u.detail)), 'So far', x.unanswered, scope));
  out.push(noteTable(NOT_APPLICABLE, 'Why', x.notApplicable, scope));
  out.push(noteTable(STALE, 'Review', x.stale, scope));
  some(waivers(x.waivers, scope));
  out.push(noteTable(EXPIRED_WAIVERS, 'Waiver', x.expiredWaivers, scope));
  if (x.profiles.length) {
    out.push(`<h3>${h(PROFILES.title)}</h3><p class="explain">${h(PROFILES.explain)}</p><table>${hiddenCaption('Profiles: whether each is met')}<thead><tr><th scope="col">Profile</th><th scope="col">Result</th><th scope="col" class="num">Requirements met</th></tr></thead><tbody>`);
    for (const pr of x.profiles) out.push(`<tr><th scope="row" class="free">${h(pr.title)}</th><td>${passBadge(pr.passed)}</td><td class="num">${pr.met} of ${pr.total}</td></tr>`);
    out.push('</tbody></table>');
    // A table per profile, as in the markdown paper: a column repeating the profile's long title on
    // every row left the question too narrow to read on A4.
    for (const pr of x.profiles.filter((y) => y.unmet.length)) {
      out.push(`<table class="unmet"><caption>Not yet met: ${h(pr.title)}</caption><thead><tr><th scope="col">Question</th>${scopeHead(scope)}<th scope="col">Needs at least</th><th scope="col">Answer now</th></tr></thead><tbody>`);
      for (const u of pr.unmet) out.push(`<tr><th scope="row">${h(u.text)} <span class="id">(${h(u.question)})</span></th>${scopeCell(scope, u.systemTitle)}<td>${h(u.needs)}</td><td>${h(u.answer)}</td></tr>`);
      out.push('</tbody></table>');
    }
  }
  // What the figures are, said once, as the markdown paper does.
  if (x.frameworks.length) out.push(`<h3>Scores by framework</h3><p class="explain">${h(FRAMEWORK_SCORES)}</p>`);
  for (const fw of x.frameworks) {
    out.push(`<div class="keep"><h4>${h(fw.title)}</h4><table>${hiddenCaption(`${h(fw.title)}: scores by ${h(fw.groupNoun.toLowerCase())}`)}<thead><tr><th scope="col">${h(fw.groupNoun)}</th><th scope="col" class="num">Score</th><th scope="col" class="num">Questions</th><th scope="col" class="num">Gaps</th></tr></thead><tbody>`);
    for (const r of fw.rows) out.push(`<tr><th scope="row">${h(r.label)}</th><td class="num">${h(r.shownScore)}</td><td class="num">${r.questions}</td><td class="num">${r.gaps}</td></tr>`);
    out.push('</tbody></table></div>');
  }
  some(backing(x.backing, p.systems !== null));
  out.push('</section>');
  return out.join('\n');
}
