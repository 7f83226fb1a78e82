// What an auditor tests in a board paper, worked out once for the markdown, HTML and Word papers:
// the outcomes whose status rests on the assessor's judgement, the register of waivers in force,
// and what stands behind each answer that earns full credit. The papers had shown only the gaps,
// so two answers files that differed only in the evidence behind their met answers gave the same
// paper. Pure: plain text, escaped by each renderer.
import type { Assessment, QuestionResult, ScopeId } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import { capitalise, NOT_NAMED } from './board-paper-words.js';
import { asSentence, nothingIndicated, outcomeLabel, outcomeStatusText, statusWords } from './outcome-view.js';

/** An outcome whose status rests on the assessor's judgement rather than on its indicators alone. */
export interface ConfirmedOutcome {
  question: string;
  /** "B5.c". */
  outcome: string;
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

/** A waiver that has not expired, as the register of accepted risks lists it. */
export interface CurrentWaiver {
  question: string;
  systemTitle: string | null;
  text: string;
  approvedBy: string;
  /** Its date, with "(expires today)" on the day waivers are judged on. */
  until: string;
  /** The reason given, then whatever keeps it from covering a gap, in a sentence. */
  reason: string;
}

/** One scored answer that is not a gap, with what stands behind it: every cell said, none left empty. */
export interface BackingRow {
  question: string;
  text: string;
  answer: string;
  /** The evidence listed, or NONE_RECORDED. */
  evidence: string;
  /** "Owner; review by 2027-05-31", with "Owner not named" and "no review date" where the answers give none. */
  ownerAndReview: string;
  /** The note, or NO_NOTE. */
  note: string;
}

export interface BackingGroup {
  /** The system's title; null for the organisation (and in a paper without systems). */
  systemTitle: string | null;
  rows: BackingRow[];
}

/** Said where an answer in place lists no evidence: that is itself a finding. */
export const NONE_RECORDED = 'None recorded';
export const NO_NOTE = 'None';

type TitleOf = (system: ScopeId) => string | null;

/** The outcomes confirmed above their indicators, and those confirmed without any, in questionnaire order. */
export function confirmedOutcomes(a: Assessment, titleOf: TitleOf, label: (q: QuestionResult) => string): { above: ConfirmedOutcome[]; without: ConfirmedOutcome[] } {
  const judged = (q: QuestionResult): ConfirmedOutcome | null => {
    const o = q.outcome;
    if (!o?.confirmed || q.status === 'not-applicable') return null;
    const unmet = new Set(o.unmet);
    return {
      question: q.id,
      outcome: label(q),
      systemTitle: titleOf(q.system),
      text: q.text,
      indicatorsSay: nothingIndicated(o) ? null : statusWords(o.derived),
      confirmed: statusWords(o.confirmed),
      justification: o.justification?.trim() ?? '',
      notMet: o.withoutIndicators ? [] : o.indicators.filter((i) => unmet.has(i.id)).map((i) => ({ id: i.id, text: i.text, comment: i.comment?.trim() || null })),
    };
  };
  const above = a.questions.filter((q) => q.outcome?.confirmedAbove && !q.outcome.withoutIndicators).map(judged);
  const without = a.questions.filter((q) => q.outcome?.withoutIndicators).map(judged);
  const present = (xs: (ConfirmedOutcome | null)[]): ConfirmedOutcome[] => xs.filter((x): x is ConfirmedOutcome => x !== null);
  return { above: present(above), without: present(without) };
}

/**
 * Every waiver that has not expired, in the order the answers give them. `stopOf` says why one that
 * covers a gap still gives it no cover (gate-stops.ts), or null.
 */
export function currentWaivers(a: Assessment, titleOf: TitleOf, textOf: (question: string) => string, stopOf: (question: string, system: ScopeId) => string | null): CurrentWaiver[] {
  return a.waivers
    .filter((w) => w.state === 'active')
    .map((w) => {
      const stop = w.coversGap ? stopOf(w.question, w.system) : null;
      const after = !w.coversGap ? ' It covers no gap: the answer meets the question, or the question does not count.' : stop ? ` It gives no cover, as ${stop}.` : '';
      return {
        question: w.question,
        systemTitle: titleOf(w.system),
        text: textOf(w.question),
        approvedBy: w.approvedBy ?? NOT_NAMED,
        until: w.expires === a.today ? `${w.expires} (expires today)` : w.expires,
        // A reason without a full stop would run into the sentence after it.
        reason: after ? `${asSentence(w.reason)}${after}` : w.reason.trim(),
      };
    });
}

/**
 * Each scored answer that is not a gap, by scope: the organisation's first, then each system's in
 * the order listed. `systemOwner` gives the owner a paper names for a system's answer with none of its own.
 */
export function backing(a: Assessment, titleOf: TitleOf, systemOwner: (system: ScopeId) => string | null): BackingGroup[] {
  const gaps = new Set(a.gaps.map((g) => scopeKey(g.question, g.system)));
  // Grouped in one pass: a filter per system was quadratic in the systems of a large assessment.
  const byScope = new Map<ScopeId, BackingRow[]>([[null, []], ...a.systems.map((s): [ScopeId, BackingRow[]] => [s.id, []])]);
  for (const q of a.questions) {
    if (q.included && q.status === 'answered' && !gaps.has(scopeKey(q.id, q.system))) byScope.get(q.system)?.push(backingRow(q, systemOwner(q.system)));
  }
  return [...byScope].map(([system, rows]) => ({ systemTitle: titleOf(system), rows })).filter((g) => g.rows.length > 0);
}

function backingRow(q: QuestionResult, systemOwner: string | null): BackingRow {
  // An answer without an owner of its own is said to be its system owner's, and marked so: the
  // auditor asks whoever the file names, and should know when that is by default.
  const owner = q.owner ?? (systemOwner ? `${systemOwner} (system owner)` : null);
  // An outcome by its label and short name ("B5.c Backups"): a CAF outcome's full words fill a row.
  const name = q.text.includes(':') ? q.text.slice(0, q.text.indexOf(':')) : q.text;
  const review = q.reviewBy ? `review by ${q.reviewBy}${q.stale ? ' (overdue)' : ''}` : 'no review date';
  return {
    question: q.id,
    text: q.outcome ? `${outcomeLabel(q)} ${name}` : q.text,
    answer: q.outcome ? capitalise(outcomeStatusText(q)) : q.answer,
    evidence: q.evidence.length ? q.evidence.map((e) => e.trim()).join('; ') : NONE_RECORDED,
    ownerAndReview: `${owner ?? 'Owner not named'}; ${review}`,
    note: q.note?.trim() || NO_NOTE,
  };
}
