// The forum benchmark as one self-contained HTML file (SPEC "v2: sharing, benchmarking and
// history"), built like the HTML report: no script, no external request (a content security policy
// forbids any), the report's own inline stylesheet that prints on A4, and an inline SVG chart whose
// figures are also in a table and in the SVG's description.
import { HTML_STYLE } from '../report/html-style.js';
import { htmlPage } from '../report/html-page.js';
import { escapeHtml as h } from '../text/html.js';
import type { Distribution } from './stats.js';
import type { BenchmarkResult, Highlight, QuestionBenchmark } from './types.js';
import type { BenchmarkRenderer } from './formats.js';
import { BOX_CHART_STYLE, boxChartSvg, shown, type BoxRow } from './html-box-chart.js';
import { CARE_HEADING, automaticFailWords, failingWords, noSystemsWords, ordinal, ownAnswerWords, ownRatingWords, pluralOf, systemNoteFor, unansweredWords, unrankedOverall, unrankedOverallNote } from './words.js';
import { countNoun } from '../text/plural-noun.js';
import { periodWords } from './assessed-period.js';
import { endWords } from './end-words.js';
import { heldRatingWords, highlightedScale } from './held-rating.js';
import type { Rating } from '../questionnaire/types.js';
import { pushAll } from '../text/spread-free.js';


const STYLE = `${HTML_STYLE}${BOX_CHART_STYLE}
.you-score { font-size: 2.6rem; font-weight: bold; line-height: 1; }
.you-score small { font-size: 1.1rem; font-weight: normal; }
.notice { border: 3px solid #8a4b00; padding: .5rem 1rem; margin: 1rem 0; }
.notice p { margin: 0 0 .3rem; font-weight: bold; }
td.you, th.you { background: #fbf1ea; }
table.questions { table-layout: fixed; }
table.questions th:first-child { width: 55%; }
p.figures { margin: 0 0 .3rem; color: var(--muted); }
p.mine { margin: 0 0 .3rem; }
ul.spread { list-style: none; margin: 0; padding: 0; }
ul.spread li { margin: 0 0 .25rem; overflow-wrap: anywhere; }
ul.spread .bar { display: block; height: .3rem; min-width: 1px; background: #1d4f91; }
ul.spread li.mine { font-weight: bold; }
.mark { color: #a33a00; }
caption p.explain { font-weight: normal; margin: .2rem 0 0; }
/* Forced colours blank a background: each answer's bar, drawn by nothing else, is kept, in the reader's text colour. */
@media (forced-colors: active) { ul.spread .bar { forced-color-adjust: none; background: CanvasText; } }
@media print {
  .you-score { font-size: 24pt; }
  /* A section's caption and column heads never end a page without a question under them. */
  table.questions caption { break-inside: avoid; break-after: avoid; }
  table.questions thead { break-after: avoid; }
  table.questions tbody tr:first-child { break-before: avoid; }
}
`;

const percentile = (p: number | null | undefined): string => (p === null || p === undefined ? '' : `${ordinal(p)} percentile`);
/** "98th percentile, the highest": the percentile, and where no council scores above or below, that too (end-words.ts). */
const placeWords = (mine: Highlight | undefined, stats: Distribution | null): string => {
  const end = endWords(mine, stats);
  return `${percentile(mine?.percentile)}${end === null ? '' : `, ${end}`}`;
};
const middleHalf = (s: Distribution): string => `${shown(s.q1)} to ${shown(s.q3)}`;
const range = (s: Distribution): string => `${shown(s.min)} to ${shown(s.max)}`;

function header(r: BenchmarkResult): string {
  const q = r.questionnaire;
  const fields: [string, string][] = [
    ['Questionnaire', q.title ? `${q.title} (${q.id}), version ${q.version}` : `${q.id}, version ${q.version}`],
    ['Contributions', countNoun(r.contributions, 'council')],
    ['Assessed', periodWords(r.assessed).replace(/^assessed /, '').replace(/^all assessed /, '')],
    ['Smallest group shown', countNoun(r.minGroup, 'council')],
  ];
  if (r.highlighted !== null) fields.push(['Highlighted council', r.highlighted]);
  const rows = fields.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('');
  return `<header><h1>Forum benchmark</h1><p class="subtitle">How ${countNoun(r.contributions, 'council')} compare, from their anonymised extracts</p><dl class="title-block">${rows}</dl></header>`;
}

