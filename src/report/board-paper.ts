// The board paper as data (SPEC "v2: reports"): what a cabinet, audit committee or Local Resilience
// Forum reads, worked out once from the assessment so that the markdown, HTML and Word renderers say
// the same things in the same order and only differ in how they draw them. Pure: no IO, no escaping
// (every string here is plain text; each renderer makes it safe for where it goes).
import type { Catalog } from '../frameworks/catalog.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { scopeKey } from '../scoring/scope-key.js';
import type { Assessment, Gap, QuestionResult } from '../scoring/assessment.js';
import { capQuestionLine, capSummary } from './cap-summary.js';
import { heldSummary } from './held-summary.js';
import { heldSections, heldSystems } from './held-rows.js';
import { confirmedBelow, contradictions, missingLines, outcomeLabel, outcomeMatrix, outcomeStatusText, partlyAnswered, unknownIndicators } from './outcome-view.js';
import { backing, confirmedOutcomes, NONE_RECORDED } from './board-paper-audit.js';
import { currentWaivers } from './board-paper-waivers.js';
import { notApplicableWhy } from './not-applicable-why.js';
import { acceptedRisksLeftOut, biggestRisks, risksOrder } from './board-paper-risks.js';
import { actionEntries, actionsBySystem } from './board-paper-actions.js';
import { capitalise, NOT_NAMED, outcomeNoteWords, noGapsSentence, plural, summaryParagraphs, systemsParagraph, weakestAsk } from './board-paper-words.js';
import { askNames, asksOf } from './board-paper-asks.js';
import { markContradictedCells, markContradictedRows, paperStatusText } from './paper-status.js';
import { groupLabel, referenceName } from './framework-labels.js';
import { roundScore } from './round-score.js';
import { cutShort } from './paper-lists.js';
import { scopeTitles, systemsView } from './system-view.js';
import { shownPath } from './shown-path.js';
import { SEVERITY_WORD, TOP_RISKS, type ActionGroup, type ActionItem, type BoardPaper, type Field, type OutcomeNote, type PaperWaiver, type QuestionNote } from './board-paper-types.js';
import { paperGateSummary, paperGateTitle } from './paper-gate-title.js';
import { gateStops } from './gate-stops.js';
import { ratingScale } from './rating-scale.js';
import { questionnaireFrom } from './questionnaire-from.js';

export { plural } from './board-paper-words.js';
export { groupLabel, referenceName } from './framework-labels.js';
export * from './board-paper-types.js';
export * from './board-paper-audit.js';
export * from './board-paper-waivers.js';

// `stop` says why the gap stops the assessment whatever its waiver says (gate-stops.ts), or is null.
function waiverOf(gap: Gap, stop: string | null): PaperWaiver | null {
  const w = gap.waiver;
  if (!w) return null;
  const by = w.approvedBy ? `, approved by ${w.approvedBy}` : '';
  const reason = w.reason.trim();
  const overruled = w.state === 'active' ? stop : null;
  // Under the label "Waiver" in every paper: the words say which kind, and do not repeat the label.
  // A waiver that has not expired but does not cover its gap says so as SARIF and GitLab do.
  const text =
    w.state === 'expired' ? `Expired on ${w.expires}${by}, so it gives no cover: ${reason}` : overruled === null ? `Accepted risk until ${w.expires}${by}: ${reason}` : `Waived until ${w.expires}${by}, but ${overruled}: ${reason}`;
  return { state: w.state, expires: w.expires, approvedBy: w.approvedBy, reason, stop: overruled, text };
}

