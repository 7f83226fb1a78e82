// The HTML report's one stylesheet, inline so the file stands alone. Screen first, then A4 print:
// the summary on the first page, each major part starting a new page, nothing split mid-item.
// Colours meet WCAG 2.2 AA contrast on white (text 4.5:1, bars and borders 3:1).
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #8a8a8a; --soft: #f2f2f2; --accent: #1d4f91; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.5; color: var(--ink); background: #fff; }
body { margin: 0; }
/* A word longer than the line (a Welsh place name, a document's file name) breaks rather than widen the page. */
.page { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .4rem; }
p { margin: .5rem 0; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
dl.title-block { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
dl.title-block dt { color: var(--muted); }
dl.title-block dd { margin: 0; overflow-wrap: anywhere; }
nav.contents { font-size: .9rem; margin: 1rem 0; }
nav.contents ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.cap { border: 3px solid #a51d1d; padding: .75rem 1rem; margin: 1rem 0; }
.cap p { margin: 0 0 .4rem; font-weight: bold; }
.cap ul { margin: 0; }
.headline { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1rem; margin: .5rem 0 1rem; }
.score { font-size: 2.6rem; font-weight: bold; line-height: 1; }
.score small { font-size: 1.1rem; font-weight: normal; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: .25rem; color: #fff; background: #545454; font-weight: bold; font-size: .9rem; white-space: nowrap; }
.headline .badge { font-size: 1.1rem; padding: .2rem .7rem; }
.badge.passed { background: #1d6b36; }
.badge.failed { background: #a51d1d; }
.badge.accepted { background: #1d4f91; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
/* A caption is as wide as its table: a long name in it breaks rather than widen the table. */
caption { text-align: left; font-weight: bold; padding: 0 0 .3rem; overflow-wrap: anywhere; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem .35rem 0; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
td ul { margin: 0; padding-left: 1.1rem; }
/* A council's own words in a table sized by its content (a system's name, an owner's email address,
   a web address, a reason) may hold a run with no space longer than the page is wide: it widened the
   table past the page, and a browser printing it shrank the whole paper to fit. Such a cell (.free)
   breaks a run anywhere, and its column keeps a width in which an ordinary word still fits whole;
   the tool's own words in other cells ("Partially", "Achieved") are never broken. */
.free { overflow-wrap: anywhere; }
th.free, td.free { min-width: min(8em, 15vw); }
/* The reader's own line breaks (steps of a remediation, lines of a reason) stay, as in the action plan. */
.lines { white-space: pre-line; }
tbody th { font-weight: normal; }
table.outcomes { table-layout: fixed; }
table.outcomes th:nth-child(1) { width: 58%; }
table.outcomes th:nth-child(2) { width: 22%; }
table.matrix tbody th.group { font-weight: bold; background: var(--soft); padding-left: .3rem; }
/* Columns share the width and long words break, so a matrix of several systems still fits a phone. */
table.matrix { table-layout: fixed; }
table.matrix th, table.matrix td { overflow-wrap: anywhere; -webkit-hyphens: auto; hyphens: auto; }
td.num, th.num { text-align: right; padding-right: .75rem; font-variant-numeric: tabular-nums; }
ol.risks > li, ol.asks > li { margin: 0 0 .6rem; }
/* The asks run on over a page break where they must, each ask whole with what it names (li, in print):
   kept whole as a block, once they named what they are about, they moved to page two, leaving page one
   with the score alone. */
.risk-meta { color: var(--muted); font-size: .92rem; }
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: var(--muted); }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart .grid { stroke: #c4c4c4; stroke-width: 1; fill: none; }
svg.chart .tick { font-size: 11px; fill: var(--muted); }
svg.chart .threshold { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; fill: none; }
svg.chart .label, svg.chart .value { font-size: 12.5px; fill: var(--ink); }
svg.chart .value { font-weight: bold; }
svg.chart .rating { fill: var(--muted); }
ul.legend { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; font-size: .9rem; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .35em; vertical-align: -.1em; border: 1px solid var(--ink); }
.explain { color: var(--muted); }
article.action { border-left: 4px solid var(--rule); padding: .5rem 0 .5rem .9rem; margin: 0 0 1rem; }
article.action p.risk-meta { margin: 0 0 .2rem; }
article.action.critical { border-left-color: #a51d1d; }
article.action.high { border-left-color: #a33a00; }
article.action.medium { border-left-color: #6b5900; }
article.action.low { border-left-color: #1d4f91; }
.rank { display: inline-block; min-width: 1.8rem; margin-right: .35rem; padding: 0 .3rem; border: 1px solid var(--ink); border-radius: .25rem; text-align: center; font-variant-numeric: tabular-nums; }
ul.places { list-style: none; padding: 0; margin: .3rem 0 .4rem; font-size: .92rem; }
/* A system's line that wraps ("owner: Waste and Fleet Services Manager") continues under its name,
   not under its action number, as its facts below do. */
ul.places > li { margin: 0 0 .3rem; padding-left: 2.4rem; text-indent: -2.4rem; }
ul.places dl.facts, ul.places .rank, ul.places .badge { text-indent: 0; }
ul.places dl.facts { margin: .1rem 0 0; grid-template-columns: 6.5rem 1fr; }
.where { color: var(--muted); }
table.index td:last-child { overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: 9.5rem 1fr; gap: .2rem .75rem; margin: .3rem 0 0; font-size: .92rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
dl.facts ul { margin: 0; padding-left: 1.1rem; white-space: normal; }
article.judged { margin: 0 0 1rem; }
/* Five columns of words on A4: a little smaller, in fixed shares, so that "Achieved" stays whole. */
table.backing { font-size: .88rem; table-layout: fixed; }
table.backing col.question { width: 22%; }
table.backing col.answer { width: 14%; }
table.backing col.evidence { width: 25%; }
table.backing col.owner { width: 18%; }
table.backing col.note { width: 21%; }
td.date { white-space: nowrap; }
/* The system a table of answers is about, repeated with the header on each printed page it runs onto.
   On a screen the heading above says it, so the row is for print only, where it stands for that heading. */
table.backing tr.whose th { font-weight: bold; background: var(--soft); border-bottom: 1px solid var(--rule); padding-left: .3rem; }
@media screen { table.backing tr.whose { display: none; } }
/* What the tool says of a waiver, apart from the approver's reason. */
p.tool-note { margin: .3rem 0 0; }
code, .id { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .5rem; font-size: .85rem; color: var(--muted); }
/* WCAG 1.4.10: at 320 CSS pixels (400% zoom) nothing may need sideways scrolling. */
@media (max-width: 30rem) {
  .page { padding: 1rem .5rem 2rem; }
  table { font-size: .8rem; }
  th, td { padding-right: .3rem; overflow-wrap: anywhere; hyphens: auto; }
  /* Since any word may break, a table shared its width by the length of each column's text: a column
     of short words ("Needs at least", "Achieved") got two letters a line, "Achi eve d", beside a
     column of questions. Each column is now at least wide enough for such a word on a phone (less at
     320 pixels, where the page still does not widen); a figure's column sizes to its figures. */
  th:not(.num), td:not(.num) { min-width: min(4.6rem, 18vw); }
  /* Five columns of words do not fit a phone: "management" broke a letter or two a line. Each row of
     the waivers in force and of what stands behind the answers is a block there, the question first
     and each cell under it with its column's name (our own words, from the cell's data-label), which
     a screen reader reads there in place of the header row. */
  table.register, table.backing, table.register tbody, table.backing tbody, table.register tr, table.backing tr { display: block; }
  table.register thead, table.backing thead { display: none; }
  table.register tr, table.backing tr { border-bottom: 1px solid var(--rule); padding: .35rem 0; }
  table.register th, table.backing th, table.register td, table.backing td { display: block; border: 0; padding: .1rem 0; min-width: 0; overflow-wrap: break-word; hyphens: manual; }
  table.register td::before, table.backing td::before { content: attr(data-label) ": "; color: var(--muted); }
  td.date { white-space: normal; }
  /* Four systems a table: the outcome column is wider and the type a little smaller, so that at 390
     pixels no outcome title ("implementation") or status breaks inside a word; browsers without an
     English hyphenation dictionary (Chromium on Linux) break such words with no hyphen at all. */
  table.matrix { font-size: .75rem; }
  table.matrix thead th:first-child { width: 32%; }
  table.matrix th, table.matrix td { padding-right: .2rem; }
  /* A figure or a one-word column heading never breaks: "100" read as "10" above "0". */
  td.num, th.num { padding-right: .3rem; overflow-wrap: normal; hyphens: manual; }
  dl.title-block, dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .3rem; }
  ul.places > li { padding-left: 0; text-indent: 0; }
  ul.places dl.facts { grid-template-columns: 1fr; }
  /* The section chart scaled to a phone's width drew its labels at 6 to 8 pixels, too small to
     read; the table above it has the same figures, so on a phone the chart gives way to it. */
  figure.section-chart { display: none; }
}
/* Forced colours (Windows high contrast) put the reader's own colours in place of the page's, often
   light text on black, but leave an SVG's fills and strokes as they are and blank a mark drawn only by
   its background: the chart's section titles, ticks and dashed rating lines, in near-black, vanished on
   a black ground, and the legend's swatches were left empty. The chart's words and lines are drawn in
   the reader's colours; each bar keeps its rating's colour, outlined in theirs, and so does its swatch.
   A badge, drawn by its background, keeps an outline. */
@media (forced-colors: active) {
  svg.chart .label, svg.chart .value, svg.chart .tick, svg.chart .rating { fill: CanvasText; }
  svg.chart .grid { stroke: GrayText; }
  svg.chart .threshold { stroke: CanvasText; }
  svg.chart .ground { fill: Canvas; }
  svg.chart .bar { stroke: CanvasText; stroke-width: 1; }
  .swatch { forced-color-adjust: none; border-color: CanvasText; }
  .badge { border: 1px solid CanvasText; }
}
/* Page numbers, so a committee can say "page 4"; no text from the answers goes into the stylesheet.
   A margin box of our own at the top as well (empty) keeps the browser from printing its header
   there when "Headers and footers" is on: the day's date, US style, and the page title, which made
   each print of one assessment differ. */
@page { size: A4; margin: 16mm 15mm 18mm; @top-left { content: ""; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans", Arial, sans-serif; color: #4a4a4a; } }
@media print {
  html { font-size: 10pt; line-height: 1.4; }
  dl.title-block { font-size: 8.5pt; grid-template-columns: max-content 1fr max-content 1fr; }
  h2 { font-size: 15pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  nav.contents { display: none; }
  /* The summary is the first page; the action plan and the appendix each start a page of their own. */
  .new-page { break-before: page; }
  .score { font-size: 30pt; }
  dl.facts { grid-template-columns: 6.5rem 1fr; }
  article.action { margin-bottom: .7rem; padding: .3rem 0 .3rem .7rem; }
  h2, h3, h4 { break-after: avoid; }
  /* A paragraph saying what the figures below are stays with them: "Scores by framework" and its
     note were left at the foot of a page, their tables on the next. */
  p.explain, p.keep-next { break-after: avoid; }
  h2 { margin-top: 0; }
  /* A heading stays with its table, and a table short enough to fit on a page is not split. */
  article.action, figure, tr, li, .cap, dl.title-block, .keep { break-inside: avoid; }
  /* A heading held with what follows it (a wrapper .keep) was still left at the foot of a page
     when its top margin met the break: chromium then broke inside the wrapper. The space above such
     a heading is drawn inside it instead, and the wrapper keeps its own margins. */
  div.keep { display: flow-root; }
  div.keep > h3:first-child { margin-top: 0; }
  div.keep > h3:first-child::before { content: ""; display: block; height: 1.2rem; }
  /* A question open on several systems can run past a page: it breaks between its parts, never
     inside one, and its heading stays with what follows. */
  article.action.shared { break-inside: auto; }
  article.action.shared h4, article.action.shared .risk-meta { break-after: avoid; }
  /* Nor is a section's heading held with such a question as a whole (.keep.runs), only with its
     heading, nor an indicator with a comment from each system (li.runs) kept whole: kept whole, they
     left most of a page blank. In print a list of facts has two columns, each label beside its text,
     so nothing in it is kept with the next: a "keep with next" on its labels made every list one
     block, and chromium split a question's heading across two pages instead. */
  div.keep.runs, li.runs { break-inside: auto; }
  h2, h3, h4 { break-inside: avoid; }
  /* A matrix group (a CAF principle) stays with its heading row rather than leaving it at a page foot. */
  table.matrix tbody { break-inside: avoid; }
  /* A long table's headings and header row were left at the foot of a page, its rows on the next:
     chromium keeps a table's first row with its header only when told to on the row itself. */
  table.backing tbody tr:first-child, table.register tbody tr:first-child { break-before: avoid; }
  thead { display: table-header-group; }
  /* The system's name is the first row of its table's head, repeated on each page: the heading above would say it twice. */
  h4.whose { display: none; }
  /* A caption and header row never end a page without a row under them. */
  caption, thead { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
