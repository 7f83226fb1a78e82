// What a board paper asks of its reader: one decision or request each, with the things it is about
// named under it. The asks had said "the two risks accepted under a waiver (actions 7 and 23)" or
// "the waiver that has expired", and a cabinet was asked to accept a risk that page one did not
// name. Each is named as the biggest risks are (the question's words, and its system), after its
// number in the action plan where it has one. Pure: plain text, escaped by each renderer.
import type { Assessment, QuestionResult, ScopeId } from '../scoring/assessment.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { scopeKey } from '../scoring/scope-key.js';
import { listWords } from '../text/list-words.js';
import { plural } from '../text/count-words.js';
import { contradictions, labelled, outcomeName, unknownIndicators } from './outcome-view.js';
import { paperGateTitle } from './paper-gate-title.js';
import { paperItems } from './paper-lists.js';
import { roundScore } from './round-score.js';

/** One thing asked of the reader: a sentence, and under it what it is about (empty when the sentence says it). */
export interface PaperAsk {
  text: string;
  items: string[];
}

/** How the asks name a question on a scope, and find its number in the action plan. */
export interface AskNames {
  /** "Action 7: Is a cabinet member … ?", "B5.c Backups (Waste collection and fleet management)". */
  name(question: string, system: ScopeId): string;
  rank(question: string, system: ScopeId): number | null;
}

/**
 * The namer for an assessment: a question by its words, an outcome by its label and short name (a
 * CAF outcome's full words fill a line, "B5.c Backups" says which), with its system in brackets as
 * the biggest risks give it, after its action's number when it is a gap.
 */
export function askNames(
  a: Assessment,
  titleOf: (system: ScopeId) => string | null,
  rankOf: (question: string, system: ScopeId) => number | null,
  label: (q: QuestionResult) => string,
): AskNames {
  const scoped = new Map(a.questions.map((q) => [scopeKey(q.id, q.system), q]));
  const first = new Map<string, QuestionResult>();
  for (const q of a.questions) if (!first.has(q.id)) first.set(q.id, q);
  return {
    rank: rankOf,
    name(question, system) {
      const q = scoped.get(scopeKey(question, system)) ?? first.get(question);
      const words = !q ? question : q.type === 'outcome' ? labelled(label(q), outcomeName(q.text)) : q.text;
      const where = titleOf(system);
      const rank = rankOf(question, system);
      return `${rank === null ? '' : `Action ${rank}: `}${words}${where ? ` (${where})` : ''}`;
    },
  };
}

const ask = (text: string, items: string[] = []): PaperAsk => ({ text, items });

type Scoped = { question: string; system: ScopeId };

/** What an ask is about, named in the action plan's order (those with no action after, as given), cut short as the front of a paper is. */
function itemsOf<T extends Scoped>(names: AskNames, xs: readonly T[], words: (x: T, name: string) => string = (_x, name) => name): string[] {
  const ranked = xs.map((x) => ({ x, rank: names.rank(x.question, x.system) })).sort((p, q) => (p.rank ?? Infinity) - (q.rank ?? Infinity));
  return paperItems(ranked.map(({ x }) => words(x, names.name(x.question, x.system))));
}
const these = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The ask on automatic fails: true whether closing them would lift the rating or the score must rise too. */
function capAsk(a: Assessment): string | null {
  const cap = a.overall.cap;
  if (!cap) return null;
  const n = cap.questions.length;
  const lead = `Agree action on the ${plural(n, 'automatic fail')}`;
  const closed = `until ${these(n, 'it is', 'they are')} closed`;
  const { rating, score } = a.overall;
  // The score alone earns a higher band: closing them lifts the rating (SPEC v2 "automatic fails").
  if (rating && cap.uncappedRating && cap.uncappedRating.label !== rating.label) return `${lead}: the score alone would rate ${cap.uncappedRating.label}, but ${closed} the rating stays at ${rating.label}.`;
  // The score is below the next band too: "until they are closed the rating cannot rise" read as if
  // closing them were enough, when a Cyber Essentials paper at 72 also needs 75.
  const next = rating && score !== null ? a.ratings.filter((r) => r.min > score && r.min > (a.ratings.find((x) => x.label === rating.label)?.min ?? Infinity)).sort((x, y) => x.min - y.min)[0] : undefined;
  if (rating && next) {
    return `${lead}: ${closed} the rating stays at ${rating.label}, whatever the score; closing ${these(n, 'it', 'them')} alone will not lift it, as the score (${roundScore(score)}) is also below the ${next.min} the next band needs.`;
  }
  return `${lead}: while ${these(n, 'it is', 'they are')} open, ${these(n, 'it caps', 'they cap')} the rating, whatever the score.`;
}

