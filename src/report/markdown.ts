// The markdown report as a board paper (SPEC "v2: reports"): a summary page in plain words, then
// the sections, then the action plan grouped by section, with the detail in an appendix. Every word
// comes from the board-paper model, shared with the HTML and Word reports; this file only draws it.
// Nothing rests on emoji or colour: results are words ("Passed", "High"), which print and read aloud.
import { codeSpan, escapeCell, escapeInline, escapeLines } from '../text/markdown.js';
import { type ActionEntry, type ActionItem, belowProfileSentence, type BoardPaper, buildBoardPaper, NO_SHORTFALL, plural, SEVERITY_WORD, showsBelowProfile } from './board-paper.js';
import { capitalise, thresholdResult, thresholdsHeading } from './board-paper-words.js';
import { renderAppendix } from './markdown-appendix.js';
import { systemsMatrix, systemsSummary } from './markdown-systems.js';
import type { Reporter } from './types.js';
import { xychartHead } from '../text/mermaid.js';
import { pushAll } from '../text/spread-free.js';
import { tableRule } from '../text/markdown-table.js';
import { isolateMarkdownNames, rightToLeftNames } from './isolate-names.js';
import { labelled } from './outcome-view.js';

function summaryPage(paper: BoardPaper): string[] {
  const out: string[] = [];
  const sum = paper.summary;
  out.push('## Summary', '');
  // Automatic fails come before anything else the paper says (SPEC v2): they decide the rating
  // whatever the score. The title block before them only says whose paper it is, as in HTML and Word.
  if (sum.cap) {
    out.push(`> **${escapeInline(sum.cap)}**`, '>');
    for (const q of sum.capQuestions) out.push(`> - ${escapeInline(q.text)} (${codeSpan(q.question)}${q.systemTitle ? `, ${escapeInline(q.systemTitle)}` : ''}): ${escapeInline(q.detail)}`);
    out.push('');
  }
  const rating = sum.rating ? `, rated **${escapeInline(sum.rating.label)}**${sum.heldDown ? ' (held down by automatic fails)' : ''}` : '';
  out.push(sum.noScore !== null ? `**${escapeInline(sum.noScore)}**` : `**Overall score: ${sum.shownScore} out of 100**${rating}.`, '');
  // The scale straight after the rating, so "rated Partly ready" comes with what Ready would take.
  if (sum.scale) out.push(escapeInline(sum.scale), '');
  if (sum.held) out.push(escapeInline(sum.held), '');
  if (sum.weakest) out.push(`**${escapeInline(sum.weakest)}**`, '');
  for (const p of sum.paragraphs) out.push(escapeInline(p), '');
  if (sum.gatesPassed !== null) {
    out.push(`**${thresholdsHeading(sum.gatesPassed)}.**`, '');
    for (const g of sum.gates) out.push(`- ${g.passed ? thresholdResult(true) : `**${thresholdResult(false)}**`}: ${escapeInline(g.title)} (${escapeInline(g.summary)}).`);
    out.push('');
  }
  // What is asked comes straight after the position, as a committee report's recommendations do,
  // so that the decisions are on the first page; the risks they refer to follow.
  out.push('### What is asked of the reader', '');
  // What each ask is about, one a line under it: named, not "the two risks (actions 7 and 23)".
  // Numbered, as a committee report's recommendations are and as the Word paper's are, so that a
  // meeting can speak of "recommendation 4".
  paper.asks.forEach((ask, i) => {
    const mark = `${i + 1}. `;
    out.push(`${mark}${escapeInline(ask.text)}`);
    for (const item of ask.items) out.push(`${' '.repeat(mark.length)}- ${escapeInline(item)}`);
  });
  out.push('');
  if (paper.risks.length) {
    out.push(`### ${paper.risks.length === 1 ? 'The biggest risk' : `The ${plural(paper.risks.length, 'risk').replace(' ', ' biggest ')}`}`, '');
    if (paper.risksOrder) out.push(escapeInline(paper.risksOrder), '');
    if (paper.risksLeftOut) out.push(escapeInline(paper.risksLeftOut), '');
    // Numbered 1 to 5 here; the rank in the action plan follows, since accepted risks are skipped.
    paper.risks.forEach((r, i) => {
      out.push(`${i + 1}. **${escapeInline(r.text)}**${r.where ? ` (${escapeInline(r.where)})` : ''}`);
      out.push(`   - ${SEVERITY_WORD[r.severity]} severity${r.blocking ? ', an automatic fail' : ''}; ${r.actions} in the plan. ${escapeInline(r.answer)}${r.inFull ? ` ${escapeInline(r.inFull)}` : ''}`);
      if (r.waived) out.push(`   - ${escapeInline(r.waived)}`);
      if (r.remediation) out.push(`   - What to do: ${escapeLines(r.remediation, '     ')}`);
      out.push(`   - Owner: ${r.owner ? escapeInline(r.owner) : 'not named'}${r.due ? `; ${r.due}` : ''}.`);
    });
    out.push('');
  }
  // Each system's own score after the risks: the decisions and what to fix come first.
  if (paper.systems) pushAll(out, systemsSummary(paper.systems));
  return out;
}

