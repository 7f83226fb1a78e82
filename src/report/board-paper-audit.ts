// What an auditor tests in a board paper, worked out once for the markdown, HTML and Word papers:
// the outcomes whose status rests on the assessor's judgement (the register of waivers in force is
// board-paper-waivers.ts), and what stands behind each answer that earns full credit. The papers had shown only the gaps,
// so two answers files that differed only in the evidence behind their met answers gave the same
// paper. Pure: plain text, escaped by each renderer.
import { statusWords } from '../questionnaire/outcome.js';
import type { Assessment, QuestionResult, ScopeId } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import { capitalise } from './board-paper-words.js';
import { countWord } from '../text/count-words.js';
import { confirmedBelow, labelled, nothingIndicated, outcomeStatusText } from './outcome-view.js';

/** An outcome whose status rests on the assessor's judgement rather than on its indicators alone. */
export interface ConfirmedOutcome {
  question: string;
  /** "B5.c"; '' for an outcome no framework names (outcome-view.ts). */
  outcome: string;
  system: ScopeId;
  systemTitle: string | null;
  text: string;
  /** What the indicators say, in words ("partially achieved"); null when none was answered. */
  indicatorsSay: string | null;
  /** The status confirmed, in words ("achieved"). */
  confirmed: string;
  justification: string;
  /** The statements not yet met, with the assessor's comments; empty without indicators. */
  notMet: { id: string; text: string; comment: string | null }[];
}

/** One scored answer that is not a gap, with what stands behind it: every cell said, none left empty. */
export interface BackingRow {
  question: string;
  text: string;
  answer: string;
  /** The evidence listed, then (an outcome's) each comment on an indicator met, a line each; or NONE_RECORDED. */
  evidence: string;
  /** "Owner; review by 2027-05-31", with "Owner not named" or "no review date" where the answers give one only; NOTHING_GIVEN for neither. */
  ownerAndReview: string;
  /** The note, or NOTHING_GIVEN. */
  note: string;
}

export interface BackingGroup {
  /** The system's title; null for the organisation (and in a paper without systems). */
  systemTitle: string | null;
  rows: BackingRow[];
}

/** Said where an answer in place lists no evidence: that is itself a finding. */
export const NONE_RECORDED = 'None recorded';
/** A cell where the answers file gives nothing (no note; no owner and no review date), said once under the heading. */
export const NOTHING_GIVEN = '\u2014';
/** After an outcome's status where its indicators contradict each other (outcome-view.ts contradictions). */
export const CONTRADICTED = 'contradicted: see Contradictions to resolve';

type TitleOf = (system: ScopeId) => string | null;

/**
 * The outcomes confirmed above their indicators, below them, and those confirmed without any, in
 * questionnaire order. One confirmed below scores less than its indicators show: its justification
 * is the only place the paper says why, as its action has no indicator still to meet.
 */
export function confirmedOutcomes(a: Assessment, titleOf: TitleOf, label: (q: QuestionResult) => string): { above: ConfirmedOutcome[]; below: ConfirmedOutcome[]; without: ConfirmedOutcome[] } {
  const judged = (q: QuestionResult): ConfirmedOutcome | null => {
    const o = q.outcome;
    if (!o?.confirmed || q.status === 'not-applicable') return null;
    const unmet = new Set(o.unmet);
    return {
      question: q.id,
      outcome: label(q),
      system: q.system,
      systemTitle: titleOf(q.system),
      text: q.text,
      indicatorsSay: nothingIndicated(o) ? null : statusWords(o.derived),
      confirmed: statusWords(o.confirmed),
      justification: o.justification?.trim() ?? '',
      notMet: o.withoutIndicators ? [] : o.indicators.filter((i) => unmet.has(i.id)).map((i) => ({ id: i.id, text: i.text, comment: i.comment?.trim() || null })),
    };
  };
  const above = a.questions.filter((q) => q.outcome?.confirmedAbove && !q.outcome.withoutIndicators).map(judged);
  const below = a.questions.filter((q) => q.outcome && confirmedBelow(q.outcome)).map(judged);
  const without = a.questions.filter((q) => q.outcome?.withoutIndicators).map(judged);
  const present = (xs: (ConfirmedOutcome | null)[]): ConfirmedOutcome[] => xs.filter((x): x is ConfirmedOutcome => x !== null);
  return { above: present(above), below: present(below), without: present(without) };
}

/**
 * Each scored answer that is not a gap, by scope: the organisation's first, then each system's in
 * the order listed. `systemOwner` gives the owner a paper names for a system's answer with none of its own.
 */
