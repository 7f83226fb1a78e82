// The terminal report with `--detail`: every part SPEC "Reports" lists, wrapped to the width with
// hanging indents, questions named by their text (the id follows, dimmed, for finding it in files).
import type { Catalog } from '../frameworks/catalog.js';
import type { Assessment } from '../scoring/assessment.js';
import { buildBoardPaper, type ActionItem } from './board-paper.js';
import { listWords } from '../text/list-words.js';
import { roundScore, shownQuestionScore } from './round-score.js';
import { shownPriority } from './shown-priority.js';
import { capLines, closingLines, header, s, sectionTable } from './text-parts.js';
import { heldSummary } from './held-summary.js';
import { shorten } from '../text/shorten.js';
import type { TextStyle } from './text-style.js';
import { systemsDetail } from './text-systems.js';
import { scopeKey } from '../scoring/scope-key.js';
import { asSentence, labelled } from './outcome-view.js';
import { countNoun } from '../text/plural-noun.js';
import { pushAll } from '../text/spread-free.js';
import { summaryByTitle } from './paper-gate-title.js';
import { CONFIRMED_ABOVE, CONFIRMED_BELOW, CONFIRMED_WITHOUT, WAIVERS_TITLE } from './appendix-words.js';
import { waiversExplain } from './board-paper-waivers.js';

const SCORE_EXPLAINED =
  'A question scores from 0 (not met) to 1 (fully met); "don\'t know" and unanswered questions score 0. A section\'s score is the weighted ' +
  'average of its questions out of 100, and the overall score the weighted average of the sections. Scores are shown rounded down.';


/**
 * Text from the files that may hold line breaks (a remediation's steps, a note's paragraphs): each of
 * the reader's lines wrapped on its own, the later ones at the hanging indent, as the papers keep them.
 */
function readerLines(st: TextStyle, text: string, indent: string, hanging: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) => (line.trim() ? st.wrap(s(line.trim()), i === 0 ? indent : hanging, hanging) : ['']));
}

function gapLines(item: ActionItem, st: TextStyle, score: number, column: string): string[] {
  const { chalk } = st;
  const lines: string[] = [];
  // The severity is part of the first line's indent, so its padding lines the questions up.
  const lead = st.plain ? `  ${item.rank}. ${item.severity.charAt(0).toUpperCase()}${item.severity.slice(1)}: ` : `${String(item.rank).padStart(4)}. ${st.severity(item.severity)}${' '.repeat(10 - item.severity.length)}`;
  const mark = item.blocking ? `${chalk.red.bold('Automatic fail:')} ` : '';
  pushAll(lines, st.wrap(`${mark}${s(item.text)} ${chalk.dim(`[${s(item.question)}]`)}`, lead, '        '));
  if (item.systemTitle) pushAll(lines, st.wrap(`${s(column)}: ${s(item.systemTitle)}`, '        ', '          '));
  const at = (label: string, text: string): string[] => readerLines(st, `${label}: ${text}`, '        ', '          ');
  const dim = (xs: string[]): string[] => xs.map((l) => chalk.dim(l));
  pushAll(lines, dim(st.wrap(`${s(item.sectionTitle)}${st.sep}answer: ${s(item.answer)}${st.sep}score ${shownQuestionScore(score)}${st.sep}priority ${shownPriority(item.priority)}`, '        ', '          ')));
  if (item.missing.length) {
    lines.push(`        Still to meet (${item.missing.length}):`);
    for (const m of item.missing) pushAll(lines, st.wrap(s(m), '          - ', '            '));
  }
  if (item.waiver) {
    // Unlabelled here, so an expired one says what expired.
    const w = readerLines(st, item.waiver.state === 'active' ? item.waiver.text : `Waiver ${item.waiver.text.charAt(0).toLowerCase()}${item.waiver.text.slice(1)}`, '        ', '          ');
    // Cyan for an accepted risk; red for a waiver that gives no cover, expired or overruled.
    pushAll(lines, w.map((l) => (item.accepted ? chalk.cyan(l) : chalk.red(l))));
  }
  if (item.remediation) pushAll(lines, at('What to do', item.remediation));
  if (item.note) pushAll(lines, at('Note', item.note));
  if (item.evidence.length) pushAll(lines, at('Evidence', item.evidence.join('; ')));
  if (item.owner) pushAll(lines, dim(at('Owner', item.owner)));
  if (item.reviewBy) pushAll(lines, dim(at('Review by', `${item.reviewBy}${item.stale ? ' (overdue)' : ''}`)));
  if (item.references.length) pushAll(lines, dim(at('References', item.references.join('; '))));
  return lines;
}

