// "What changed since last time" as one self-contained HTML paper for a committee (SPEC "v2:
// reports"): the assess paper's page shell and stylesheet, no script, no request out, A4 in print.
// Built from the same diff and the same shared words (diff-words.ts) as the markdown, in its order,
// so that the two say the same things with the same figures.
import type { AssessmentDiff } from '../scoring/diff-assessments.js';
import { escapeHtml as h } from '../text/html.js';
import { withFilesShown } from './diff-file-names.js';
import {
  ANSWER_SCORE_NOTE,
  answerOf,
  changedSections,
  changedSystems,
  changeWords,
  delta,
  diffNames,
  diffOrganisation,
  FAIL_LISTS,
  gateFlag,
  judgedWords,
  label,
  LISTS,
  newlyStaleNote,
  newReviewDate,
  noChangeLine,
  producedWords,
  renamedWords,
  RISK_LISTS,
  sideNote,
  STALE_LISTS,
  scopeNamer,
  systemNamer,
  systemsListedLine,
  systemUnansweredWords,
  unansweredLines,
  unchangedLine,
  unchangedSystemsLine,
  versionWords,
  type DiffReporter,
  ratingChangeWords,
  sectionSideWords,
  systemRowWords,
} from './diff-words.js';
import { htmlPage } from './html-page.js';
import { HTML_STYLE } from './html-style.js';
import { htmlNamesIsolator, isolatePlainNamesOf } from './isolate-names.js';
import { questionnaireFrom } from './questionnaire-from.js';

// The overall change is the paper's headline; the rest is the assess paper's stylesheet.
// In print the assess paper starts each part on a page of its own and so sets no space above a
// heading; here the lists run on, and a heading needs the space to stand apart from the table above.
// A figure's change ("19 → 19") is kept on one line.
const DIFF_STYLE = `${HTML_STYLE}p.overall { font-size: 1.3rem; margin: 1rem 0; }\ntd.num { white-space: nowrap; }\n@media print { p.overall { font-size: 13pt; } h2 { margin-top: 1.4rem; } }\n`;