/** Section titles are too long to label a chart, so bars are numbered and the table is the key. */
function sectionsPart(paper: BoardPaper): string[] {
  const charted = paper.sections.map((s, i) => ({ s, n: i + 1 })).filter((x) => x.s.score !== null);
  const out: string[] = ['## Sections', '', `${escapeInline(paper.sectionsExplained)}${charted.length ? ' The number before each section labels its bar in the chart below.' : ''}`, ''];
  // A section answered once per system scores the mean over systems: say so where the score is.
  if (paper.systems) out.push(escapeInline(paper.systems.meansNote), '');
  // The columns of the HTML and Word tables, weight included: the action plan's order rests on it. The
  // bar's number leads the section's cell, as a sixth column would break the five-column limit.
  out.push('| Section | Score | Rating | Gaps | Weight |', tableRule(['wide', 'narrow:', 'text', 'narrow:', 'narrow:']));
  paper.sections.forEach((s, i) => {
    out.push(`| ${i + 1}. ${escapeCell(s.title)}${s.perSystem ? ' (mean)' : ''} | ${s.shownScore} | ${s.applicable ? (s.rating ? escapeCell(s.rating.label) : 'Not rated') : 'Not applicable'} | ${s.gaps} | ${s.weight} |`);
  });
  out.push('');
  if (paper.heldSections) out.push(escapeInline(paper.heldSections), '');
  if (charted.length) {
    pushAll(out, [
      ...xychartHead({
        title: 'Section scores out of 100 (numbers as in the table)',
        description: "One bar for each section, numbered as in the table above, which gives the same scores with each section's title and rating.",
        series: 'one',
      }),
    ]);
    out.push(`    x-axis [${charted.map((x) => `"${x.n}"`).join(', ')}]`);
    out.push('    y-axis "Score" 0 --> 100', `    bar [${charted.map((x) => x.s.shownScore).join(', ')}]`, '```', '');
  }
  if (paper.systems) pushAll(out, systemsMatrix(paper.systems));
  if (paper.heldSystems) out.push(escapeInline(paper.heldSystems), '');
  if (paper.outcomes.length) {
    out.push('## Outcomes', '', "Each outcome's status follows from its indicators of good practice; a confirmed status is the assessor's.", '');
    // The table names profiles by their short ids; say once what each one is, as the other papers do.
    const profiles = belowProfileSentence(paper, (id) => `\`${id}\``, escapeInline);
    if (profiles) out.push(profiles, '');
    // A table for each principle under its heading, as in the Word paper, with no cell left empty: a
    // principle's title only in its first row left the rest blank, read out as "blank" (board-paper.ts).
    const below = showsBelowProfile(paper);
    for (const group of paper.outcomes) {
      out.push(`### ${escapeInline(group.title)}`, '', `| Outcome | Status |${below ? ' Below profile |' : ''}`, tableRule(['wide', 'text', ...(below ? ['text' as const] : [])]));
      for (const row of group.rows) {
        const short = row.belowProfiles.map((b) => `${escapeCell(b.profile)} needs ${escapeCell(b.needs)}`).join('; ') || NO_SHORTFALL;
        out.push(`| ${escapeCell(labelled(row.label, row.text))} | ${escapeCell(capitalise(row.status))} |${below ? ` ${short} |` : ''}`);
      }
      out.push('');
    }
  }
  return out;
}

// The reader's line breaks (steps of a remediation, paragraphs of a note) stay, inside the item.
// The label too is escaped: for a system's gap it is the questionnaire's word for a system.
const field = (label: string, text: string, indent = ''): string => `${indent}- ${escapeInline(label)}: ${escapeLines(text, `${indent}  `)}`;

/** What one gap says of itself: the facts that differ from one system to another. */
function ownFacts(item: ActionItem, indent: string): string[] {
  const out: string[] = [];
  if (item.note) out.push(field('Note', item.note, indent));
  if (item.evidence.length) out.push(field('Evidence', item.evidence.join('; '), indent));
  if (item.reviewBy) out.push(field('Review by', `${item.reviewBy}${item.stale ? ' (overdue)' : ''}`, indent));
  if (item.waiver) out.push(field('Waiver', item.waiver.text, indent));
  return out;
}

