import { Chalk, type ChalkInstance } from 'chalk';
import type { RatingResult } from '../scoring/assessment.js';
import { safeBlock, safeLine } from '../text/safe-text.js';
import { capQuestionLine, capSummary } from './cap-summary.js';
import { contradictions, missingLines, outcomeLabel, outcomeMatrix, outcomeStatusText, unknownIndicators } from './outcome-view.js';
import { roundScore } from './round-score.js';
import type { Reporter } from './types.js';

const BAR_WIDTH = 20;


function paint(chalk: ChalkInstance, rating: RatingResult | null, text: string): string {
  switch (rating?.colour) {
    case 'green':
      return chalk.green(text);
    case 'amber':
    case 'orange':
    case 'yellow':
      return chalk.yellow(text);
    case 'red':
      return chalk.red(text);
    case 'blue':
      return chalk.blue(text);
    case 'grey':
      return chalk.gray(text);
    default:
      return text;
  }
}

function bar(score: number | null): string {
  if (score === null) return '·'.repeat(BAR_WIDTH);
  const filled = Math.round((score / 100) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Cut to a width, marking the cut, so a long section title cannot push the bars out of line. */
const fit = (text: string, width: number): string => (text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`);

const indent = (text: string, by: string): string => safeBlock(text).trim().split('\n').join(`\n${by}`);

/** The terminal report: colour by rating, a bar per section, the gap list in priority order. */
export const renderText: Reporter = (a, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const s = safeLine;
  const lines: string[] = [];
  const heading = (title: string): void => {
    lines.push('', chalk.bold(title));
  };

  lines.push(chalk.bold(`${s(a.questionnaire.title)} (${s(a.questionnaire.id)} ${s(a.questionnaire.version)})`));
  const who = [a.organisation && s(a.organisation), a.assessor && `assessed by ${s(a.assessor)}`, a.assessedOn && `on ${s(a.assessedOn)}`].filter(Boolean).join(', ');
  if (who) lines.push(who);
  lines.push(chalk.dim(`Answers: ${s(a.answersFile)} · judged on ${a.today} · ${a.tool.name} ${a.tool.version}`));

  // Automatic fails come before anything else (SPEC v2): they decide the rating whatever the score.
  const capped = capSummary(a);
  if (capped && a.overall.cap) {
    lines.push('', chalk.red.bold(s(capped)));
    for (const q of a.overall.cap.questions) {
      const line = capQuestionLine(q);
      lines.push(`  ${chalk.red('✗')} ${s(line.text)} ${chalk.dim(`[${s(q.question)}]`)}`, chalk.dim(`    ${s(line.detail)}`));
    }
  }

  lines.push('');
  const rating = a.overall.rating;
  lines.push(`${chalk.bold('Overall')}  ${paint(chalk, rating, chalk.bold(`${roundScore(a.overall.score)}/100`))}  ${paint(chalk, rating, rating ? s(rating.label) : 'not rated')}${a.overall.cap ? ' (capped by automatic fails)' : ''}`);
  const c = a.summary;
  lines.push(
    chalk.dim(
      `${c.included} questions scored: ${c.answered} answered, ${c.unknown} don't know${c.unanswered ? `, ${c.unanswered} unanswered` : ''}; ${c.notApplicable} not applicable; ${plural(c.gaps, 'gap')} (${c.bySeverity.critical} critical, ${c.bySeverity.high} high)${c.acceptedRisks ? `, ${c.acceptedRisks} accepted risk` : ''}`,
    ),
  );

  if (a.gates.length) {
    heading(a.passed ? 'Gates: passed' : 'Gates: FAILED');
    for (const g of a.gates) {
      lines.push(`  ${g.passed ? chalk.green('✓ pass') : chalk.red('✗ FAIL')}  ${s(g.title)}: ${s(g.summary)}`);
      for (const f of g.failures.slice(0, 10)) lines.push(chalk.dim(`           ${s(f.message)}`));
      if (g.failures.length > 10) lines.push(chalk.dim(`           … and ${g.failures.length - 10} more`));
    }
  }

  heading('Sections');
  const width = Math.min(48, Math.max(...a.sections.map((x) => s(x.title).length)));
  for (const section of a.sections) {
    const title = fit(s(section.title), width);
    if (!section.applicable) {
      lines.push(`  ${title}  ${chalk.dim(`${bar(null)}  not applicable`)}`);
      continue;
    }
    const score = roundScore(section.score).padStart(3);
    lines.push(`  ${title}  ${paint(chalk, section.rating, bar(section.score))} ${score}  ${paint(chalk, section.rating, section.rating ? s(section.rating.label) : '')}`);
  }

  const matrix = outcomeMatrix(a);
  if (matrix.length) {
    heading('Outcomes');
    for (const group of matrix) {
      lines.push(`  ${s(group.title)}`);
      for (const row of group.rows) {
        const below = row.belowProfiles.map((b) => `below ${s(b.profile)}: needs ${s(b.needs)}`).join('; ');
        lines.push(`    ${s(row.label).padEnd(6)} ${s(row.status)}${below ? chalk.red(`  (${below})`) : ''}`);
      }
    }
  }

  heading(a.gaps.length ? `Gaps, highest priority first (${a.gaps.length})` : 'Gaps: none');
  const resultOf = new Map(a.questions.map((q) => [q.id, q]));
  for (const gap of a.gaps) {
    const severity = { critical: chalk.red.bold, high: chalk.red, medium: chalk.yellow, low: chalk.cyan }[gap.severity](gap.severity.toUpperCase());
    lines.push(`  ${String(gap.rank).padStart(2)}. ${severity}${gap.blocking ? chalk.red.bold(' AUTOMATIC FAIL') : ''}  ${s(gap.text)} ${chalk.dim(`[${s(gap.question)}]`)}`);
    const result = resultOf.get(gap.question);
    const answer = result?.outcome ? outcomeStatusText(result) : gap.answer;
    lines.push(chalk.dim(`      ${s(gap.sectionTitle)} · answer: ${s(answer)} · score ${gap.score.toFixed(2)} · priority ${Math.round(gap.priority * 100) / 100}`));
    if (gap.missing.length) {
      lines.push(`      Still to meet (${gap.missing.length}):`);
      for (const line of missingLines(gap)) lines.push(`        - ${indent(line, '          ')}`);
    }
    if (gap.waiver) {
      const w = gap.waiver;
      lines.push(
        w.state === 'active'
          ? chalk.cyan(`      Accepted risk until ${w.expires}${w.approvedBy ? ` (approved by ${s(w.approvedBy)})` : ''}: ${s(w.reason)}`)
          : chalk.red(`      Waiver EXPIRED on ${w.expires}: ${s(w.reason)}`),
      );
    }
    if (gap.remediation) lines.push(`      What to do: ${indent(gap.remediation, '      ')}`);
    if (gap.owner) lines.push(chalk.dim(`      Owner: ${s(gap.owner)}`));
    if (gap.references.length) lines.push(chalk.dim(`      References: ${gap.references.map(s).join(', ')}`));
  }

  if (a.unknowns.length) {
    heading(`Don't know (${a.unknowns.length})`);
    for (const id of a.unknowns) lines.push(`  ${s(id)}`);
  }
  const unknownStatements = unknownIndicators(a);
  if (unknownStatements.length) {
    heading(`Indicators answered "don't know" (${unknownStatements.reduce((n, x) => n + x.ids.length, 0)})`);
    for (const x of unknownStatements) lines.push(`  ${s(x.label)}: ${x.ids.map(s).join(', ')}`);
  }
  const contradicting = contradictions(a);
  if (contradicting.length) {
    heading(`Contradictions to resolve (${contradicting.length})`);
    for (const x of contradicting) {
      for (const i of x.indicators) lines.push(`  ${s(x.label)}: ${s(i.id)} is true, yet the other indicators meet the outcome: ${indent(i.text, '    ')}`);
    }
  }
  if (a.unanswered.length) {
    heading(`Not answered, scored as 0 (${a.unanswered.length})`);
    for (const id of a.unanswered) lines.push(`  ${s(id)}`);
  }
  if (a.notApplicable.length) {
    heading(`Not applicable (${a.notApplicable.length})`);
    for (const na of a.notApplicable) lines.push(`  ${s(na.question)}: ${na.by === 'answer' ? s(na.reason ?? '') : 'does not apply given earlier answers'}`);
  }
  if (a.stale.length) {
    heading(`Stale answers, past their review date (${a.stale.length})`);
    for (const st of a.stale) lines.push(`  ${s(st.question)}: review was due by ${st.reviewBy}${st.owner ? ` (owner: ${s(st.owner)})` : ''}`);
  }
  if (a.expiredWaivers.length) {
    heading(`Expired waivers (${a.expiredWaivers.length})`);
    for (const w of a.expiredWaivers) lines.push(`  ${s(w.question)}: expired ${w.expires}${w.approvedBy ? `, approved by ${s(w.approvedBy)}` : ''}`);
  }
  if (a.profiles.length) {
    heading('Profiles');
    for (const p of a.profiles) {
      lines.push(`  ${p.passed ? chalk.green('✓ met') : chalk.red('✗ not met')}  ${s(p.title)} (${s(p.id)}): ${p.met} of ${p.total} requirements`);
      for (const r of p.requirements.filter((x) => !x.met)) {
        const q = resultOf.get(r.question);
        lines.push(
          chalk.dim(
            q?.outcome
              ? `      below profile: ${s(outcomeLabel(q))} needs ${s(r.requiredLabel.toLowerCase())}, is ${s(outcomeStatusText(q))}`
              : `      ${s(r.question)} needs "${s(r.requiredLabel)}" or better; answer: ${s(r.answer)}`,
          ),
        );
      }
    }
  }
  if (a.frameworks.length) {
    heading('By framework');
    for (const fw of a.frameworks) {
      lines.push(`  ${s(fw.title)}`);
      for (const g of fw.groups) {
        lines.push(`    ${fit(`${s(g.id)} ${s(g.title)}`, 56)} ${roundScore(g.score).padStart(3)}  ${chalk.dim(`${plural(g.questions, 'question')}, ${plural(g.gaps, 'gap')}`)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
};
