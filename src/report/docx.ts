// The Word report: the board paper (board-paper.ts) as a document a council can put in front of a
// committee. Same content and order as the markdown and HTML papers; A4, Arial, headings that Word's
// navigation pane and screen readers use, tables whose header row repeats on every page.
import { AlignmentType, LevelFormat, Paragraph, type Document } from 'docx';
import type { Catalog } from '../frameworks/catalog.js';
import type { Assessment } from '../scoring/assessment.js';
import { belowProfileSentence, buildBoardPaper, NO_SHORTFALL, showsBelowProfile, type ActionEntry, type ActionItem, type BoardPaper, plural } from './board-paper.js';
import { bullet, field, fields, heading, lineRuns, numbered, para, run, table, wordText } from './docx-blocks.js';
import type { BinaryReporter } from './types.js';
import { systemsMatrixDocx, systemsSummaryDocx } from './docx-systems.js';
import { paperDocument, packPaper, type Block } from './docx-document.js';
import { isolatePlainNames, rightToLeftNames } from './isolate-names.js';
import { capitalise } from './board-paper-words.js';
import { fileNames } from './docx-quotes.js';
import { curlyQuotes } from '../text/curly-quotes.js';
import { appendix } from './docx-appendix.js';
import { pushAll } from '../text/spread-free.js';
import { numberRuns } from '../text/number-runs.js';
import { labelled } from './outcome-view.js';

const yesNo = (passed: boolean): string => (passed ? 'Met' : 'Not met');

function titlePage(p: BoardPaper): Block[] {
  const out: Block[] = [new Paragraph({ heading: 'Title', children: [run(p.title)] }), new Paragraph({ style: 'Subtitle', children: [run(p.subtitle)] })];
  for (const f of p.titleBlock) out.push(field(f.label, f.value));
  return out;
}

function summary(p: BoardPaper): Block[] {
  const s = p.summary;
  const out: Block[] = [heading('Summary', 1)];
  if (s.cap) {
    out.push(para(s.cap, { bold: true }));
    for (const q of s.capQuestions) out.push(bullet(`${q.systemTitle ? `${q.systemTitle}: ` : ''}${q.text} (${q.question}): ${q.detail}`));
  }
  const rating = s.rating ? `, rated ${s.rating.label}${s.heldDown ? ' (held down by automatic fails)' : ''}` : '';
  out.push(para(s.noScore !== null ? s.noScore : `Overall score: ${s.shownScore} out of 100${rating}.`, { bold: true }));
  if (s.scale) out.push(para(s.scale));
  if (s.held) out.push(para(s.held));
  if (s.weakest) out.push(para(s.weakest, { bold: true }));
  for (const text of s.paragraphs) out.push(para(text));
  if (s.gatesPassed !== null) {
    out.push(heading(`Agreed thresholds: ${s.gatesPassed ? 'all met' : 'not all met'}`, 2));
    for (const g of s.gates) out.push(bullet(`${yesNo(g.passed)}: ${g.title} (${g.summary}).`));
  }
  // The decisions first, as a committee report's recommendations, then the risks they refer to.
  out.push(heading('What the committee is asked to do', 2));
  for (const ask of p.asks) {
    out.push(numbered('asks', [run(ask.text)]));
    for (const item of ask.items) out.push(numbered('asks', [run(item)], 1));
  }
  // No heading over no risks: the summary has said there are none, as the markdown and HTML papers say it.
  if (p.risks.length) out.push(heading(p.risks.length === 1 ? 'The biggest risk' : `The ${plural(p.risks.length, 'risk').replace(' ', ' biggest ')}`, 2));
  if (p.risksOrder) out.push(para(p.risksOrder, { keepNext: true }));
  if (p.risksLeftOut) out.push(para(p.risksLeftOut, { keepNext: true }));
  for (const r of p.risks) {
    // What the answer is now (each system's where they differ) and what to do, as the markdown paper says them.
    const todo = r.remediation ? lineRuns(`What to do: ${r.remediation}`) : [];
    out.push(numbered('risks', [run(r.text, { bold: true }), run(` — ${r.severityText}; ${r.where ? `${r.sectionTitle}: ${r.where}` : r.sectionTitle}; owner: ${r.owner ?? 'not named'}${r.due ? `, ${r.due}` : ''}. ${capitalise(r.actions)} in the plan. ${r.answer}${r.inFull ? ` ${r.inFull}` : ''}${r.waived ? ` ${r.waived}` : ''}`), ...todo]));
  }
  if (p.systems) pushAll(out, systemsSummaryDocx(p.systems));
  return out;
}