// Text from the files is trimmed: a YAML block (`|`) ends in a line break, which a paper that keeps
// the reader's line breaks would otherwise draw as an empty line.
function actionItem(gap: Gap, stop: string | null, result: QuestionResult | undefined, systemOwner: string | null, entries: Assessment['references'], statusOf: (q: QuestionResult) => string): ActionItem {
  const waiver = waiverOf(gap, stop);
  // Confirmed below its indicators, an outcome has none left to meet: "no indicators still to meet"
  // left the reader to wonder what the action is, which only the justification says.
  const answer = result?.outcome
    ? `${statusOf(result)}; ${
        !gap.missing.length && confirmedBelow(result.outcome) ? 'every indicator is met, but the assessor confirmed a lower status (the appendix gives why)' : `${plural(gap.missing.length, 'indicator')} still to meet`
      }`
    : gap.answer;
  return {
    rank: gap.rank,
    question: gap.question,
    system: gap.system,
    systemTitle: gap.systemTitle,
    text: gap.text,
    section: gap.section,
    sectionTitle: gap.sectionTitle,
    severity: gap.severity,
    severityText: `${SEVERITY_WORD[gap.severity]}${gap.blocking ? ', automatic fail' : ''}`,
    blocking: gap.blocking,
    priority: gap.priority,
    score: gap.score,
    answer,
    remediation: gap.remediation?.trim() || null,
    references: gap.references.map((r) => referenceName(r, entries)),
    owner: gap.owner ?? result?.owner ?? systemOwner,
    note: result?.note?.trim() || null,
    evidence: result?.evidence ?? [],
    reviewBy: result?.reviewBy ?? null,
    stale: result?.stale ?? false,
    waiver,
    accepted: waiver?.state === 'active' && waiver.stop === null,
    missing: missingLines(gap),
    missingIndicators: gap.missing,
  };
}

/**
 * The board paper for an assessment: the same content for markdown, HTML and Word. The catalogue
 * (read before the assessment was made) says which references name a framework's outcome.
 */