const code = (text: string): string => `<code>${h(text)}</code>`;
const p = (html: string, cls?: string): string => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`;

/** A cell: its HTML, and `free` for council-typed text that may break anywhere, `num` for a figure, `date` for one never broken at its hyphens ("2026-10-" above "31"). */
type Cell = [html: string, kind?: 'free' | 'num' | 'date'];

/**
 * A table of rows each headed by council-typed text (a question, a system's name), which may break
 * anywhere; the column headings are our words, escaped here, `true` beside a column of figures. A
 * `register` is laid out on a phone as the assess paper's waivers are (html-style.ts), each row a
 * block and each cell under its column's name: five columns broke "Organisation" mid-word at 360 pixels.
 */
function table(columns: [string, boolean?][], rows: [string, ...Cell[]][], options: { caption?: string; register?: boolean; labelledBy?: string } = {}): string {
  const head = columns.map(([text, num]) => `<th scope="col"${num ? ' class="num"' : ''}>${h(text)}</th>`).join('');
  const body = rows.map(([first, ...cells]) => {
    const tds = cells.map(([html, kind], i) => `<td${kind ? ` class="${kind}"` : ''}${options.register ? ` data-label="${h(columns[i + 1]?.[0] ?? '')}"` : ''}>${html}</td>`);
    return `<tr><th scope="row" class="free">${first}</th>${tds.join('')}</tr>`;
  });
  // Named by its caption, or by the heading straight above it (a screen reader's list of tables names each).
  return `<table${options.register ? ' class="register"' : ''}${options.labelledBy ? ` aria-labelledby="${options.labelledBy}"` : ''}>${options.caption ? `<caption>${h(options.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** A list's heading, with an id (the list's own key) by which its table is named. */
const heading = (id: string, text: string): string => `<h2 id="${id}">${h(text)}</h2>`;

/** A question as a table names it: its words and its id, as the markdown's "text (`id`)". */
const question = (q: { text: string; question: string }): string => `${h(q.text)} (${code(q.question)})`;

function systemsPart(d: AssessmentDiff): string[] {
  const name = systemNamer(d);
  const moved = changedSystems(d);
  const out = [`<h2 id="systems">${h(label(d, true))}</h2>`];
  if (moved.length) {
    const rows = moved.map((x): [string, ...Cell[]] => {
      const { before, after, change, gaps } = systemRowWords(x);
      const renamed = renamedWords(x);
      return [h(renamed === null ? name(x) : `${name(x)} (${renamed})`), [h(before)], [h(after)], [h(change), 'num'], [h(gaps), 'num']];
    });
    out.push(table([[label(d)], ['Before'], ['After'], ['Change', true], ['Gaps', true]], rows, { labelledBy: 'systems' }));
    // Each system's own unanswered questions, beside the figures they hold down, as the markdown gives them.
    const unanswered = moved.flatMap((x) => {
      const words = systemUnansweredWords(x);
      return words.length ? [`<li>${h(`${name(x)}: ${words.join('; ')}`)}</li>`] : [];
    });
    if (unanswered.length) out.push(`<ul>${unanswered.join('')}</ul>`);
  }
  const same = unchangedSystemsLine(d);
  if (same) out.push(p(h(same)));
  return out;
}

/** The lists of answers, risks and review dates, each under its heading with its count, as the markdown has them. */
function listsPart(d: AssessmentDiff): string[] {
  const out: string[] = [];
  const scoped = d.systemLabel !== null;
  const scopeOf = scopeNamer(d);
  const whose = (r: { system: string | null; systemTitle: string | null }): Cell[] => (scoped ? [[h(scopeOf(r)), 'free']] : []);
  const scopeColumn: [string][] = scoped ? [[label(d)]] : [];
  const firstList = LISTS.find(([key]) => d[key].length)?.[0];
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(heading(key, `${title} (${list.length})`));
    if (key === firstList) out.push(p(h(ANSWER_SCORE_NOTE), 'explain'));
    const rows = list.map((q): [string, ...Cell[]] => [question(q), ...whose(q), [h(q.severity)], [h(answerOf(q.old, q.oldAbsent)), 'free'], [h(answerOf(q.new, q.newAbsent)), 'free']]);
    out.push(table([['Question'], ...scopeColumn, ['Severity'], ['Before'], ['After']], rows, { register: true, labelledBy: key }));
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push(p(h(noChangeLine(d))));
  for (const [key, title] of RISK_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const lapsed = key === 'noLongerAccepted';
    const rows = list.map((r): [string, ...Cell[]] => {
      const waiver: Cell[] = lapsed ? [r.lapsed === 'expired' ? [`Expired on ${h(r.waiver.expires)}`, 'date'] : ['Taken out of the file']] : [[h(r.waiver.approvedBy ?? 'not recorded'), 'free'], [h(r.waiver.expires), 'date']];
      return [question(r), ...whose(r), [h(r.severity)], ...waiver];
    });
    const columns: [string][] = lapsed ? [['Its waiver']] : [['Approved by'], ['Until']];
    out.push(heading(key, `${title} (${list.length})`), table([['Question'], ...scopeColumn, ['Severity'], ...columns], rows, { register: true, labelledBy: key }));
  }
  for (const [key, title] of STALE_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    // A newly stale answer's date once, with when it fell due above (diff-words newlyStaleNote).
    const newly = key === 'newlyStale';
    out.push(heading(key, `${title} (${list.length})`));
    if (newly) out.push(p(h(newlyStaleNote(d)), 'explain'));
    const rows = list.map((r): [string, ...Cell[]] => [question(r), ...whose(r), ...(newly ? [[h(newReviewDate(r)), 'date'] as Cell] : [[h(r.oldReviewBy ?? 'none'), 'date'] as Cell, [h(r.newReviewBy ?? 'none'), 'date'] as Cell])]);
    const columns: [string][] = newly ? [['Review by']] : [['Review by before'], ['Review by now']];
    out.push(table([['Question'], ...scopeColumn, ...columns], rows, { register: true, labelledBy: key }));
  }
  return out;
}

/** The paper's heading: what was compared, and on which days. */
function headerPart(d: AssessmentDiff): string[] {
  const organisation = diffOrganisation(d);
  const from = `from ${code(d.old.file)} (${h(sideNote(d, 'old'))}) to ${code(d.new.file)} (${h(sideNote(d, 'new'))})`;
  const judged = h(`${judgedWords(d).charAt(0).toUpperCase()}${judgedWords(d).slice(1)}.`);
  const out =
    organisation === null
      ? [`<header><h1>${h(`What changed: ${d.questionnaire.title}`)}</h1>`, p(`From ${from.slice('from '.length)}. ${judged}`)]
      : [`<header><h1>${h(`${organisation}: what changed`)}</h1>`, p(`${h(d.questionnaire.title)} (${code(d.questionnaire.id)} ${h(d.questionnaire.version)}), ${from}. ${judged}`)];
  const source = questionnaireFrom(d.questionnaire);
  if (source !== null) out.push(p(`Questionnaire read from ${code(source)}.`));
  const versions = versionWords(d, code, h);
  if (versions) out.push(p(versions));
  out.push('</header>');
  return out;
}

/** The overall change, and what holds it: systems listed, unanswered questions, automatic fails, gates. */
function summaryPart(d: AssessmentDiff): string[] {
  const out: string[] = [];
  out.push(p(`<strong>Overall: ${h(delta(d.overall))}</strong>, ${h(ratingChangeWords(d))}.`, 'overall'));
  const listed = systemsListedLine(d);
  if (listed) out.push(p(h(listed)));
  const unanswered = unansweredLines(d, code, h);
  if (unanswered.length) out.push(p(unanswered.join(' ')));
  // Automatic fails before anything else, as the markdown has them; a new one boxed as the assess paper boxes its cap.
  const namer = systemNamer(d);
  for (const [key, one, many, why] of FAIL_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const items = list.map((f) => `<li>${question(f)}${f.system === null ? '' : `, ${h(namer({ id: f.system, title: f.systemTitle }))}`}: ${h(f.answer)}</li>`);
    const block = `<p><strong>${h(list.length === 1 ? one : many)}</strong>${why ? `, ${h(why)}` : ''}:</p><ul>${items.join('')}</ul>`;
    out.push(key === 'newAutomaticFails' ? `<div class="cap">${block}</div>` : block);
  }
  for (const g of d.gates) out.push(p(`<strong>Gate ${code(gateFlag(g))}: ${g.passed ? 'passed' : 'failed'}</strong> (${h(g.summary)}).`));
  return out;
}

function sectionsPart(d: AssessmentDiff): string[] {
  const out: string[] = [];
  const changed = changedSections(d);
  if (changed.length) {
    // A rating is given beside the score where it changed, as in the markdown.
    const rows = changed.map((sec): [string, ...Cell[]] => [h(sec.title), [h(sectionSideWords(sec.old, sec.oldRating, sec))], [h(sectionSideWords(sec.new, sec.newRating, sec))], [h(changeWords(sec)), 'num']]);
    out.push(table([['Section'], ['Before'], ['After'], ['Change', true]], rows, { caption: 'Sections' }));
  }
  const same = unchangedLine(d);
  if (same) out.push(p(h(same)));
  return out;
}

/** The diff as a standalone HTML paper for screens and A4 printing. */
export const renderDiffHtml: DiffReporter = (given, context) => {
  const d = withFilesShown(given, context.paths?.cwd);
  const organisation = diffOrganisation(d);
  const names = diffNames(d);
  return htmlPage({
    title: organisation === null ? `What changed: ${d.questionnaire.title}` : `${organisation}: what changed`,
    isolateTitle: (title) => isolatePlainNamesOf(names, title, h),
    style: DIFF_STYLE,
    generator: `${d.tool.name} ${d.tool.version}`,
    body: [...headerPart(d), '<main>', ...summaryPart(d), ...sectionsPart(d), ...(d.systems.length ? systemsPart(d) : []), ...listsPart(d), '</main>', `<footer><p>${h(producedWords(d))}</p></footer>`].map(htmlNamesIsolator(names, h)),
  });
};
