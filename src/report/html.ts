// The board paper as one self-contained HTML file (SPEC "v2: reports"): no script, no external
// request (a content security policy forbids any), an inline stylesheet that prints on A4, and an
// inline SVG chart whose figures are also in a table. Built from the same board-paper model as the
// markdown and Word reports, so the three say the same things in the same order.
import { escapeHtml as h } from '../text/html.js';
import { capitalise, thresholdResult, thresholdsHeading } from './board-paper-words.js';
import { htmlPage } from './html-page.js';
import { htmlNameIsolator, isolatePlainNames } from './isolate-names.js';
import { appendixIsEmpty, belowProfileSentence, buildBoardPaper, FRAMEWORK_SCORES, NO_SHORTFALL, plural, SEVERITY_WORD, showsBelowProfile, type ActionEntry, type ActionItem, type BoardPaper, type QuestionNote, type Risk } from './board-paper.js';
import { bandRanges, NO_RATING_SHADE, RATING_SHADE, sectionChartSvg, type RatingBand } from './html-chart.js';
import { HTML_STYLE } from './html-style.js';
import { mergedAppendix } from './board-paper-merge.js';
import { systemsMatrixHtml, systemsSummaryHtml } from './html-systems.js';
import type { Reporter } from './types.js';
import { pushAll } from '../text/spread-free.js';
import { CONTRADICTIONS, EXPIRED_WAIVERS, NOT_APPLICABLE, PROFILES, STALE, unansweredPart, UNKNOWN_INDICATORS, UNKNOWNS, type AppendixPart } from './appendix-words.js';

const badge = (text: string, colour: string | null | undefined): string =>
  `<span class="badge" style="background:${(colour && RATING_SHADE[colour]) || NO_RATING_SHADE}">${h(text)}</span>`;
const passBadge = (passed: boolean): string => `<span class="badge ${passed ? 'passed' : 'failed'}">${h(thresholdResult(passed))}</span>`;
const id = (text: string): string => `<span class="id">${h(text)}</span>`;
/** "Critical severity, automatic fail": the severity as a reader says it. */
const severityPhrase = (item: Pick<ActionItem, 'severity' | 'blocking'>): string => `${SEVERITY_WORD[item.severity]} severity${item.blocking ? ', automatic fail' : ''}`;

function titleBlock(p: BoardPaper): string {
  const rows = p.titleBlock.map((f) => `<dt>${h(f.label)}</dt><dd>${h(f.value)}</dd>`).join('\n');
  return `<header><h1>${h(p.title)}</h1><p class="subtitle">${h(p.subtitle)}</p><dl class="title-block">${rows}</dl></header>`;
}

function contents(p: BoardPaper): string {
  const links: [string, string][] = [['summary', 'Summary'], ['sections', 'Sections']];
  if (p.systems) links.push(['systems', p.systems.heading]);
  if (p.outcomes.length) links.push(['outcomes', 'Outcomes']);
  links.push(['actions', 'Action plan']);
  if (!appendixIsEmpty(p.appendix)) links.push(['appendix', 'Appendix']);
  return `<nav class="contents" aria-label="Contents"><ul>${links.map(([to, label]) => `<li><a href="#${to}">${h(label)}</a></li>`).join('')}</ul></nav>`;
}

function riskLine(r: Risk): string {
  const meta = [h(severityPhrase(r)), h(r.where ? `${r.sectionTitle}: ${r.where}` : r.sectionTitle), `owner: ${r.owner ? h(r.owner) : 'not named'}`, ...(r.due ? [h(r.due)] : [])].join(' · ');
  // What the answer is now (each system's where they differ), as the markdown paper says it.
  return `<li><strong>${h(r.text)}</strong> <span class="risk-meta">(${r.actions}; ${meta})</span><br>${h(r.answer)}${r.waived ? `<br>${h(r.waived)}` : ''}${r.remediation ? `<br><span class="lines">What to do: ${h(r.remediation)}</span>` : ''}</li>`;
}

