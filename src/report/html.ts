// The board paper as one self-contained HTML file (SPEC "v2: reports"): no script, no external
// request (a content security policy forbids any), an inline stylesheet that prints on A4, and an
// inline SVG chart whose figures are also in a table. Built from the same board-paper model as the
// markdown and Word reports, so the three say the same things in the same order.
import { escapeHtml as h } from '../text/html.js';
import { capitalise, thresholdsHeading } from './board-paper-words.js';
import { htmlPage } from './html-page.js';
import { id, passBadge } from './html-marks.js';
import { appendix } from './html-appendix.js';
import { htmlNameIsolator, isolatePlainNames } from './isolate-names.js';
import { appendixIsEmpty, belowProfileSentence, buildBoardPaper, NO_SHORTFALL, plural, SEVERITY_WORD, showsBelowProfile, type ActionEntry, type ActionItem, type BoardPaper, type Risk } from './board-paper.js';
import { bandRanges, NO_RATING_SHADE, RATING_SHADE, sectionChartSvg, type RatingBand } from './html-chart.js';
import { HTML_STYLE } from './html-style.js';
import { systemsMatrixHtml, systemsSummaryHtml } from './html-systems.js';
import type { Reporter } from './types.js';
import { pushAll } from '../text/spread-free.js';
import { numberRuns } from '../text/number-runs.js';

const badge = (text: string, colour: string | null | undefined): string =>
  `<span class="badge" style="background:${(colour && RATING_SHADE[colour]) || NO_RATING_SHADE}">${h(text)}</span>`;
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
  return `<li><strong>${h(r.text)}</strong> <span class="risk-meta">(${r.actions}; ${meta})</span><br>${h(r.answer)}${r.inFull ? ` ${h(r.inFull)}` : ''}${r.waived ? `<br>${h(r.waived)}` : ''}${r.remediation ? `<br><span class="lines">What to do: ${h(r.remediation)}</span>` : ''}</li>`;
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
    for (const g of s.gates) out.push(`<tr><th scope="row" class="free">${h(capitalise(g.title))}</th><td>${passBadge(g.passed)}</td><td class="free">${h(g.summary)}</td></tr>`);
    out.push('</tbody></table>');
  }
  // The decisions first, as a committee report's recommendations, then the risks they refer to.
  if (p.asks.length) out.push(`<div class="asks-block"><h3>What is asked of the reader</h3><ol class="asks">${p.asks.map((a) => `<li>${h(a.text)}${a.items.length ? `<ul>${a.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>` : ''}</li>`).join('\n')}</ol></div>`);
  if (p.risks.length) {
    out.push(`<h3>${p.risks.length === 1 ? 'The biggest risk' : `The ${plural(p.risks.length, 'risk').replace(' ', ' biggest ')}`}</h3>${p.risksOrder ? `\n<p class="keep-next">${h(p.risksOrder)}</p>` : ''}${p.risksLeftOut ? `\n<p class="keep-next">${h(p.risksLeftOut)}</p>` : ''}<ol class="risks">${p.risks.map(riskLine).join('\n')}</ol>`);
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
    out.push(`<tr><th scope="row" class="free">${h(s.title)}${s.perSystem ? ' (mean)' : ''}</th><td class="num">${h(s.shownScore)}</td><td>${s.applicable ? (s.rating ? h(s.rating.label) : 'Not rated') : 'Not applicable'}</td><td class="num">${s.gaps}</td><td class="num">${s.weight}</td></tr>`);
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
      out.push(`<tr><th scope="row">${row.label ? `<strong>${h(row.label)}</strong> ` : ''}${h(row.text)}</th><td>${h(capitalise(row.status))}</td>${below ? `<td>${short}</td>` : ''}</tr>`);
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
function sharedAction(entry: ActionEntry, label: string, many: string): string {
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
    `<p class="risk-meta">${h(severityPhrase(entry))} · open on ${h(plural(entry.items.length, label, many))}</p>` +
    `${entry.remediation ? factList([['What to do', h(entry.remediation)]]) : ''}<ul class="places">${places.join('')}</ul>${factList(facts)}</article>`
  );
}

function systemIndex(p: BoardPaper): string {
  if (!p.systems || !p.actionsBySystem.length) return '';
  const rows = p.actionsBySystem.map((s) => `<tr><th scope="row" class="free">${h(s.title)}</th><td class="free">${s.owner ? h(s.owner) : 'Not named'}</td><td>${h(numberRuns(s.ranks).join(', '))}</td></tr>`);
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
    const many = p.systems?.plural ?? 'systems';
    for (const group of p.actionPlan) {
      const [first, ...rest] = group.entries.map((e) => (e.items.length === 1 ? action(e.items[0] as ActionItem) : sharedAction(e, label, many)));
      // The section's heading is held with its first action: printed, it was left at the foot of a page.
      // A question open on several systems may run past a page, so it is held only with that one's heading.
      const runs = (group.entries[0]?.items.length ?? 1) > 1 ? ' runs' : '';
      out.push([`<div class="keep${runs}"><h3>${h(group.title)}</h3>\n${first ?? ''}</div>`, ...rest].join('\n'));
    }
  }
  out.push('</section>');
  return out.join('\n');
}

/** The board paper as a standalone HTML document for screens and A4 printing. */
export const renderHtml: Reporter = (a, ctx) => {
  const p = buildBoardPaper(a, ctx.catalog);
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