/**
 * What is asked of the reader, one decision or request each; `risks` are the ones the paper names.
 * The papers put these straight after the score, as a committee report puts its recommendations,
 * so the decisions are on the first page; the risks they refer to follow ("below"). `accepted`: the
 * gaps that are accepted risks, named, in the action plan's order; `judged`: the outcomes confirmed
 * above their indicators, and without any (board-paper-audit.ts), named; `unevidenced`: how many
 * answers in place list no evidence (board-paper-audit.ts backing).
 */
export function asksOf(
  a: Assessment,
  risks: { unowned: boolean; due: string | null }[],
  names: AskNames,
  named: { accepted: Scoped[]; above: Scoped[]; without: Scoped[] },
  unevidenced: number,
): PaperAsk[] {
  const asks: PaperAsk[] = [];
  const score = roundScore(a.overall.score);
  if (a.overall.score === null) {
    // Nothing to note but that: a paper with no score still asks for the not-applicable answers to be checked.
    const na = a.summary.notApplicable;
    asks.push(ask(`Note that ${noOverallScoreWords(a.sections).note}, so there is no overall score${na ? `; check that the ${na === 1 ? 'question' : plural(na, 'question')} that did not apply really ${na === 1 ? 'does' : 'do'} not (see the appendix)` : ''}.`));
  } else {
    asks.push(ask(`Note the overall score of ${score} out of 100${a.overall.rating ? ` (${a.overall.rating.label})` : ''}${risks.length ? ` and the ${risks.length === 1 ? 'risk' : plural(risks.length, 'risk').replace(/^\S+ /, (n) => `${n}biggest `)} below` : ''}.`));
  }
  const cap = capAsk(a);
  if (cap) asks.push(ask(cap));
  const failed = a.gates.filter((g) => !g.passed);
  // Said apart with semicolons: "…high or worse and profile…" ran two thresholds together.
  const failedWords = failed.map((g) => paperGateTitle(g, a.profiles));
  if (failed.length) asks.push(ask(`Note that ${plural(failed.length, 'agreed threshold')} ${failed.length === 1 ? 'is' : 'are'} not met: ${failedWords.length > 2 ? `${failedWords.slice(0, -1).join('; ')}; and ${failedWords.at(-1)}` : listWords(failedWords, 'and')}.`));
  const unowned = risks.map((r, i) => (r.unowned ? i + 1 : 0)).filter((n) => n > 0);
  if (unowned.length) {
    const which = unowned.length === risks.length ? (risks.length === 1 ? 'the risk below' : 'each of the risks below') : `risk${unowned.length === 1 ? '' : 's'} ${listWords(unowned.map(String), 'and')} below`;
    asks.push(ask(`Name an owner, with a date for the action, for ${which}.`));
  }
  // An owner with no date from the answers is asked for one: the summary says by when for each risk it can.
  const undated = risks.map((r, i) => (!r.unowned && r.due === null ? i + 1 : 0)).filter((n) => n > 0);
  if (undated.length === risks.length && risks.length) asks.push(ask('Agree a date for each named owner to report back on their action.'));
  else if (undated.length) asks.push(ask(`Agree a date for the owner${undated.length === 1 ? '' : 's'} of risk${undated.length === 1 ? '' : 's'} ${listWords(undated.map(String), 'and')} below to report back on their action.`));
  const expired = a.expiredWaivers;
  if (expired.length) {
    asks.push(ask(`Renew with a new date, or withdraw, the ${expired.length === 1 ? 'waiver' : plural(expired.length, 'waiver')} that ${expired.length === 1 ? 'has' : 'have'} expired (see the appendix).`, itemsOf(names, expired)));
  }
  // One that expires on the day judged on still covers its gap, so it is not among the expired; the
  // day after it is. Said here, named by its action, or it was flagged only in the appendix.
  const today = a.waivers.filter((w) => w.state === 'active' && w.expires === a.today);
  if (today.length) {
    const items = itemsOf(names, today, (w, name) => `${name}${w.coversGap ? '' : ', which covers no gap'}`);
    asks.push(ask(`Renew with a new date, or withdraw, the ${today.length === 1 ? 'waiver' : plural(today.length, 'waiver')} that ${today.length === 1 ? 'expires' : 'expire'} today: from tomorrow ${today.length === 1 ? 'it gives' : 'they give'} no cover.`, items));
  }
  // Only the accepted risks: a waived gap that fails a requested gate or caps the rating is not one,
  // and can be among the biggest risks instead (gate-stops.ts).
  const accepted = named.accepted.length;
  if (accepted) asks.push(ask(`Confirm that the ${plural(accepted, 'risk')} accepted under a waiver ${accepted === 1 ? 'is' : 'are'} still acceptable; the appendix lists every waiver in force.`, itemsOf(names, named.accepted)));
  // A status the assessor confirmed rather than one the indicators show is a judgement: the committee tests it.
  const outcomes = (n: number): string => (n === 1 ? 'outcome' : plural(n, 'outcome'));
  const { above, without } = named;
  if (above.length) asks.push(ask(`Test the assessor's judgement on the ${outcomes(above.length)} confirmed above what ${above.length === 1 ? 'its' : 'their'} indicators support (the appendix gives each justification).`, itemsOf(names, above)));
  if (without.length) asks.push(ask(`Test the assessor's judgement on the ${outcomes(without.length)} confirmed without indicators (the appendix gives each justification).`, itemsOf(names, without)));
  // Evidence is what an auditor tests an answer by; said on page one, not only in the last appendix.
  if (unevidenced) {
    const one = unevidenced === 1;
    asks.push(ask(`Ask for evidence to be recorded for the ${one ? 'answer' : plural(unevidenced, 'answer')} in place that ${one ? 'has' : 'have'} none yet, most important first, so that ${one ? 'it' : 'each'} can be checked (the appendix lists ${one ? 'it' : 'them'}).`));
  }
  const open = [...a.unknowns, ...a.unanswered];
  if (open.length) {
    const what = `${open.length === 1 ? 'answer' : 'answers'} still ${a.unanswered.length ? (a.unknowns.length ? 'marked "don\'t know" or missing' : 'missing') : 'marked "don\'t know"'}`;
    asks.push(ask(`Ask someone to find out the ${what} (${plural(open.length, 'question')}): ${open.length === 1 ? 'it counts' : 'each counts'} as nothing until then.`, itemsOf(names, open)));
  }
  // An outcome's statements answered "don't know" count as not true, and are not among the
  // questions above: a paper that asked only about those left a CAF's unknowns unasked.
  const unknown = unknownIndicators(a);
  const statements = unknown.reduce((n, x) => n + x.indicators.length, 0);
  if (statements) {
    // Counted once per system it was answered for, as the gaps are; named by the outcome they are in.
    const where = unknown.length === 1 ? 'in the outcome below' : 'in the outcomes below';
    asks.push(ask(`Ask someone to find out the ${statements === 1 ? 'indicator' : plural(statements, 'indicator')} answered "don't know" ${where} (the appendix gives each): ${statements === 1 ? 'it counts' : 'each counts'} as not true until then.`, itemsOf(names, unknown)));
  }
  const contradicted = contradictions(a);
  if (contradicted.length) {
    const n = contradicted.length;
    asks.push(ask(`Ask for the ${n === 1 ? 'outcome' : plural(n, 'outcome')} whose indicators contradict each other to be put right (see the appendix): one of the answers is wrong.`, itemsOf(names, contradicted)));
  }
  // An answer the file gives to a question its other answers rule out: one of them is wrong (not-applicable-why.ts).
  const setAside = a.notApplicable.filter((n) => n.ignored);
  if (setAside.length) {
    const n = setAside.length;
    asks.push(ask(`Ask for the ${n === 1 ? 'answer' : plural(n, 'answer')} set aside by earlier answers to be checked (see the appendix): the file answers ${n === 1 ? 'a question' : 'questions'} that its other answers rule out.`, itemsOf(names, setAside)));
  }
  if (a.stale.length) {
    const n = a.stale.length;
    asks.push(ask(`Ask for the ${n === 1 ? 'answer' : plural(n, 'answer')} past ${n === 1 ? 'its' : 'their'} review date to be checked again.`, itemsOf(names, a.stale)));
  }
  return asks;
}