function summary(p: BoardPaper): string {
  const s = p.summary;
  const out: string[] = ['<section aria-labelledby="summary"><h2 id="summary">Summary</h2>'];
  if (s.cap) {
    out.push(`<div class="cap"><p>${h(s.cap)}</p><ul>`);
    for (const q of s.capQuestions) out.push(`<li>${q.systemTitle ? `${h(q.systemTitle)}: ` : ''}${h(q.text)} (${id(q.question)}): ${h(q.detail)}</li>`);
    out.push('</ul></div>');
  }
  // Without a score, say so in words: "n/a out of 100" beside a "Not rated" badge reads as a fault.
  if (s.noScore !== null) out.push(`<p class="headline"><strong>${h(s.noScore)}</strong></p>`);
  else {
    out.push(
      `<div class="headline"><span class="score">${h(s.shownScore)}<small> out of 100</small></span>`,
      s.rating ? `${badge(s.rating.label, s.rating.colour)}</div>` : `${badge('Not rated', null)}</div>`,
    );
  }
  // The scale in words after the rating: the chart's legend says it too, but is hidden on a phone.
  if (s.scale) out.push(`<p class="scale">${h(s.scale)}</p>`);
  if (s.held) out.push(`<p>${h(s.held)}</p>`);
  if (s.weakest) out.push(`<p class="weakest"><strong>${h(s.weakest)}</strong></p>`);
  for (const para of s.paragraphs) out.push(`<p>${h(para)}</p>`);
  if (s.gates.length) {
    // The markdown and Word papers' words (board-paper-words.ts), not the pipeline's "gates" and "failed".
    out.push(`<table><caption>${h(thresholdsHeading(s.gatesPassed === true))}</caption><thead><tr><th scope="col">Threshold</th><th scope="col">Result</th><th scope="col">Detail</th></tr></thead><tbody>`);
    for (const g of s.gates) out.push(`<tr><th scope="row">${h(capitalise(g.title))}</th><td>${passBadge(g.passed)}</td><td>${h(g.summary)}</td></tr>`);
    out.push('</tbody></table>');
  }
  // The decisions first, as a committee report's recommendations, then the risks they refer to.
  if (p.asks.length) out.push(`<div class="asks-block"><h3>What is asked of the reader</h3><ul class="asks">${p.asks.map((a) => `<li>${h(a)}</li>`).join('\n')}</ul></div>`);
  if (p.risks.length) {
    out.push(`<h3>${p.risks.length === 1 ? 'The biggest risk' : `The ${plural(p.risks.length, 'risk').replace(' ', ' biggest ')}`}</h3>${p.risksLeftOut ? `<p>${h(p.risksLeftOut)}</p>` : ''}<ol class="risks">${p.risks.map(riskLine).join('\n')}</ol>`);
  }
  if (p.systems) out.push(systemsSummaryHtml(p.systems));
  out.push('</section>');
  return out.join('\n');
}

function legend(bands: RatingBand[]): string {
  const items = bandRanges(bands).map(({ band, range }) => `<li><span class="swatch" style="background:${(band.colour && RATING_SHADE[band.colour]) || NO_RATING_SHADE}"></span>${h(band.label)}: ${h(range)}</li>`);
  return `<ul class="legend" aria-label="Ratings">${items.join('')}</ul>`;
}

