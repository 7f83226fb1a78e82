// The register of waivers in force, as the board papers' appendix lists it: each waiver with the
// action it covers, in the action plan's order, so that the summary's "actions 7 and 23" can be
// found; the approver's reason as given, and apart from it what the tool says of the waiver (it
// covers no gap, and why; or a gate or an automatic fail overrules it). The tool's words had been
// run on after the reason, where a reader took them for the approver's. Pure: plain text.
import type { Assessment, QuestionResult, ScopeId } from '../scoring/assessment.js';
import { capitalise, NOT_NAMED, plural } from './board-paper-words.js';

/** A waiver that has not expired, as the register of accepted risks lists it. */
export interface CurrentWaiver {
  question: string;
  systemTitle: string | null;
  text: string;
  /** The action it covers in the plan ("Action 7"); null when it covers no gap. */
  action: string | null;
  approvedBy: string;
  /** Its date, with "(expires today)" on the day waivers are judged on. */
  until: string;
  /** The reason as the approver gave it. */
  reason: string;
  /** What the tool says of it, as a sentence: why it covers no gap, or what overrules it; null when nothing. */
  note: string | null;
}

type TitleOf = (system: ScopeId) => string | null;

/** Why a waiver whose question has no gap covers none, from its question's result. */
function noGapBecause(result: QuestionResult | undefined): string {
  if (result?.status === 'not-applicable') return 'the question does not apply';
  if (result?.status === 'answered' && result.included) return 'the answer meets the question';
  return 'the question is not scored';
}

/**
 * Every waiver that has not expired: those that cover a gap in the action plan's order, then those
 * that cover none, in the order the answers give them. `rankOf` gives the action a gap is in the
 * plan; `stopOf` says why one that covers a gap still gives it no cover (gate-stops.ts), or null.
 */
export function currentWaivers(
  a: Assessment,
  titleOf: TitleOf,
  textOf: (question: string) => string,
  resultOf: (question: string, system: ScopeId) => QuestionResult | undefined,
  rankOf: (question: string, system: ScopeId) => number | null,
  stopOf: (question: string, system: ScopeId) => string | null,
): CurrentWaiver[] {
  const rows = a.waivers
    .filter((w) => w.state === 'active')
    .map((w) => {
      const rank = w.coversGap ? rankOf(w.question, w.system) : null;
      const stop = w.coversGap ? stopOf(w.question, w.system) : null;
      const note = !w.coversGap ? `It covers no gap: ${noGapBecause(resultOf(w.question, w.system))}.` : stop ? `It does not settle the gap, as ${stop}.` : null;
      return {
        rank,
        row: {
          question: w.question,
          systemTitle: titleOf(w.system),
          text: textOf(w.question),
          action: rank === null ? null : `Action ${rank}`,
          approvedBy: w.approvedBy ?? NOT_NAMED,
          until: w.expires === a.today ? `${w.expires} (expires today)` : w.expires,
          reason: w.reason.trim(),
          note,
        },
      };
    });
  // A stable sort: those without an action keep the answers' order, after the rest.
  return rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity)).map((x) => x.row);
}

/** The sentence under the register's heading: what it lists, and why its rows may outnumber the summary's accepted risks. */
export function waiversExplain(rows: CurrentWaiver[]): string {
  const base = 'Every waiver that has not expired, by the action it covers in the plan, with who approved it, until when and the reason they gave. A waived gap still counts against the score.';
  const none = rows.filter((r) => r.action === null).length;
  if (!none) return base;
  const what = none === rows.length ? (none === 1 ? 'It covers no gap' : 'None of them covers a gap') : `${capitalise(plural(none, 'of them covers', 'of them cover'))} no gap`;
  return `${base} ${what}, so ${none === 1 ? 'it is' : 'they are'} not among the accepted risks the summary counts; the note says why.`;
}