function sections(p: BoardPaper): Block[] {
  const out: Block[] = [heading('Sections', 1, { pageBreakBefore: true })];
  out.push(para(p.sectionsExplained, { keepNext: true }));
  if (p.systems) out.push(para(p.systems.meansNote, { keepNext: true }));
  out.push(
    table(
      'Scores by section',
      [
        { title: 'Section', share: 4.4 },
        { title: 'Score', share: 1.6, numeric: true },
        { title: 'Rating', share: 3 },
        { title: 'Gaps', share: 1, numeric: true },
        { title: 'Weight', share: 1.2, numeric: true },
      ],
      p.sections.map((s) => [s.perSystem ? `${s.title} (mean)` : s.title, s.shownScore, s.applicable ? (s.rating?.label ?? 'Not rated') : 'Not applicable', String(s.gaps), String(s.weight)]),
    ),
  );
  if (p.heldSections) out.push(para(p.heldSections));
  if (p.systems) pushAll(out, systemsMatrixDocx(p.systems));
  if (p.heldSystems) out.push(para(p.heldSystems));
  if (p.outcomes.length) {
    // A part of its own (Heading 1), as in the markdown's and HTML's outlines, not a sub-part of the sections.
    out.push(heading('Outcomes', 1));
    // The same words and columns as the markdown and HTML papers, and no empty cell (board-paper.ts).
    out.push(para('Each outcome’s status follows from its indicators of good practice; a confirmed status is the assessor’s.', { keepNext: true }));
    const profiles = belowProfileSentence(p, (id) => id, (title) => title);
    if (profiles) out.push(para(profiles, { keepNext: true }));
    const below = showsBelowProfile(p);
    for (const group of p.outcomes) {
      out.push(heading(group.title, 2));
      out.push(
        table(
          group.title,
          [{ title: 'Outcome', share: 5 }, { title: 'Status', share: 3 }, ...(below ? [{ title: 'Below profile', share: 3 }] : [])],
          group.rows.map((r) => [labelled(r.label, r.text), capitalise(r.status), ...(below ? [r.belowProfiles.map((b) => `${b.profile} needs ${b.needs}`).join('\n') || NO_SHORTFALL] : [])]),
        ),
      );
    }
  }
  return out;
}

/** The facts of one gap that differ from one system to another, as "Label: value" pairs. */
function ownFacts(item: ActionItem): [string, string][] {
  const facts: [string, string][] = [];
  if (item.note) facts.push(['Note', item.note]);
  if (item.evidence.length) facts.push(['Evidence', item.evidence.join('; ')]);
  if (item.reviewBy) facts.push(['Review by', `${item.reviewBy}${item.stale ? ' (overdue)' : ''}`]);
  if (item.waiver) facts.push(['Waiver', item.waiver.text]);
  return facts;
}

// Every paragraph of a short action but the last keeps with the next, so it is not split across two
// pages (the HTML paper keeps each whole the same way).
function action(item: ActionItem, column: string): Block[] {
  const parts: ((keepNext: boolean) => Paragraph)[] = [];
  const fact = (label: string, value: string): void => void parts.push((keepNext) => field(label, value, { indent: true, keepNext }));
  parts.push((keepNext) => fields([['Severity', item.severityText], ['Owner', item.owner ?? 'not named'], ['Question', item.question]], { indent: true, keepNext }));
  if (item.systemTitle) fact(column, item.systemTitle);
  fact('Answer', item.answer);
  if (item.remediation) fact('What to do', item.remediation);
  if (item.missing.length) {
    fact('Indicators still to meet', '');
    for (const line of item.missing) parts.push((keepNext) => bullet(line, 0, { keepNext }));
  }
  for (const [label, value] of ownFacts(item)) fact(label, value);
  if (item.references.length) fact('References', item.references.join('; '));
  // A long one (a list of indicators) may break, after its first lines: moved whole, it left half a page empty.
  const kept = parts.length <= 8 ? parts.length - 1 : 3;
  return [heading(`${item.rank}. ${item.text}`, 3), ...parts.map((make, i) => make(i < kept))];
}