function sections(p: BoardPaper, bands: RatingBand[]): string {
  const out: string[] = ['<section aria-labelledby="sections"><div class="keep"><h2 id="sections">Sections</h2>'];
  out.push(`<p class="explain">${h(p.sectionsExplained)}</p>`);
  if (p.systems) out.push(`<p class="explain">${h(p.systems.meansNote)}</p>`);
  out.push('<table><caption>Scores by section</caption><thead><tr><th scope="col">Section</th><th scope="col" class="num">Score</th><th scope="col">Rating</th><th scope="col" class="num">Gaps</th><th scope="col" class="num">Weight</th></tr></thead><tbody>');
  for (const s of p.sections) {
    out.push(`<tr><th scope="row">${h(s.title)}${s.perSystem ? ' (mean)' : ''}</th><td class="num">${h(s.shownScore)}</td><td>${s.applicable ? (s.rating ? h(s.rating.label) : 'Not rated') : 'Not applicable'}</td><td class="num">${s.gaps}</td><td class="num">${s.weight}</td></tr>`);
  }
  out.push('</tbody></table></div>');
  if (p.heldSections) out.push(`<p class="explain">${h(p.heldSections)}</p>`);
  // No bar to draw when no section was scored: the table says "not applicable" for each.
  if (p.sections.some((s) => s.score !== null)) {
    out.push(
      `<figure class="section-chart">${sectionChartSvg(p.sections, bands, 'section-chart')}<figcaption>Section scores out of 100, with the same figures as the table above. ` +
        `Each bar is coloured by its rating, which is also named after the section's title, and a dashed line marks where a rating starts.${legend(bands)}</figcaption></figure>`,
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function outcomes(p: BoardPaper): string {
  if (!p.outcomes.length) return '';
  const out: string[] = ['<section aria-labelledby="outcomes"><h2 id="outcomes">Outcomes</h2>'];
  out.push("<p class=\"explain\">Each outcome's status follows from its indicators of good practice; a confirmed status is the assessor's.</p>");
  // The table names profiles by their short ids; say once what each one is.
  const profiles = belowProfileSentence(p, id, h);
  if (profiles) out.push(`<p class="explain">${profiles}</p>`);
  // The same columns, and no empty cell, as the markdown and Word papers (board-paper.ts).
  const below = showsBelowProfile(p);
  for (const group of p.outcomes) {
    out.push(`<table class="keep outcomes"><caption>${h(group.title)}</caption><thead><tr><th scope="col">Outcome</th><th scope="col">Status</th>${below ? '<th scope="col">Below profile</th>' : ''}</tr></thead><tbody>`);
    for (const row of group.rows) {
      const short = row.belowProfiles.map((b) => `${id(b.profile)} needs ${h(b.needs)}`).join('<br>') || NO_SHORTFALL;
      out.push(`<tr><th scope="row"><strong>${h(row.label)}</strong> ${h(row.text)}</th><td>${h(capitalise(row.status))}</td>${below ? `<td>${short}</td>` : ''}</tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The facts of one gap that differ from one system to another. */
function ownFacts(item: ActionItem): [string, string][] {
  const facts: [string, string][] = [];
  if (item.note) facts.push(['Note', h(item.note)]);
  if (item.evidence.length) facts.push(['Evidence', `<ul>${item.evidence.map((e) => `<li>${h(e)}</li>`).join('')}</ul>`]);
  if (item.reviewBy) facts.push(['Review by', `${h(item.reviewBy)}${item.stale ? ' (overdue)' : ''}`]);
  if (item.waiver) facts.push(['Waiver', h(item.waiver.text)]);
  return facts;
}

const factList = (facts: [string, string][]): string => (facts.length ? `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : '');
const acceptedBadge = (item: ActionItem): string => (item.accepted ? ' <span class="badge accepted">Accepted risk</span>' : '');

function action(item: ActionItem): string {
  // Severity, the system, the answer and the owner on one line: a long plan stays readable and prints shorter.
  const meta = [h(severityPhrase(item)), ...(item.systemTitle ? [h(item.systemTitle)] : []), `answer now: ${h(item.answer)}`, `owner: ${item.owner ? h(item.owner) : 'not named'}`];
  const facts: [string, string][] = [];
  if (item.remediation) facts.push(['What to do', h(item.remediation)]);
  pushAll(facts, ownFacts(item));
  if (item.missing.length) facts.push(['Still to meet', `<ul>${item.missing.map((m) => `<li>${h(m)}</li>`).join('')}</ul>`]);
  if (item.references.length) facts.push(['References', item.references.map(h).join('; ')]);
  return (
    `<article class="action ${item.severity}" aria-labelledby="action-${item.rank}">` +
    `<h4 id="action-${item.rank}"><span class="rank"><span class="visually-hidden">Action </span>${item.rank}</span> ${h(item.text)}${acceptedBadge(item)}</h4>` +
    `<p class="risk-meta">${meta.join(' · ')}</p>${factList(facts)}</article>`
  );
}

/** A question open on several critical systems: its words once, each system's gap, then each indicator once. */
function sharedAction(entry: ActionEntry, label: string): string {
  const first = entry.ranks[0] ?? 0;
  const places = entry.items.map(
    (item) =>
      `<li id="action-${item.rank}"><strong><span class="rank"><span class="visually-hidden">Action </span>${item.rank}</span> ${h(item.systemTitle ?? 'The organisation')}</strong>${acceptedBadge(item)}: ` +
      `${h(item.answer)} · ${`owner: ${item.owner ? h(item.owner) : 'not named'}`}${factList(ownFacts(item))}</li>`,
  );
  const indicators = entry.indicators.map(
    // An indicator with a comment from each system can be most of a page: it may break between its comments.
    (i) => `<li${i.comments.length ? ' class="runs"' : ''}>${id(i.id)} ${h(i.text)} <span class="where">(${h(i.where)})</span>${i.comments.length ? `<ul>${i.comments.map((c) => `<li>Comment for ${h(c.systemTitle)}: ${h(c.comment)}</li>`).join('')}</ul>` : ''}</li>`,
  );
  const facts: [string, string][] = [];
  if (indicators.length) facts.push(['Still to meet', `<ul>${indicators.join('')}</ul>`]);
  if (entry.references.length) facts.push(['References', entry.references.map(h).join('; ')]);
  // The same order as a single action and the other papers: what to do, then where it is open, then the detail.
  return (
    `<article class="action shared ${entry.severity}" aria-labelledby="entry-${first}">` +
    `<h4 id="entry-${first}"><span class="rank">${h(capitalise(entry.actions))}</span> ${h(entry.text)}</h4>` +
    `<p class="risk-meta">${h(severityPhrase(entry))} · open on ${h(plural(entry.items.length, label))}</p>` +
    `${entry.remediation ? factList([['What to do', h(entry.remediation)]]) : ''}<ul class="places">${places.join('')}</ul>${factList(facts)}</article>`
  );
}

function systemIndex(p: BoardPaper): string {
  if (!p.systems || !p.actionsBySystem.length) return '';
  const rows = p.actionsBySystem.map((s) => `<tr><th scope="row">${h(s.title)}</th><td>${s.owner ? h(s.owner) : 'Not named'}</td><td>${h(s.ranks.join(', '))}</td></tr>`);
  return (
    `<p class="explain">${h(p.sharedExplained)}</p><table class="index"><caption>Actions by ${h(p.systems.label)}</caption>` +
    `<thead><tr><th scope="col">${h(p.systems.column)}</th><th scope="col">Owner</th><th scope="col">Actions</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function actionPlan(p: BoardPaper): string {
  const out: string[] = ['<section class="new-page" aria-labelledby="actions"><h2 id="actions">Action plan</h2>'];
  if (!p.actionPlan.length) out.push(`<p>${h(p.noGaps)}</p>`);
  else {
    out.push(`<p class="explain">${h(p.priorityExplained)}</p>${systemIndex(p)}`);
    const label = p.systems?.label ?? 'system';
    for (const group of p.actionPlan) {
      const [first, ...rest] = group.entries.map((e) => (e.items.length === 1 ? action(e.items[0] as ActionItem) : sharedAction(e, label)));
      // The section's heading is held with its first action: printed, it was left at the foot of a page.
      // A question open on several systems may run past a page, so it is held only with that one's heading.
      const runs = (group.entries[0]?.items.length ?? 1) > 1 ? ' runs' : '';
      out.push([`<div class="keep${runs}"><h3>${h(group.title)}</h3>\n${first ?? ''}</div>`, ...rest].join('\n'));
    }
  }
  out.push('</section>');
  return out.join('\n');
}

/** With critical systems, tables of answers have a column saying whose answer each is. */
type ScopeColumn = string | null;
const scopeHead = (scope: ScopeColumn): string => (scope ? `<th scope="col">${h(scope)}</th>` : '');
const scopeCell = (scope: ScopeColumn, title: string | null): string => (scope ? `<td>${title === null ? 'Organisation' : h(title)}</td>` : '');
/**
 * A table's name for a screen reader's list of tables, where its heading above does not reach; kept
 * off the page, which shows that heading already. `text` is escaped by the caller.
 */
const hiddenCaption = (text: string): string => `<caption class="visually-hidden">${text}</caption>`;

function noteTable(part: AppendixPart, detailHeading: string, notes: QuestionNote[], scope: ScopeColumn): string {
  if (!notes.length) return '';
  const { title, explain: intro } = part;
  // A column with nothing in any row (unanswered questions usually) is left out rather than drawn empty.
  const detail = notes.some((n) => n.detail);
  const rows = notes.map((n) => `<tr><th scope="row">${h(n.text)} <span class="id">(${h(n.question)})</span></th>${scopeCell(scope, n.systemTitle)}${detail ? `<td class="lines">${h(n.detail)}</td>` : ''}</tr>`).join('\n');
  return `<div class="keep"><h3>${h(title)}</h3>${intro ? `<p class="explain">${h(intro)}</p>` : ''}<table>${hiddenCaption(h(title))}<thead><tr><th scope="col">Question</th>${scopeHead(scope)}${detail ? `<th scope="col">${h(detailHeading)}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function appendix(p: BoardPaper): string {
  const x = mergedAppendix(p.appendix, p.systems);
  if (appendixIsEmpty(x)) return '';
  const scope: ScopeColumn = p.systems?.column ?? null;
  const out: string[] = ['<section class="new-page" aria-labelledby="appendix"><h2 id="appendix">Appendix</h2>'];
  // The same order as the markdown and Word papers: what a reader checks, then profiles, then frameworks.
  out.push(noteTable(UNKNOWNS, 'Owner', x.unknowns, scope));
  if (x.unknownIndicators.length) {
    out.push(`<h3>${h(UNKNOWN_INDICATORS.title)}</h3><p class="explain">${h(UNKNOWN_INDICATORS.explain)}</p><table>${hiddenCaption(h(`${UNKNOWN_INDICATORS.title}, by outcome`))}<thead><tr><th scope="col">Outcome</th><th scope="col">Indicators</th></tr></thead><tbody>`);
    for (const u of x.unknownIndicators) out.push(`<tr><th scope="row">${u.systemTitle ? `${h(u.systemTitle)}: ` : ''}${h(u.outcome)} ${h(u.text)}</th><td><ul>${u.indicators.map((i) => `<li>${id(i.id)} ${h(i.text)}</li>`).join('')}</ul></td></tr>`);
    out.push('</tbody></table>');
  }
  if (x.contradictions.length) {
    out.push(`<h3>${h(CONTRADICTIONS.title)}</h3><p class="explain">${h(CONTRADICTIONS.explain)}</p><ul>`);
    for (const c of x.contradictions) for (const i of c.indicators) out.push(`<li>${h(c.lead)} ${id(i.id)} ${h(i.text)}</li>`);
    out.push('</ul>');
  }
  out.push(noteTable(unansweredPart(x.unanswered.some((u) => u.detail)), 'So far', x.unanswered, scope));
  out.push(noteTable(NOT_APPLICABLE, 'Why', x.notApplicable, scope));
  out.push(noteTable(STALE, 'Review', x.stale, scope));
  out.push(noteTable(EXPIRED_WAIVERS, 'Waiver', x.expiredWaivers, scope));
  if (x.profiles.length) {
    out.push(`<h3>${h(PROFILES.title)}</h3><p class="explain">${h(PROFILES.explain)}</p><table>${hiddenCaption('Profiles: whether each is met')}<thead><tr><th scope="col">Profile</th><th scope="col">Result</th><th scope="col" class="num">Requirements met</th></tr></thead><tbody>`);
    for (const pr of x.profiles) out.push(`<tr><th scope="row">${h(pr.title)}</th><td>${passBadge(pr.passed)}</td><td class="num">${pr.met} of ${pr.total}</td></tr>`);
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
  out.push('</section>');
  return out.join('\n');
}

/** The board paper as a standalone HTML document for screens and A4 printing. */
export const renderHtml: Reporter = (a) => {
  const p = buildBoardPaper(a);
  const produced = p.titleBlock.find((f) => f.label === 'Produced by')?.value ?? `${a.tool.name} ${a.tool.version}`;
  return htmlPage({
    title: `${p.title}: ${p.subtitle}`,
    isolateTitle: (title) => isolatePlainNames(a, title, h),
    style: HTML_STYLE,
    generator: produced,
    body: [
      titleBlock(p),
      contents(p),
      `<main>${summary(p)}${sections(p, a.ratings)}${p.systems ? systemsMatrixHtml(p.systems) : ''}${p.heldSystems ? `<p class="explain">${h(p.heldSystems)}</p>` : ''}${outcomes(p)}${actionPlan(p)}${appendix(p)}</main>`,
      `<footer><p>${h(p.title)}: ${h(p.subtitle)}. Produced by ${h(produced)}; waivers and review dates judged on ${h(a.today)}.</p></footer>`,
    ].map(htmlNameIsolator(a, h)),
  });
};