export function buildBoardPaper(a: Assessment, catalog: Catalog, options: { markContradicted?: boolean } = {}): BoardPaper {
  const label = (q: { references: string[] }): string => outcomeLabel(q, catalog);
  // The papers mark a contradicted outcome's status (paper-status.ts); `--detail`, which reads this
  // model too, keeps the terminal's words and says so in its own contradictions part.
  const marked = options.markContradicted ?? true;
  const statusOf = marked ? paperStatusText : outcomeStatusText;
  const resultOf = new Map(a.questions.map((q) => [q.id, q]));
  const scoped = new Map(a.questions.map((q) => [scopeKey(q.id, q.system), q]));
  const textOf = (id: string): string => resultOf.get(id)?.text ?? id;
  const titleOf = scopeTitles(a);
  // A system's gap whose answer names no owner is its system owner's to act on (as in the CSV), so
  // the paper does not ask the committee to name an owner the answers file already gives.
  const ownerOfSystem = new Map(a.systems.map((x) => [x.id, x.owner]));
  const systemOwner = (system: string | null): string | null => (system === null ? null : (ownerOfSystem.get(system) ?? null));
  // One rule for an accepted risk in every format: the CI formats' (a waived gap that fails a
  // requested gate or is an automatic fail is not one), with the gate named as the paper names it.
  const stops = gateStops(a, (g) => paperGateTitle(g, a.profiles));
  const items = a.gaps.map((g) => actionItem(g, stops(g), scoped.get(scopeKey(g.question, g.system)), systemOwner(g.system), a.references, statusOf));
  const acceptedRisks = items.filter((i) => i.accepted).length;
  const stopOf = new Map(items.map((i) => [scopeKey(i.question, i.system), i.waiver?.stop ?? null]));
  const view = systemsView(a, catalog);
  const systems = view && (marked ? markContradictedCells(view, (key) => scoped.get(key)) : view);
  const risks = biggestRisks(items, TOP_RISKS, systems ?? undefined);

  const titleBlock: Field[] = [];
  if (a.organisation) titleBlock.push({ label: 'Organisation', value: a.organisation });
  const from = questionnaireFrom(a.questionnaire);
  titleBlock.push({ label: 'Questionnaire', value: `${a.questionnaire.title} (${a.questionnaire.id}, version ${a.questionnaire.version}${from === null ? '' : `, from ${from}`})` });
  if (a.assessor) titleBlock.push({ label: 'Assessed by', value: a.assessor });
  if (a.assessedOn) titleBlock.push({ label: 'Assessed on', value: a.assessedOn });
  titleBlock.push({ label: 'Waivers and review dates judged on', value: a.today });
  titleBlock.push({ label: 'Answers file', value: shownPath(a.answersFile) });
  titleBlock.push({ label: 'Produced by', value: `${a.tool.name} ${a.tool.version}` });

  // Grouped by section, a question once however many systems it is open on (board-paper-actions.ts).
  const indicatorOrder = (question: string): string[] => a.questions.find((q) => q.id === question && q.outcome)?.outcome?.indicators.map((i) => i.id) ?? [];
  const actionPlan: ActionGroup[] = a.sections
    .map((s) => {
      const own = items.filter((i) => i.section === s.id);
      return { section: s.id, title: s.title, items: own, entries: actionEntries(own, systems?.label ?? 'system', systems?.plural ?? 'systems', indicatorOrder) };
    })
    .filter((g) => g.items.length > 0);

  const judged = confirmedOutcomes(a, titleOf, label);
  const rankOf = new Map(items.map((i) => [scopeKey(i.question, i.system), i.rank]));
  const waivers = currentWaivers(
    a,
    titleOf,
    textOf,
    (question, system) => scoped.get(scopeKey(question, system)),
    (question, system) => rankOf.get(scopeKey(question, system)) ?? null,
    (question, system) => stopOf.get(scopeKey(question, system)) ?? null,
  );
  const names = askNames(a, titleOf, (question, system) => rankOf.get(scopeKey(question, system)) ?? null, label);
  const backed = backing(a, titleOf, systemOwner, label);
  const unevidenced = backed.reduce((n, g) => n + g.rows.filter((r) => r.evidence === NONE_RECORDED).length, 0);
  const asks = asksOf(a, risks, names, { accepted: items.filter((i) => i.accepted), above: judged.above, without: judged.without }, unevidenced);
  const weakest = systems && weakestAsk(systems);
  // After the overall score's ask, before the detail: the weakest system is a decision in itself.
  if (weakest) asks.splice(1, 0, { text: weakest, items: [] });
  const outcomeNote = (x: { question: string; system: string | null; indicators: { id: string; text: string }[] }): OutcomeNote => {
    const systemTitle = titleOf(x.system);
    const text = textOf(x.question);
    const outcome = label(resultOf.get(x.question) ?? { references: [] });
    return { outcome, systemTitle, text, ...outcomeNoteWords(systemTitle, outcome, text), indicators: x.indicators };
  };
  const note = (question: string, system: string | null, detail: string): QuestionNote => ({ question, systemTitle: titleOf(system), text: textOf(question), detail });
  return {
    title: a.organisation ?? 'Cyber readiness assessment',
    subtitle: a.questionnaire.title,
    titleBlock,
    summary: {
      score: a.overall.score,
      shownScore: roundScore(a.overall.score),
      noScore: a.overall.score === null ? `${capitalise(noOverallScoreWords(a.sections).clause)}, so there is no overall score.` : null,
      rating: a.overall.rating,
      cap: capSummary(a),
      heldDown: a.overall.cap !== null && a.overall.cap.uncappedRating?.label !== a.overall.rating?.label,
      held: heldSummary(a),
      scale: a.overall.score === null ? null : ratingScale(a.ratings),
      capQuestions: (a.overall.cap?.questions ?? []).map((q) => ({ question: q.question, systemTitle: titleOf(q.system), ...capQuestionLine(q) })),
      weakest: systems?.paperSentence ?? null,
      paragraphs: [...summaryParagraphs(a, acceptedRisks), ...(systems ? [systemsParagraph(systems)] : [])],
      gatesPassed: a.gates.length ? a.passed : null,
      gates: a.gates.map((g) => ({ title: paperGateTitle(g, a.profiles), passed: g.passed, summary: paperGateSummary(g, a) })),
    },
    risks,
    risksLeftOut: acceptedRisksLeftOut(items, TOP_RISKS),
    risksOrder: risksOrder(risks.length),
    acceptedRisks,
    asks,
    heldSections: heldSections(a),
    heldSystems: heldSystems(a),
    sections: a.sections.map((s) => ({
      id: s.id,
      title: s.title,
      applicable: s.applicable,
      score: s.score,
      shownScore: s.applicable ? roundScore(s.score) : 'n/a',
      rating: s.rating,
      gaps: s.counts.gaps,
      weight: s.weight,
      perSystem: s.scope === 'system',
    })),
    sectionsExplained:
      "Each section's score is out of 100, rounded down. Its gaps are the questions in it that are not fully met; its weight is how much it counts towards the overall score, against the other sections' weights.",
    priorityExplained:
      'Actions are numbered by priority, highest first. Priority weighs how severe a gap is (critical 4, high 3, medium 2, low 1) ' +
      'by how much the question and its section count and by how far the answer falls short, so a medium gap that is wide open can rank above a high one that is nearly closed.',
    actionPlan,
    actionsBySystem: actionsBySystem(systems, items),
    // With one system no question can be open on more than one, so that is not said.
    sharedExplained: !systems
      ? ''
      : systems.systems.length > 1
        ? `A question open on more than one ${systems.label} is said once, with each ${systems.label}'s action under it. The actions of each ${systems.label}, for its owner:`
        : `The ${systems.label}'s actions, for its owner:`,
    noGaps: noGapsSentence(a),
    systems,
    outcomes: marked ? markContradictedRows(outcomeMatrix(a, catalog), (key) => scoped.get(key)) : outcomeMatrix(a, catalog),
    appendix: {
      frameworks: a.frameworks.map((fw) => ({
        title: fw.title,
        groupNoun: fw.groupNoun.charAt(0).toUpperCase() + fw.groupNoun.slice(1),
        rows: fw.groups.map((g) => ({ label: groupLabel(g.id, g.title), score: g.score, shownScore: roundScore(g.score), questions: g.questions, gaps: g.gaps })),
      })),
      profiles: a.profiles.map((p) => ({
        id: p.id,
        title: p.title,
        passed: p.passed,
        met: p.met,
        total: p.total,
        unmet: p.requirements
          .filter((r) => !r.met)
          .map((r) => {
            const q = scoped.get(scopeKey(r.question, r.system));
            return { question: r.question, systemTitle: titleOf(r.system), text: textOf(r.question), needs: r.requiredLabel, answer: q?.outcome ? capitalise(statusOf(q)) : r.answer };
          }),
      })),
      unknowns: a.unknowns.map((u) => note(u.question, u.system, scoped.get(scopeKey(u.question, u.system))?.owner ?? systemOwner(u.system) ?? NOT_NAMED)),
      unknownIndicators: unknownIndicators(a).map(outcomeNote),
      contradictions: contradictions(a).map(outcomeNote),
      confirmedAbove: judged.above,
      confirmedBelow: judged.below,
      confirmedWithout: judged.without,
      unanswered: a.unanswered.map((u) => note(u.question, u.system, partlyAnswered(scoped.get(scopeKey(u.question, u.system))))),
      notApplicable: a.notApplicable.map((na) => {
        const why = notApplicableWhy(na, (id) => scoped.get(scopeKey(id, na.system)) ?? scoped.get(id));
        return { ...note(na.question, na.system, why.detail), ...(why.ids.length ? { ids: why.ids } : {}) };
      }),
      stale: a.stale.map((s) => note(s.question, s.system, `Review was due by ${s.reviewBy}${s.owner ? `; owner: ${s.owner}` : ''}`)),
      waivers,
      expiredWaivers: a.expiredWaivers.map((w) => note(w.question, w.system, `Expired on ${w.expires}${w.approvedBy ? `; approved by ${w.approvedBy}` : ''}. ${w.reason.trim()}`)),
      backing: backed,
      // The whole list of the systems level with the weakest, when the summary names only the first few.
      weakest: systems && cutShort(systems.weakest.length) ? systems.weakest.map((w) => ({ title: w.title, owner: w.owner })) : [],
    },
  };
}