function actionItem(item: ActionItem, column: string): string[] {
  const out = [`**${item.rank}. ${escapeInline(item.text)}**`, ''];
  out.push(field('Severity', item.severityText));
  if (item.systemTitle) out.push(field(column, item.systemTitle));
  out.push(field('Answer now', item.answer));
  if (item.remediation) out.push(field('What to do', item.remediation));
  if (item.missing.length) {
    out.push('- Still to meet:');
    for (const m of item.missing) out.push(`  - ${escapeLines(m, '    ')}`);
  }
  if (item.note) out.push(field('Note', item.note));
  if (item.evidence.length) out.push(field('Evidence', item.evidence.join('; ')));
  out.push(item.owner ? field('Owner', item.owner) : '- Owner: not named');
  if (item.reviewBy) out.push(field('Review by', `${item.reviewBy}${item.stale ? ' (overdue)' : ''}`));
  if (item.waiver) out.push(field('Waiver', item.waiver.text));
  if (item.references.length) out.push(`- References: ${item.references.map(escapeInline).join('; ')}`);
  out.push(`- Question id: ${codeSpan(item.question)}`, '');
  return out;
}

/** A question open on several critical systems: its words once, then each system's gap, then the indicators. */
function sharedEntry(entry: ActionEntry, label: string, many: string): string[] {
  const out = [`**${capitalise(entry.actions)}. ${escapeInline(entry.text)}**`, ''];
  out.push(field('Severity', entry.severityText));
  if (entry.remediation) out.push(field('What to do', entry.remediation));
  out.push(`- Open on ${escapeInline(plural(entry.items.length, label, many))}:`);
  for (const item of entry.items) {
    out.push(`  - Action ${item.rank}, ${escapeInline(item.systemTitle ?? 'the organisation')}: ${escapeInline(item.answer)}; owner: ${item.owner ? escapeInline(item.owner) : 'not named'}`);
    pushAll(out, ownFacts(item, '    '));
  }
  if (entry.indicators.length) {
    out.push('- Still to meet:');
    for (const i of entry.indicators) {
      out.push(`  - ${escapeInline(`${i.id} ${i.text}`)} (${escapeInline(i.where)})`);
      for (const c of i.comments) out.push(`    - Comment for ${escapeInline(c.systemTitle)}: ${escapeLines(c.comment, '      ')}`);
    }
  }
  if (entry.references.length) out.push(`- References: ${entry.references.map(escapeInline).join('; ')}`);
  out.push(`- Question id: ${codeSpan(entry.question)}`, '');
  return out;
}

function actionPlan(paper: BoardPaper): string[] {
  const out: string[] = ['## Action plan', ''];
  if (!paper.actionPlan.length) return [...out, escapeInline(paper.noGaps), ''];
  out.push(escapeInline(paper.priorityExplained), '');
  const label = paper.systems?.label ?? 'system';
  const many = paper.systems?.plural ?? 'systems';
  if (paper.actionsBySystem.length) {
    out.push(escapeInline(paper.sharedExplained), '');
    for (const s of paper.actionsBySystem) out.push(`- ${escapeInline(s.title)}${s.owner ? ` (${escapeInline(s.owner)})` : ''}: ${s.actions}`);
    out.push('');
  }
  for (const group of paper.actionPlan) {
    out.push(`### ${escapeInline(group.title)}`, '');
    for (const entry of group.entries) pushAll(out, (entry.items.length === 1 ? actionItem(entry.items[0] as ActionItem, paper.systems?.column ?? 'System') : sharedEntry(entry, label, many)));
  }
  return out;
}

/** GitHub-flavoured markdown for board papers and CI job summaries. */
export const renderMarkdown: Reporter = (a, ctx) => {
  const paper = buildBoardPaper(a, ctx.catalog);
  const out: string[] = [`# ${escapeInline(paper.title)}${paper.subtitle ? `: ${escapeInline(paper.subtitle)}` : ''}`, ''];
  for (const f of paper.titleBlock) out.push(`- ${escapeInline(f.label)}: ${f.label === 'Answers file' ? codeSpan(f.value) : escapeInline(f.value)}`);
  pushAll(out, ['', ...summaryPage(paper), ...sectionsPart(paper), ...actionPlan(paper), ...renderAppendix(paper)]);
  return isolateMarkdownNames(rightToLeftNames(a), `${out.join('\n').trimEnd()}\n`);
};