export function backing(a: Assessment, titleOf: TitleOf, systemOwner: (system: ScopeId) => string | null, label: (q: QuestionResult) => string): BackingGroup[] {
  const gaps = new Set(a.gaps.map((g) => scopeKey(g.question, g.system)));
  // Grouped in one pass: a filter per system was quadratic in the systems of a large assessment.
  const byScope = new Map<ScopeId, BackingRow[]>([[null, []], ...a.systems.map((s): [ScopeId, BackingRow[]] => [s.id, []])]);
  // The owner is named by what the questionnaire calls a system, as the rest of the paper does.
  const ownerWord = `${a.systemLabel ?? 'system'} owner`;
  for (const q of a.questions) {
    if (q.included && q.status === 'answered' && !gaps.has(scopeKey(q.id, q.system))) byScope.get(q.system)?.push(backingRow(q, systemOwner(q.system), ownerWord, label));
  }
  return [...byScope].map(([system, rows]) => ({ systemTitle: titleOf(system), rows })).filter((g) => g.rows.length > 0);
}

function backingRow(q: QuestionResult, systemOwner: string | null, ownerWord: string, label: (q: QuestionResult) => string): BackingRow {
  // An answer without an owner of its own is said to be its system owner's, and marked so ("(school
  // owner)"): the auditor asks whoever the file names, and should know when that is by default.
  const owner = q.owner ?? (systemOwner ? `${systemOwner} (${ownerWord})` : null);
  // An outcome by its label and short name ("B5.c Backups"): a CAF outcome's full words fill a row.
  const name = q.text.includes(':') ? q.text.slice(0, q.text.indexOf(':')) : q.text;
  const review = q.reviewBy ? `review by ${q.reviewBy}${q.stale ? ' (overdue)' : ''}` : null;
  // A CAF assessor records evidence as comments on the indicators met ("Security lead post (0.6
  // FTE) …"), more often than as an `evidence:` list: both are what stands behind the outcome.
  const comments = (q.outcome?.indicators ?? []).filter((i) => i.value === true && i.column !== 'not-achieved' && i.comment?.trim()).map((i) => `Comment on ${i.id}: ${i.comment?.trim() ?? ''}`);
  const evidence = [...(q.evidence.length ? [q.evidence.map((e) => e.trim()).join('; ')] : []), ...comments];
  const answer = q.outcome ? capitalise(outcomeStatusText(q)) : q.answer;
  return {
    question: q.id,
    text: q.outcome ? labelled(label(q), name) : q.text,
    // Met on its indicators, yet one of them says "not achieved": the paper must not show it clean.
    answer: q.outcome?.contradictions.length ? `${answer} — ${CONTRADICTED}` : answer,
    evidence: evidence.length ? evidence.join('\n') : NONE_RECORDED,
    ownerAndReview: owner === null && review === null ? NOTHING_GIVEN : `${owner ?? 'Owner not named'}; ${review ?? 'no review date'}`,
    note: q.note?.trim() || NOTHING_GIVEN,
  };
}

/**
 * The sentence under "What stands behind the answers in place": what its rows are, its finding (how
 * many answers in place have no evidence), and what its marks mean, said only when some row has them.
 */
export function backingExplain(groups: BackingGroup[]): string {
  const rows = groups.flatMap((g) => g.rows);
  const none = rows.filter((r) => r.evidence === NONE_RECORDED).length;
  const finding =
    none === 0
      ? 'Every answer in place has evidence recorded.'
      : none === rows.length
        ? rows.length === 1
          ? `The one answer in place has no evidence recorded ("${NONE_RECORDED}").`
          : `None of the ${countWord(rows.length)} answers in place has evidence recorded ("${NONE_RECORDED}").`
        : `${none} of the ${rows.length} answers in place ${none === 1 ? 'has' : 'have'} no evidence recorded ("${NONE_RECORDED}").`;
  const out = [
    'Each answer that earns full credit, with the evidence (for an outcome, also the comments on its indicators that are met, each on a line of its own), owner, review date and note the answers file gives for it: the claims an auditor tests.',
    finding,
  ];
  if (rows.some((r) => r.ownerAndReview === NOTHING_GIVEN || r.note === NOTHING_GIVEN)) out.push(`A dash (${NOTHING_GIVEN}) means the file gives nothing there: no owner and no review date, or no note.`);
  if (rows.some((r) => r.answer.endsWith(CONTRADICTED))) out.push('A status marked "contradicted" is in doubt: one of its indicators contradicts the others, and one of the answers is wrong.');
  return out.join(' ');
}