/**
 * Whether the outcome tables have a "Below profile" column: only when some outcome in them falls short
 * of a profile. Then every one of them has it, so that the tables read alike, and a row that falls
 * short of none says NO_SHORTFALL: an empty cell is read out as "blank" and flagged by Word's checker.
 */
export const showsBelowProfile = (p: Pick<BoardPaper, 'outcomes'>): boolean => p.outcomes.some((g) => g.rows.some((r) => r.belowProfiles.length > 0));
export const NO_SHORTFALL = 'None';

/**
 * The sentence under the outcomes tables that says what the profile ids in their "Below profile"
 * column stand for; null when no outcome falls short of a profile (and the tables have no such
 * column). `name` formats an id (and escapes it) for the paper's format; titles are escaped by `text`.
 */
export function belowProfileSentence(p: BoardPaper, name: (id: string) => string, text: (title: string) => string): string | null {
  const named = new Set(p.outcomes.flatMap((g) => g.rows.flatMap((r) => r.belowProfiles.map((b) => b.profile))));
  const profiles = p.appendix.profiles.filter((pr) => named.has(pr.id));
  if (!profiles.length) return null;
  return `"Below profile" names each profile the outcome falls short of, and the status it needs, or says "${NO_SHORTFALL}": ${profiles.map((pr) => `${name(pr.id)} is the ${text(pr.title)}`).join('; ')}.`;
}