function contents(): string {
  const links = [['summary', 'Summary'], ['sections', 'Sections'], ['questions', 'Questions']];
  return `<nav class="contents" aria-label="Contents"><ul>${links.map(([to, label]) => `<li><a href="#${to}">${label}</a></li>`).join('')}</ul></nav>`;
}

/** The highlighted council's sections furthest from the forum's median, below or above it. */
function furthest(r: BenchmarkResult, below: boolean): string[] {
  return r.sections
    .flatMap((s) => (s.stats && s.highlight?.score !== null && s.highlight?.score !== undefined ? [{ s, gap: s.highlight.score - s.stats.median }] : []))
    .filter((x) => (below ? x.gap < 0 : x.gap > 0))
    .sort((a, b) => (below ? a.gap - b.gap : b.gap - a.gap))
    .slice(0, 3)
    .map(({ s }) => `${h(s.title)} (${shown(s.highlight?.score as number)}; the forum's median ${shown((s.stats as Distribution).median)})`);
}

function summary(r: BenchmarkResult, ratings: readonly Rating[] | null): string {
  const out = ['<section aria-labelledby="summary"><h2 id="summary">Summary</h2>'];
  const s = r.overall.stats;
  const you = r.overall.highlight;
  if (you && r.highlighted !== null && you.score !== null) {
    const rating = you.rating ? ` <span class="badge">${h(you.rating)}</span>` : '';
    const end = endWords(you, s);
    const place = you.percentile === null ? '' : `, at the ${percentile(you.percentile)} of the forum${end === null ? '' : ` (${end} in the forum)`}`;
    out.push(`<div class="headline"><span class="you-score">${shown(you.score)}<small> out of 100</small></span>${rating}</div>`);
    const unranked = unrankedOverallNote(r);
    out.push(`<p>The highlighted council, ${h(r.highlighted)}, scores ${shown(you.score)} overall${place}.</p>`);
    if (unranked !== null) out.push(`<p>${h(unranked)}</p>`);
    const held = you.automaticFails > 0 ? ownRatingWords(r) : heldRatingWords(r, ratings);
    if (held) out.push(`<p><strong>${h(held)}</strong></p>`);
    const scale = highlightedScale(r, ratings);
    if (scale) out.push(`<p class="explain">${h(scale)}</p>`);
    const low = furthest(r, true);
    const high = furthest(r, false);
    if (low.length) out.push(`<p>Furthest below the forum's median:</p><ul>${low.map((x) => `<li>${x}</li>`).join('')}</ul>`);
    if (high.length) out.push(`<p>Furthest above it:</p><ul>${high.map((x) => `<li>${x}</li>`).join('')}</ul>`);
  }
  if (s) {
    out.push(
      `<p>Across ${countNoun(s.n, 'council')}, ${h(periodWords(r.assessed))}, the median overall score is ${shown(s.median)} out of 100. The middle half of councils score from ${middleHalf(s)}; the lowest score is ${shown(s.min)} and the highest ${shown(s.max)}.</p>`,
    );
  } else out.push(`<p>Fewer than ${countNoun(r.minGroup, 'council')} have an overall score, so none is shown.</p>`);
  const fails = automaticFailWords(r);
  if (fails) out.push(`<p>${h(fails)}</p>`);
  out.push(
    `<p class="explain">Every figure comes from the councils' anonymised extracts: answers, scores and the month assessed, never names or notes. No figure is shown for a group of fewer than ${countNoun(r.minGroup, 'council')}.` +
      (r.highlighted !== null ? ' A percentile is the share of the forum scoring below the highlighted council, with ties counted as half.' : '') +
      '</p>',
  );
  if (r.warnings.length) out.push(`<div class="notice" role="note"><p>${CARE_HEADING}</p><ul>${r.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul></div>`);
  out.push('</section>');
  return out.join('\n');
}

