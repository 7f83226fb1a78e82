import type { Gap } from '../scoring/assessment.js';
import { codeSpan, escapeCell, escapeInline } from '../text/markdown.js';
import { capQuestionLine, capSummary } from './cap-summary.js';
import { contradictions, missingLines, outcomeMatrix, outcomeStatusText, unknownIndicators } from './outcome-view.js';
import { roundScore } from './round-score.js';
import type { Reporter } from './types.js';

const SEVERITY_BADGE: Record<Gap['severity'], string> = { critical: '🔴 Critical', high: '🟠 High', medium: '🟡 Medium', low: '🔵 Low' };

/** A label inside a quoted mermaid string: no quotes, brackets of its own or line breaks, and short. */
function chartLabel(text: string): string {
  const clean = text.replace(/["`\\[\]{};#]/g, "'").replace(/[\u0000-\u001f\u007f-\u009f]/gu, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > 24 ? `${clean.slice(0, 23)}…` : clean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function waiverText(gap: Gap): string {
  const w = gap.waiver;
  if (!w) return '';
  return w.state === 'active'
    ? `Accepted risk until ${w.expires}${w.approvedBy ? ` (${w.approvedBy})` : ''}: ${w.reason}`
    : `Waiver expired ${w.expires}: ${w.reason}`;
}

/** GitHub-flavoured markdown for board papers and CI job summaries: tables, a chart, the action plan. */
export const renderMarkdown: Reporter = (a) => {
  const out: string[] = [];
  const resultOf = new Map(a.questions.map((q) => [q.id, q]));
  const answerOf = (g: Gap): string => {
    const result = resultOf.get(g.question);
    return result?.outcome ? `${outcomeStatusText(result)}; ${g.missing.length} indicator${g.missing.length === 1 ? '' : 's'} still to meet` : g.answer;
  };
  const org = a.organisation ?? 'Cyber readiness assessment';
  out.push(`# ${escapeInline(org)}: ${escapeInline(a.questionnaire.title)}`, '');
  // Automatic fails come before anything else (SPEC v2): they decide the rating whatever the score.
  const capped = capSummary(a);
  if (capped && a.overall.cap) {
    out.push(`> **${escapeInline(capped)}**`, '>');
    for (const q of a.overall.cap.questions) {
      const line = capQuestionLine(q);
      out.push(`> - ${escapeInline(line.text)} (${codeSpan(q.question)}): ${escapeInline(line.detail)}`);
    }
    out.push('');
  }
  out.push('| | |', '|---|---|');
  if (a.organisation) out.push(`| Organisation | ${escapeCell(a.organisation)} |`);
  out.push(`| Questionnaire | ${escapeCell(a.questionnaire.title)} (${codeSpan(a.questionnaire.id)} version ${escapeCell(a.questionnaire.version)}) |`);
  if (a.assessor) out.push(`| Assessed by | ${escapeCell(a.assessor)} |`);
  if (a.assessedOn) out.push(`| Assessed on | ${escapeCell(a.assessedOn)} |`);
  out.push(`| Waivers and review dates judged on | ${a.today} |`);
  out.push(`| Answers file | ${codeSpan(a.answersFile)} |`);
  out.push(`| Produced by | ${escapeCell(`${a.tool.name} ${a.tool.version}`)} |`, '');

  out.push('## Summary', '');
  const rating = a.overall.rating ? escapeInline(a.overall.rating.label) : 'not rated';
  const c = a.summary;
  out.push(
    `**Overall score: ${roundScore(a.overall.score)} out of 100, rated ${rating}${a.overall.cap ? ' (capped by automatic fails)' : ''}.** ` +
      `${plural(c.included, 'question')} were scored: ${c.answered} answered, ${c.unknown} answered "don't know"${c.unanswered ? `, ${c.unanswered} not answered` : ''}. ` +
      `There ${c.gaps === 1 ? 'is' : 'are'} ${plural(c.gaps, 'gap')} (${c.bySeverity.critical} critical, ${c.bySeverity.high} high)` +
      `${c.acceptedRisks ? `, of which ${c.acceptedRisks} ${c.acceptedRisks === 1 ? 'is an' : 'are'} accepted risk${c.acceptedRisks === 1 ? '' : 's'} under a waiver` : ''}.`,
    '',
  );
  const top = a.gaps.filter((g) => !g.accepted).slice(0, 3);
  if (top.length) {
    out.push(`**The ${top.length === 1 ? 'highest-priority action' : `${top.length} highest-priority actions`}:**`, '');
    top.forEach((g, i) => out.push(`${i + 1}. **${escapeInline(g.text)}** (${g.severity}) ${g.remediation ? escapeInline(g.remediation) : ''}`.trimEnd()));
    out.push('');
  }
  if (a.gates.length) {
    out.push(`**Gates: ${a.passed ? 'all passed' : 'failed'}.**`, '', '| Gate | Result | Detail |', '|---|---|---|');
    for (const g of a.gates) out.push(`| ${escapeCell(g.title)} | ${g.passed ? '✅ passed' : '❌ failed'} | ${escapeCell(g.summary)} |`);
    out.push('');
  }

  out.push('## Sections', '', '| Section | Score | Rating | Gaps | Weight |', '|---|---:|---|---:|---:|');
  for (const s of a.sections) {
    out.push(`| ${escapeCell(s.title)} | ${s.applicable ? roundScore(s.score) : 'n/a'} | ${s.rating ? escapeCell(s.rating.label) : 'Not applicable'} | ${s.counts.gaps} | ${s.weight} |`);
  }
  out.push('');
  const charted = a.sections.filter((s) => s.score !== null);
  if (charted.length) {
    out.push('```mermaid', 'xychart-beta', '    title "Section scores (0-100)"');
    out.push(`    x-axis [${charted.map((s) => `"${chartLabel(s.title)}"`).join(', ')}]`);
    out.push('    y-axis "Score" 0 --> 100', `    bar [${charted.map((s) => roundScore(s.score)).join(', ')}]`, '```', '');
  }

  const matrix = outcomeMatrix(a);
  if (matrix.length) {
    out.push('## Outcomes', '', 'Each outcome\'s status follows from its indicators of good practice; a confirmed status is the assessor\'s.', '');
    out.push('| Principle | Outcome | Status | Below profile |', '|---|---|---|---|');
    for (const group of matrix) {
      group.rows.forEach((row, i) => {
        const below = row.belowProfiles.map((b) => `${codeSpan(b.profile)} needs ${escapeCell(b.needs)}`).join('; ');
        out.push(`| ${i === 0 ? escapeCell(group.title) : ''} | ${escapeCell(row.label)} | ${escapeCell(row.status)} | ${below} |`);
      });
    }
    out.push('');
  }

  out.push('## Action plan', '');
  if (!a.gaps.length) out.push('No gaps: every scored question is fully met.', '');
  else {
    out.push('Gaps in priority order: severity × question weight × section weight × how far the answer falls short.', '');
    out.push('| # | Gap | Severity | Current answer | What to do | Owner | Waiver | References |', '|---:|---|---|---|---|---|---|---|');
    for (const g of a.gaps) {
      out.push(
        `| ${g.rank} | ${escapeCell(g.text)} (${codeSpan(g.question)}, ${escapeCell(g.sectionTitle)}) | ${SEVERITY_BADGE[g.severity]}${g.blocking ? ' (automatic fail)' : ''} | ${escapeCell(answerOf(g))} | ${escapeCell(g.remediation ?? '')} | ${escapeCell(g.owner ?? '')} | ${escapeCell(waiverText(g))} | ${g.references.map(codeSpan).join(', ') || ' '} |`,
      );
    }
    out.push('');
  }

  const toMeet = a.gaps.filter((g) => g.missing.length);
  if (toMeet.length) {
    out.push('### What each outcome still needs', '');
    for (const g of toMeet) {
      const result = resultOf.get(g.question);
      out.push(`**${g.rank}. ${escapeInline(g.text)}** (${codeSpan(g.question)}): ${escapeInline(result ? outcomeStatusText(result) : g.answer)}.`, '');
      for (const line of missingLines(g)) out.push(`- ${escapeInline(line)}`);
      out.push('');
    }
  }

  if (a.profiles.length) {
    out.push('## Profiles', '', '| Profile | Result | Requirements met |', '|---|---|---:|');
    for (const p of a.profiles) out.push(`| ${escapeCell(p.title)} (${codeSpan(p.id)}) | ${p.passed ? '✅ met' : '❌ not met'} | ${p.met} of ${p.total} |`);
    out.push('');
    const unmet = a.profiles.flatMap((p) => p.requirements.filter((r) => !r.met).map((r) => ({ p, r })));
    if (unmet.length) {
      out.push('| Profile | Question | Needs at least | Current answer |', '|---|---|---|---|');
      for (const { p, r } of unmet) {
        const result = resultOf.get(r.question);
        out.push(`| ${codeSpan(p.id)} | ${codeSpan(r.question)} | ${escapeCell(r.requiredLabel)} | ${escapeCell(result?.outcome ? outcomeStatusText(result) : r.answer)} |`);
      }
      out.push('');
    }
  }

  if (a.frameworks.length) {
    out.push('## Scores by framework', '');
    for (const fw of a.frameworks) {
      out.push(`### ${escapeInline(fw.title)}`, '', `| ${escapeCell(fw.groupNoun.charAt(0).toUpperCase() + fw.groupNoun.slice(1))} | Score | Questions | Gaps |`, '|---|---:|---:|---:|');
      for (const g of fw.groups) out.push(`| ${escapeCell(`${g.id} ${g.title}`)} | ${roundScore(g.score)} | ${g.questions} | ${g.gaps} |`);
      out.push('');
    }
  }

  const titleOf = new Map(a.questions.map((q) => [q.id, q.text]));
  const row = (id: string, detail: string): string => `| ${codeSpan(id)} | ${escapeCell(titleOf.get(id) ?? id)} | ${escapeCell(detail)} |`;
  if (a.unknowns.length) {
    out.push('## Answered "don\'t know"', '', 'These score 0 until someone finds out.', '', '| Question | Text | Owner |', '|---|---|---|');
    for (const id of a.unknowns) out.push(row(id, a.questions.find((q) => q.id === id)?.owner ?? ''));
    out.push('');
  }
  const unknownStatements = unknownIndicators(a);
  if (unknownStatements.length) {
    out.push('## Indicators answered "don\'t know"', '', 'They count as not true until someone finds out.', '', '| Outcome | Indicators |', '|---|---|');
    for (const x of unknownStatements) out.push(`| ${escapeCell(x.label)} | ${x.ids.map(codeSpan).join(', ')} |`);
    out.push('');
  }
  const contradicting = contradictions(a);
  if (contradicting.length) {
    out.push('## Contradictions to resolve', '', 'A "not achieved" indicator is true although the other indicators meet the outcome; one of the answers is wrong.', '');
    for (const x of contradicting) for (const i of x.indicators) out.push(`- ${escapeInline(x.label)}: ${codeSpan(i.id)} ${escapeInline(i.text)}`);
    out.push('');
  }
  if (a.unanswered.length) {
    out.push('## Not answered', '', 'Scored as 0.', '', '| Question | Text | |', '|---|---|---|');
    for (const id of a.unanswered) out.push(row(id, ''));
    out.push('');
  }
  if (a.notApplicable.length) {
    out.push('## Not applicable', '', '| Question | Text | Why |', '|---|---|---|');
    for (const na of a.notApplicable) out.push(row(na.question, na.by === 'answer' ? (na.reason ?? '') : 'Does not apply given earlier answers'));
    out.push('');
  }
  if (a.stale.length) {
    out.push('## Answers past their review date', '', '| Question | Text | Review was due |', '|---|---|---|');
    for (const s of a.stale) out.push(row(s.question, `${s.reviewBy}${s.owner ? ` (owner: ${s.owner})` : ''}`));
    out.push('');
  }
  if (a.expiredWaivers.length) {
    out.push('## Expired waivers', '', '| Question | Expired | Approved by | Reason |', '|---|---|---|---|');
    for (const w of a.expiredWaivers) out.push(`| ${codeSpan(w.question)} | ${w.expires} | ${escapeCell(w.approvedBy ?? '')} | ${escapeCell(w.reason)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