/** A question open on several critical systems: its words once, each system's gap, then each indicator once. */
function sharedAction(entry: ActionEntry, label: string, many: string): Block[] {
  const keep = { indent: true, keepNext: true };
  const out: Block[] = [heading(`${capitalise(entry.actions)}. ${entry.text}`, 3)];
  out.push(fields([['Severity', entry.severityText], ['Question', entry.question]], keep));
  if (entry.remediation) out.push(field('What to do', entry.remediation, keep));
  out.push(field(`Open on ${plural(entry.items.length, label, many)}`, '', keep));
  for (const item of entry.items) {
    out.push(bullet(`${item.answer}; owner: ${item.owner ?? 'not named'}`, 0, { label: `Action ${item.rank}, ${item.systemTitle ?? 'the organisation'}: ` }));
    for (const [k, v] of ownFacts(item)) out.push(bullet(v, 1, { label: `${k}: ` }));
  }
  if (entry.indicators.length) {
    out.push(field('Indicators still to meet', '', keep));
    for (const i of entry.indicators) {
      out.push(bullet(`${i.id} ${i.text} (${i.where})`));
      for (const c of i.comments) out.push(bullet(c.comment, 1, { label: `Comment for ${c.systemTitle}: ` }));
    }
  }
  if (entry.references.length) out.push(field('References', entry.references.join('; '), { indent: true }));
  return out;
}

function actionPlan(p: BoardPaper): Block[] {
  const out: Block[] = [heading('Action plan', 1, { pageBreakBefore: true })];
  out.push(para(p.actionPlan.length ? p.priorityExplained : p.noGaps));
  if (p.systems && p.actionsBySystem.length) {
    out.push(para(p.sharedExplained, { keepNext: true }));
    out.push(
      table(
        `Actions by ${p.systems.label}`,
        [
          { title: p.systems.column, share: 3.5 },
          { title: 'Owner', share: 3 },
          { title: 'Actions', share: 3.5 },
        ],
        p.actionsBySystem.map((s) => [s.title, s.owner ?? 'Not named', numberRuns(s.ranks).join(', ')]),
      ),
    );
  }
  const label = p.systems?.label ?? 'system';
  const many = p.systems?.plural ?? 'systems';
  for (const group of p.actionPlan) {
    out.push(heading(group.title, 2));
    for (const entry of group.entries) pushAll(out, entry.items.length === 1 ? action(entry.items[0] as ActionItem, p.systems?.column ?? 'System') : sharedAction(entry, label, many));
  }
  return out;
}

const numberedList = (reference: string) => ({
  reference,
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 397, hanging: 397 } } } },
    // What an ask is about, one a line under it: indented one step from its text, not Word's default bullet's four.
    { level: 1, format: LevelFormat.BULLET, text: '\u2013', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 737, hanging: 340 } } } },
  ],
});

/** The Word document for an assessment. */
export function buildDocument(a: Assessment, catalog: Catalog): Document {
  const p = buildBoardPaper(a, catalog);
  const properties = {
    // Word and PDF readers show these in title bars and the document's properties, where a name cannot be marked up.
    title: isolatePlainNames(a, wordText(`${p.title}: ${p.subtitle}`), wordText),
    subject: 'Cyber readiness assessment',
    // Word shows the creator as the paper's author: the assessor who wrote the answers, else the
    // council; the tool that made the file is the last to modify it, as HTML's generator says.
    creator: isolatePlainNames(a, wordText(a.assessor ?? a.organisation ?? `${a.tool.name} ${a.tool.version}`), wordText),
    lastModifiedBy: wordText(`${a.tool.name} ${a.tool.version}`),
    description: wordText(`${a.questionnaire.title}, version ${a.questionnaire.version}`),
  };
  return paperDocument(properties, p.title, [...titlePage(p), ...summary(p), ...sections(p), ...actionPlan(p), ...appendix(p)], [numberedList('risks'), numberedList('asks')]);
}

/** A Word (.docx) board paper. */
export const renderDocx: BinaryReporter = (a, ctx) =>
  // A name is isolated as the paper now writes it, with its quotes made typographic too.
  packPaper(buildDocument(a, ctx.catalog), { today: a.today, asWritten: fileNames(a), names: rightToLeftNames(a).flatMap((n) => [n, curlyQuotes(n)]) });