function sections(r: BenchmarkResult): string {
  const you = r.highlighted !== null;
  const rows: BoxRow[] = [
    // An overall of the organisation's sections alone is not drawn against the forum's (see summary).
    { title: 'Overall', stats: r.overall.stats, highlight: unrankedOverall(r) ? null : (r.overall.highlight?.score ?? null) },
    ...r.sections.map((s) => ({ title: s.title, stats: s.stats, highlight: s.highlight?.score ?? null })),
  ];
  const key = [
    '<li><span class="key-box"></span>the middle half of councils</li>',
    '<li><span class="key-median"></span>the median</li>',
    '<li>whiskers: lowest to highest</li>',
    ...(you ? ['<li><span class="key-you"></span>the highlighted council, with its score</li>'] : []),
  ];
  const out = ['<section aria-labelledby="sections"><h2 id="sections">Sections</h2>'];
  out.push(
    `<figure class="spread-chart">${boxChartSvg(rows, r.minGroup, 'spread-chart', you)}<figcaption>How the forum's scores out of 100 spread, overall and by section; the table below gives the same figures.<ul class="legend" aria-label="Key">${key.join('')}</ul></figcaption></figure>`,
  );
  out.push(
    `<table class="keep"><caption>Scores out of 100 by section</caption><thead><tr><th scope="col">Section</th><th scope="col" class="num">Median</th><th scope="col">Middle half</th><th scope="col">Range</th>${you ? '<th scope="col" class="you">Highlighted</th>' : ''}</tr></thead><tbody>`,
  );
  const line = (title: string, n: number, stats: Distribution | null, mine: Highlight | undefined, none = 'not applicable', note: string | null = null): string => {
    // How many councils a row rests on, where that is not all of them (elections, social care).
    const base = n !== r.contributions ? `<br><span class="explain">${n} of ${countNoun(r.contributions, 'council')}</span>` : '';
    const cells = stats ? `<td class="num">${shown(stats.median)}</td><td>${middleHalf(stats)}</td><td>${range(stats)}</td>` : `<td colspan="3">Fewer than ${countNoun(r.minGroup, 'council')}: not shown</td>`;
    const score = mine?.score === null || mine?.score === undefined ? h(none) : `<strong>${shown(mine.score)}</strong>`;
    const below = note !== null ? `<br>${h(note)}` : mine?.percentile === null || mine?.percentile === undefined ? '' : `<br>${percentile(mine.percentile)}`;
    const mineCell = you ? `<td class="you">${score}${below}</td>` : '';
    return `<tr><th scope="row" class="free">${h(title)}${base}</th>${cells}${mineCell}</tr>`;
  };
  const ownOverall = r.overall.highlight;
  const overallPlace = unrankedOverall(r) ? 'not ranked' : ownOverall?.percentile === null || ownOverall?.percentile === undefined ? null : placeWords(ownOverall, r.overall.stats);
  out.push(line('Overall', r.overall.n, r.overall.stats, ownOverall, 'not applicable', overallPlace));
  // A council that lists no systems has no score on a section answered per system: say why.
  const noSystems = r.overall.highlight?.systems === 0 ? `no ${pluralOf(r)}` : 'not applicable';
  for (const s of r.sections) out.push(line(s.title, s.n, s.stats, s.highlight, s.scope === 'system' ? noSystems : 'not applicable'));
  out.push('</tbody></table></section>');
  return out.join('\n');
}

/** The answers given, each with a bar for its share, the highlighted council's own marked. */
function spread(q: QuestionBenchmark): string {
  if (!q.spread) return '';
  const total = q.spread.reduce((n, o) => n + o.count, 0) || 1;
  const mine = new Set(q.highlight?.value?.split(', ') ?? []);
  // Every option shows, even one nobody chose; "don't know" and not applicable only when given.
  const shownEntries = q.spread.filter((o) => o.count > 0 || (o.value !== 'unknown' && o.value !== 'not-applicable'));
  const items = shownEntries.map((o) => {
    const marked = mine.has(o.value);
    return `<li${marked ? ' class="mine"' : ''}>${marked ? '<span class="mark" aria-hidden="true">◆</span> ' : ''}${h(o.label)}: ${o.count}<span class="bar" style="width:${((100 * o.count) / total).toFixed(1)}%"></span></li>`;
  });
  return `<ul class="spread">${items.join('')}</ul>`;
}