export function renderDetail(a: Assessment, st: TextStyle, catalog: Catalog): string[] {
  const { chalk } = st;
  // The terminal's own words for a contradicted outcome: its contradictions part says it (below).
  const paper = buildBoardPaper(a, catalog, { markContradicted: false });
  const cap = capLines(a, st, false);
  const lines = [...header(a, st, 'detail'), ...(cap.length ? ['', ...cap] : [])];
  // Headings and their explanations hold the questionnaire's word for a system, so are made safe here, once.
  const heading = (title: string, explain?: string): void => {
    pushAll(lines, ['', ...st.wrap(chalk.bold(s(title)))]);
    if (explain) pushAll(lines, st.wrap(s(explain)).map((l) => chalk.dim(l)));
  };
  // A system's answer names the system first, as the summary's gap lines do.
  const named = (question: string, text: string, detail: string, system: string | null = null): void => {
    const [first = '', ...rest] = detail.trim().split(/\r\n|\r|\n/);
    pushAll(lines, st.wrap(`${system ? `${s(system)}: ` : ''}${s(text)} ${chalk.dim(`[${s(question)}]`)}${first ? `: ${s(first)}` : ''}`, '  ', '    '));
    if (rest.length) pushAll(lines, readerLines(st, rest.join('\n'), '    ', '    '));
  };
  const c = a.summary;
  pushAll(lines, ['', ...st.wrap(
    `${countNoun(c.included, 'question')} scored: ${c.answered} answered, ${c.unknown} don't know${c.unanswered ? `, ${c.unanswered} not answered` : ''}; ${c.notApplicable} not applicable; ${countNoun(c.gaps, 'gap')} (${c.bySeverity.critical} critical, ${c.bySeverity.high} high, ${c.bySeverity.medium} medium, ${c.bySeverity.low} low)${paper.acceptedRisks ? `, ${countNoun(paper.acceptedRisks, 'accepted risk')} under a waiver` : ''}.`,
  )]);

  const view = paper.systems;
  // The rating scale with how scores are made, as the papers give it with the overall rating.
  const scale = paper.summary.scale ? ` ${paper.summary.scale}` : '';
  heading('Sections', `${SCORE_EXPLAINED}${view ? ` A section answered once per ${view.label} scores the mean over the ${view.plural}.` : ''}${scale}`);
  pushAll(lines, sectionTable(a, st));
  if (paper.heldSections) pushAll(lines, st.wrap(s(paper.heldSections), '  ', '  '));
  if (view) {
    heading(view.heading, view.withOrganisation ? `Each ${view.label} has its own score, from the organisation's sections with its own.` : `Each ${view.label} has its own score, from its own answers.`);
    pushAll(lines, systemsDetail(view, st));
    if (paper.heldSystems) pushAll(lines, st.wrap(s(paper.heldSystems), '  ', '  '));
  }

  if (paper.outcomes.length) {
    heading('Outcomes', "Each outcome's status follows from its indicators of good practice; a confirmed status is the assessor's.");
    // Without a framework's outcome to label any of them, no label column: the names line up alone.
    const labels = paper.outcomes.some((g) => g.rows.some((r) => r.label));
    for (const group of paper.outcomes) {
      pushAll(lines, st.wrap(s(group.title), '  ', '    '));
      for (const row of group.rows) {
        const below = row.belowProfiles.map((b) => `below ${s(b.profile)}: needs ${s(b.needs)}`).join('; ');
        // The label is part of the indent, so its padding lines the statuses up.
        // Named, not a bare id: the outcome's short name (its text up to the colon, as the CAF words them).
        const name = row.text.includes(':') ? row.text.slice(0, row.text.indexOf(':')) : row.text;
        pushAll(lines, st.wrap(`${s(st.plain ? name : shorten(name, 50))}: ${s(row.status)}${below ? chalk.red(` (${below})`) : ''}`, labels ? `    ${s(row.label).padEnd(6)} ` : '    ', labels ? '           ' : '      '));
      }
    }
  }

  const scoreOf = new Map(a.gaps.map((g) => [g.rank, g.score]));
  if (!a.gaps.length) heading('Gaps: none', paper.noGaps);
  else {
    heading(
      `Gaps, highest priority first (${a.gaps.length})`,
      `${paper.priorityExplained} The score after each answer is the question's, from 0 to 1; priority ties keep questionnaire order.`,
    );
    const items = paper.actionPlan.flatMap((g) => g.items).sort((x, y) => x.rank - y.rank);
    for (const item of items) pushAll(lines, gapLines(item, st, scoreOf.get(item.rank) ?? 0, view?.column ?? 'System'));
  }

  const ap = paper.appendix;
  if (ap.unknowns.length) {
    // The owner follows each question unlabelled, as in the papers' "Owner" column: the lead-in says so.
    heading(`Answered "don't know" (${ap.unknowns.length})`, 'Each scores 0 until someone finds out. After each question, who is to find out: its owner.');
    for (const n of ap.unknowns) named(n.question, n.text, n.detail, n.systemTitle);
  }
  if (ap.unknownIndicators.length) {
    heading(`Indicators answered "don't know" (${ap.unknownIndicators.reduce((n, x) => n + x.indicators.length, 0)})`, 'They count as not true until someone finds out.');
    for (const x of ap.unknownIndicators) pushAll(lines, st.wrap(`${s(x.lead)} ${x.indicators.map((i) => `${s(i.id)} ${s(asSentence(i.text))}`).join(' ')}`, '  ', '    '));
  }
  if (ap.contradictions.length) {
    heading(`Contradictions to resolve (${ap.contradictions.length})`, 'A "not achieved" indicator is true although the other indicators meet the outcome: one of the answers is wrong.');
    for (const x of ap.contradictions) for (const i of x.indicators) pushAll(lines, st.wrap(`${s(x.lead)} ${s(i.id)} ${s(i.text)}`, '  ', '    '));
  }
  // The assessor's own judgement, in full, as the papers' appendix gives it (board-paper-audit.ts).
  for (const [part, rows] of [[CONFIRMED_ABOVE, ap.confirmedAbove], [CONFIRMED_BELOW, ap.confirmedBelow], [CONFIRMED_WITHOUT, ap.confirmedWithout]] as const) {
    if (!rows.length) continue;
    heading(`${part.title} (${rows.length})`, part.explain);
    for (const x of rows) {
      pushAll(lines, st.wrap(`${x.systemTitle ? `${s(x.systemTitle)}: ` : ''}${s(labelled(x.outcome, x.text))} ${chalk.dim(`[${s(x.question)}]`)}`, '  ', '    '));
      pushAll(lines, st.wrap(`${x.indicatorsSay ? `The indicators say ${s(x.indicatorsSay)}; confirmed` : 'Confirmed'} ${s(x.confirmed)}.`, '    ', '      '));
      pushAll(lines, readerLines(st, `Justification: ${x.justification}`, '    ', '      '));
      for (const i of x.notMet) pushAll(lines, st.wrap(`Not yet met: ${s(i.id)} ${s(i.text)}${i.comment ? ` (comment: ${s(i.comment)})` : ''}`, '    ', '      '));
    }
  }
  if (ap.unanswered.length) {
    const partly = ap.unanswered.some((n) => n.detail);
    if (partly) heading(`Not answered (${ap.unanswered.length})`, 'Each scores 0, except an outcome, which scores what its indicators answered so far show.');
    else heading(`Not answered, scored as 0 (${ap.unanswered.length})`);
    for (const n of ap.unanswered) named(n.question, n.text, n.detail, n.systemTitle);
  }
  if (ap.notApplicable.length) {
    heading(`Not applicable (${ap.notApplicable.length})`);
    for (const n of ap.notApplicable) named(n.question, n.text, n.detail, n.systemTitle);
  }
  if (ap.stale.length) {
    heading(`Answers past their review date (${ap.stale.length})`);
    for (const n of ap.stale) named(n.question, n.text, n.detail, n.systemTitle);
  }
  if (ap.waivers.length) {
    heading(`${WAIVERS_TITLE} (${ap.waivers.length})`, waiversExplain(ap.waivers));
    // The tool's words marked apart from the approver's reason, as in the papers.
    for (const w of ap.waivers) named(w.question, w.text, `${w.action ? `${w.action}. ` : ''}Until ${w.until}; approved by ${w.approvedBy}. ${w.note ? `${asSentence(w.reason)} Note: ${w.note}` : w.reason}`, w.systemTitle);
  }
  if (ap.expiredWaivers.length) {
    heading(`Expired waivers (${ap.expiredWaivers.length})`, 'An expired waiver gives no cover: its gap counts for --fail-on again.');
    for (const n of ap.expiredWaivers) named(n.question, n.text, n.detail, n.systemTitle);
  }
  if (ap.profiles.length) {
    heading('Profiles', "A profile is a set of minimum answers, such as a framework's baseline; it is met when every one is reached.");
    for (const p of ap.profiles) {
      pushAll(lines, st.wrap(`${st.plain ? (p.passed ? 'Met:' : 'Not met:') : p.passed ? chalk.green('✓ met') : chalk.red('✗ not met')}  ${s(p.title)} (${s(p.id)}): ${p.met} of ${countNoun(p.total, 'requirement')}`, '  ', '    '));
      for (const r of p.unmet) pushAll(lines, st.wrap(`${r.systemTitle ? `${s(r.systemTitle)}: ` : ''}${s(r.text)} ${chalk.dim(`[${s(r.question)}]`)} needs "${s(r.needs)}" or better; is ${s(r.answer)}`, '      ', '        '));
    }
  }
  if (ap.frameworks.length) {
    heading('By framework', 'Scores out of 100 (rounded down) of the questions that refer to each part of a framework.');
    for (const fw of ap.frameworks) {
      pushAll(lines, st.wrap(s(fw.title), '  ', '    '));
      for (const g of fw.rows) {
        pushAll(lines, st.wrap(`${roundScore(g.score).padStart(3)}  ${s(g.label)} ${chalk.dim(`(${countNoun(g.questions, 'question')}, ${countNoun(g.gaps, 'gap')})`)}`, '    ', '         '));
      }
    }
  }

  // What made each gate fail, pointing back at the lists above rather than repeating them.
  const failed = a.gates.filter((g) => !g.passed);
  if (failed.length) {
    heading('Why gates failed');
    const rankOf = new Map(a.gaps.map((g) => [scopeKey(g.question, g.system), g.rank]));
    for (const g of failed) {
      const ranks = g.failures.map((f) => (f.question ? rankOf.get(scopeKey(f.question, f.system)) : undefined)).filter((r): r is number => r !== undefined);
      const why =
        g.id === 'fail-on' ? `${ranks.length === 1 ? 'gap' : 'gaps'} ${listWords(ranks.sort((x, y) => x - y).map(String), 'and')} in the list above`
        : g.id === 'profile' ? `${s(summaryByTitle(g, a))}; the ones not met are under "Profiles" above`
        : g.id === 'stale' ? `${s(g.summary)}; they are under "Answers past their review date" above`
        : g.failures.map((f) => s(f.message)).join('; ') || s(g.summary);
      pushAll(lines, st.wrap(`${s(g.title)}: ${why}.`, '  ', '    '));
    }
  }
  pushAll(lines, ['', ...closingLines(a, st, { line: heldSummary(a) })]);
  return lines;
}