function questionRow(r: BenchmarkResult, q: QuestionBenchmark): string {
  const parts: string[] = [];
  const withheld = q.answered < r.minGroup;
  const failing = failingWords(q);
  if (q.answered === 0) {
    const words = unansweredWords(r, q);
    return `<tr><th scope="row">${h(q.text)} <span class="id">(${h(q.id)})</span></th><td><p class="figures">${h(words.charAt(0).toUpperCase() + words.slice(1))}</p></td></tr>`;
  }
  parts.push(`<p class="figures">${countNoun(q.answered, 'council')} answered${withheld ? `: fewer than ${r.minGroup}, so nothing more is shown` : q.stats ? ` · median score ${shown(q.stats.median)}, middle half ${middleHalf(q.stats)}` : ''}${failing ? ` · ${h(failing)}` : ''}</p>`);
  const mine = q.highlight;
  // Its answer (a question answered once per system has none of its own), its score (for a system
  // question, the mean over its systems) and its place, as text and markdown say them.
  const none = noSystemsWords(r, q);
  if (r.highlighted !== null && none) parts.push(`<p class="mine"><span class="mark" aria-hidden="true">◆</span> ${h(r.highlighted)}: ${h(none)}</p>`);
  else if (r.highlighted !== null && mine && (mine.answer !== null || mine.score !== null)) {
    const own = mine.score === null ? null : `score ${shown(mine.score)}${q.scope === 'system' ? ` (mean over its ${pluralOf(r)})` : ''}`;
    // As text and markdown say it: an answer with no score says it is not scored ("Not applicable (not scored)").
    const answer = mine.score === null ? ownAnswerWords(mine) : mine.answer;
    const words = [answer, own, mine.percentile === null ? null : percentile(mine.percentile)].filter((w): w is string => w !== null);
    parts.push(`<p class="mine"><span class="mark" aria-hidden="true">◆</span> ${h(r.highlighted)}: ${h(words.join(' · '))}</p>`);
  }
  if (!withheld) parts.push(spread(q));
  return `<tr><th scope="row">${h(q.text)} <span class="id">(${h(q.id)})</span></th><td>${parts.join('')}</td></tr>`;
}

function questions(r: BenchmarkResult): string {
  const out = ['<section class="new-page" aria-labelledby="questions"><h2 id="questions">Questions</h2>'];
  out.push(
    `<p class="explain">For each question: how many councils answered it (a "don't know" counts as an answer), their median score out of 100 with the middle half of councils (from the lower to the upper quartile), and how the answers spread, each with a bar for its share of them.</p>`,
  );
  // By section, in the questionnaire's order; questions no section names (the questionnaire was not at hand) last.
  const known = new Set(r.sections.map((s) => s.id));
  const groups = [...r.sections.map((s) => ({ title: s.title, qs: r.questions.filter((q) => q.section === s.id) })), { title: 'Other questions', qs: r.questions.filter((q) => q.section === null || !known.has(q.section)) }];
  for (const group of groups.filter((g) => g.qs.length)) {
    // As text and markdown say it: the answers of a system question count every system, not councils.
    const note = group.qs.some((q) => q.scope === 'system') ? `<p class="explain">${h(systemNoteFor(r.questionnaire.systemLabel ?? 'system', pluralOf(r)))}</p>` : '';
    out.push(`<table class="questions"><caption>${h(group.title)}${note}</caption><thead><tr><th scope="col">Question</th><th scope="col">Answers</th></tr></thead><tbody>`);
    pushAll(out, group.qs.map((q) => questionRow(r, q)));
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The benchmark as a standalone HTML document for screens and A4 printing. */
export const renderBenchmarkHtml: BenchmarkRenderer = (r, context) => {
  const title = `Forum benchmark: ${r.questionnaire.title ?? r.questionnaire.id}, ${countNoun(r.contributions, 'council')}`;
  return htmlPage({
    title,
    style: STYLE,
    body: [
      header(r),
      contents(),
      `<main>${summary(r, context.ratings ?? null)}${sections(r)}${questions(r)}</main>`,
      `<footer><p>Forum benchmark of ${countNoun(r.contributions, 'anonymised extract')}, ${h(periodWords(r.assessed))}. No figure is shown for fewer than ${countNoun(r.minGroup, 'council')}.</p></footer>`,
    ],
  });
};
