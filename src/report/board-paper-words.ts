// The board paper's plain words: the summary's sentences and what is asked of the reader. Kept
// apart from the model's shape (board-paper.ts) because it is prose, reviewed as prose.
import type { Assessment } from '../scoring/assessment.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { roundScore } from './round-score.js';
import type { SystemsView } from './system-view.js';
import { contradictions, unknownIndicators } from './outcome-view.js';
import { paperGateTitle } from './paper-gate-title.js';
import { listWords } from '../text/list-words.js';
import { plural, tally } from '../text/count-words.js';
import { cutShort, paperList, paperNumbers } from './paper-lists.js';

/** What a paper says where no owner is named, as a table cell or an appendix entry. */
export const NOT_NAMED = 'Not named';

// The number rule for prose lives with its helper (text/count-words.ts): words to nine, then numerals.
export { plural };
/** A status or answer standing alone (a table cell), begun with a capital as the other cells are. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * Text that leads into what follows it after a colon ("B5.c Backups: … it holds: B5.c.A.2 …"). A
 * sentence's own full stop, colon or semicolon gives way to the colon, so a list never reads ".:";
 * a question or exclamation mark stays, and a dash joins instead ("Is it tested? — …").
 */
export function leadInto(text: string): string {
  const t = text.trimEnd();
  if (/[?!\u2026]$/u.test(t)) return `${t} —`;
  return `${t.replace(/[.:;,]+$/u, '')}:`;
}
/**
 * The agreed thresholds (the CI's gates) as every paper names them: "Agreed thresholds: not all met",
 * each "Met" or "Not met". A committee agrees thresholds; "gate" and "failed" are the pipeline's words.
 */
export const thresholdsHeading = (allMet: boolean): string => `Agreed thresholds: ${allMet ? 'all met' : 'not all met'}`;
export const thresholdResult = (met: boolean): string => (met ? 'Met' : 'Not met');
export { listTitles } from '../text/list-words.js';

/** The position in plain sentences, after the score and rating: what was answered, the gaps. */
/** `accepted`: how many gaps are accepted risks as the paper counts them (ActionItem.accepted). */
export function summaryParagraphs(a: Assessment, accepted: number): string[] {
  const c = a.summary;
  // The questions counted are one tally, the gaps by severity another: each in one form (count-words.ts).
  const q = tally([c.included, c.answered, c.unknown, c.unanswered, c.notApplicable]);
  const answered = [`${q.word(c.answered)} answered`];
  if (c.unknown) answered.push(`${q.word(c.unknown)} answered "don't know", which scores nothing until someone finds out`);
  if (c.unanswered) answered.push(`${q.word(c.unanswered)} not answered, which also score nothing`);
  // Nothing counted: one sentence says why, rather than a tally of noughts and a claim that all is met.
  if (!c.included) return [c.notApplicable ? `${capitalise(plural(c.notApplicable, 'question'))} did not apply, so there are no gaps to act on.` : noGapsSentence(a)];
  const first = `${capitalise(q.plural(c.included, 'question'))} counted towards the score: ${listWords(answered, 'and')}${c.notApplicable ? `; ${q.plural(c.notApplicable, 'question')} did not apply` : ''}.`;
  const present = (['critical', 'high', 'medium', 'low'] as const).filter((s) => c.bySeverity[s] > 0);
  const g = tally([c.gaps, ...present.map((s) => c.bySeverity[s])]);
  const severities = present.map((s) => `${g.word(c.bySeverity[s])} ${s}`);
  const second = c.gaps
    ? `${c.gaps === 1 ? 'There is one gap' : `There are ${g.plural(c.gaps, 'gap')}`} between the answers and good practice (${listWords(severities, 'and')})${accepted ? `; ${plural(accepted, 'is an accepted risk', 'are accepted risks')} under a waiver that has not expired` : ''}.`
    : noGapsSentence(a);
  return [first, second];
}

/**
 * Why there is no gap, in words: every question met, or (when every question was not applicable)
 * none counted at all, which a reader must not take for a clean bill of health.
 */
export function noGapsSentence(a: Assessment): string {
  return a.summary.included ? 'Every question that counts is fully met: there are no gaps.' : 'No question counted towards the score, so there are no gaps to act on.';
}

/**
 * What is asked of the reader, one decision or request each; `risks` are the ones the paper names.
 * The papers put these straight after the score, as a committee report puts its recommendations,
 * so the decisions are on the first page; the risks they refer to follow ("below"). `acceptedRanks`:
 * the action plan's numbers of the gaps that are accepted risks, for the ask to name them; `judged`:
 * how many outcomes were confirmed above their indicators, and how many without any
 * (board-paper-audit.ts).
 */
export function asksOf(
  a: Assessment,
  risks: { unowned: boolean; due: string | null }[],
  acceptedRanks: number[],
  judged: { above: number; without: number },
  /** The waivers in force (board-paper-waivers.ts), for those that expire today. */
  waivers: { question: string; action: string | null; expiresToday: boolean }[],
): string[] {
  const accepted = acceptedRanks.length;
  const asks: string[] = [];
  const score = roundScore(a.overall.score);
  if (a.overall.score === null) {
    // Nothing to note but that: a paper with no score still asks for the not-applicable answers to be checked.
    const na = a.summary.notApplicable;
    asks.push(`Note that ${noOverallScoreWords(a.sections).note}, so there is no overall score${na ? `; check that the ${na === 1 ? 'question' : plural(na, 'question')} that did not apply really ${na === 1 ? 'does' : 'do'} not (see the appendix)` : ''}.`);
  } else {
    asks.push(`Note the overall score of ${score} out of 100${a.overall.rating ? ` (${a.overall.rating.label})` : ''}${risks.length ? ` and the ${risks.length === 1 ? 'risk' : plural(risks.length, 'risk').replace(/^\S+ /, (n) => `${n}biggest `)} below` : ''}.`);
  }
  if (a.overall.cap) asks.push(`Agree action on the ${plural(a.overall.cap.questions.length, 'automatic fail')}: until ${a.overall.cap.questions.length === 1 ? 'it is' : 'they are'} closed the rating cannot rise, whatever the score.`);
  const failed = a.gates.filter((g) => !g.passed);
  // Said apart with semicolons: "…high or worse and profile…" ran two thresholds together.
  const failedWords = failed.map((g) => paperGateTitle(g, a.profiles));
  if (failed.length) asks.push(`Note that ${plural(failed.length, 'agreed threshold')} ${failed.length === 1 ? 'is' : 'are'} not met: ${failedWords.length > 2 ? `${failedWords.slice(0, -1).join('; ')}; and ${failedWords.at(-1)}` : listWords(failedWords, 'and')}.`);
  const unowned = risks.map((r, i) => (r.unowned ? i + 1 : 0)).filter((n) => n > 0);
  if (unowned.length) {
    const which = unowned.length === risks.length ? (risks.length === 1 ? 'the risk below' : 'each of the risks below') : `risk${unowned.length === 1 ? '' : 's'} ${listWords(unowned.map(String), 'and')} below`;
    asks.push(`Name an owner, with a date for the action, for ${which}.`);
  }
  // An owner with no date from the answers is asked for one: the summary says by when for each risk it can.
  const undated = risks.map((r, i) => (!r.unowned && r.due === null ? i + 1 : 0)).filter((n) => n > 0);
  if (undated.length === risks.length && risks.length) asks.push('Agree a date for each named owner to report back on their action.');
  else if (undated.length) asks.push(`Agree a date for the owner${undated.length === 1 ? '' : 's'} of risk${undated.length === 1 ? '' : 's'} ${listWords(undated.map(String), 'and')} below to report back on their action.`);
  if (a.expiredWaivers.length) asks.push(`Renew with a new date, or withdraw, the ${a.expiredWaivers.length === 1 ? 'waiver' : plural(a.expiredWaivers.length, 'waiver')} that ${a.expiredWaivers.length === 1 ? 'has' : 'have'} expired (see the appendix).`);
  // One that expires on the day judged on still covers its gap, so it is not among the expired; the
  // day after it is. Said here, named by its action, or it was flagged only in the appendix.
  const today = waivers.filter((w) => w.expiresToday);
  if (today.length) {
    const which = `${paperList(today.map((w) => (w.action ? w.action.toLowerCase() : `the one on ${w.question}, which covers no gap`)))}${cutShort(today.length) ? '; the appendix lists every waiver in force' : ''}`;
    asks.push(`Renew with a new date, or withdraw, the ${today.length === 1 ? 'waiver' : plural(today.length, 'waiver')} that ${today.length === 1 ? 'expires' : 'expire'} today (${which}): from tomorrow ${today.length === 1 ? 'it gives' : 'they give'} no cover.`);
  }
  // Only the accepted risks: a waived gap that fails a requested gate or caps the rating is not one,
  // and can be among the biggest risks instead (gate-stops.ts).
  // Named by their numbers in the action plan: "the two risks" alone left the reader to find them.
  if (accepted) {
    // A long list names the first few: the appendix's waivers in force give each one's action.
    const which = `${accepted === 1 ? 'action' : 'actions'} ${paperNumbers(acceptedRanks)}`;
    asks.push(`Confirm that the ${plural(accepted, 'risk')} accepted under a waiver (${which}) ${accepted === 1 ? 'is' : 'are'} still acceptable; the appendix lists every waiver in force.`);
  }
  // A status the assessor confirmed rather than one the indicators show is a judgement: the committee tests it.
  const outcomes = (n: number): string => (n === 1 ? 'outcome' : plural(n, 'outcome'));
  if (judged.above) asks.push(`Test the assessor's judgement on the ${outcomes(judged.above)} confirmed above what ${judged.above === 1 ? 'its' : 'their'} indicators support (the appendix gives each justification).`);
  if (judged.without) asks.push(`Test the assessor's judgement on the ${outcomes(judged.without)} confirmed without indicators (the appendix gives each justification).`);
  const open = a.unknowns.length + a.unanswered.length;
  if (open) {
    const what = `${open === 1 ? 'answer' : 'answers'} still ${a.unanswered.length ? (a.unknowns.length ? 'marked "don\'t know" or missing' : 'missing') : 'marked "don\'t know"'}`;
    asks.push(`Ask someone to find out the ${what} (${plural(open, 'question')}): ${open === 1 ? 'it counts' : 'each counts'} as nothing until then.`);
  }
  // An outcome's statements answered "don't know" count as not true, and are not among the
  // questions above: a paper that asked only about those left a CAF's unknowns unasked.
  const statements = unknownIndicators(a).reduce((n, x) => n + x.indicators.length, 0);
  if (statements) {
    // Counted once per system it was answered for, as the gaps are; the appendix lists each indicator once, with its systems.
    asks.push(`Ask someone to find out the ${statements === 1 ? 'indicator' : plural(statements, 'indicator')} answered "don't know" (see the appendix): ${statements === 1 ? 'it counts' : 'each counts'} as not true until then.`);
  }
  const contradicted = contradictions(a).length;
  if (contradicted) asks.push(`Ask for the ${contradicted === 1 ? 'outcome' : plural(contradicted, 'outcome')} whose indicators contradict each other to be put right (see the appendix): one of the answers is wrong.`);
  // An answer the file gives to a question its other answers rule out: one of them is wrong (not-applicable-why.ts).
  const setAside = a.notApplicable.filter((n) => n.ignored).length;
  if (setAside) asks.push(`Ask for the ${setAside === 1 ? 'answer' : plural(setAside, 'answer')} set aside by earlier answers to be checked (see the appendix): the file answers ${setAside === 1 ? 'a question' : 'questions'} that its other answers rule out.`);
  if (a.stale.length) asks.push(`Ask for the ${a.stale.length === 1 ? 'answer' : plural(a.stale.length, 'answer')} past ${a.stale.length === 1 ? 'its' : 'their'} review date to be checked again.`);
  return asks;
}

/** How the systems were assessed and which is weakest, in plain sentences (SPEC "v2: critical systems"). */
export function systemsParagraph(view: SystemsView): string {
  const n = view.systems.length;
  // One system: no "each of", and nothing to count equally with.
  if (n === 1) {
    return view.withOrganisation
      ? `The ${view.label} sections were answered for the one ${view.label} below, the others once for the organisation; its own score counts the organisation's sections with its own, while its gaps are its own alone.`
      : `Every section was answered for the one ${view.label} below.`;
  }
  if (!view.withOrganisation) return `Every section was answered once for each of the ${plural(n, view.label, view.plural)} below; the overall score counts each ${view.label} equally.`;
  return (
    `The ${view.label} sections were answered once for each of the ${plural(n, view.label, view.plural)} below, the others once for the organisation. ` +
    `Each ${view.label}'s own score counts the organisation's sections with its own, while its gaps are its own alone; the overall score counts each ${view.label} equally.`
  );
}

/** The ask about the weakest system, or null when there is none to name. */
export function weakestAsk(view: SystemsView): string | null {
  const [w, ...level] = view.weakest;
  if (!w || w.gaps === 0) return null;
  if (level.length === 0) {
    // The owner in brackets after the system: an owner is often a post ("Assistant Director, Adult
    // Social Care"), which "Ask … to" would run into the sentence.
    return w.owner
      ? `Ask the owner of the weakest ${view.label}, ${w.title} (${w.owner}), to bring it up to the others, starting with its gaps in the action plan.`
      : `Name an owner for the weakest ${view.label}, ${w.title}, and ask them to bring it up to the others, starting with its gaps in the action plan.`;
  }
  // A long list names the first few and says where the rest are (paper-lists.ts).
  const rest = cutShort(view.weakest.length) ? ` (the appendix lists them all${view.weakest.some((s) => s.owner !== null) ? ', with their owners' : ''})` : '';
  const titles = `${paperList(view.weakest.map((s) => s.title), true)}${rest}`;
  return view.weakest.some((s) => s.owner === null)
    ? `Name an owner for each of the weakest ${view.plural}, ${titles}, and ask each to bring theirs up to the others, starting with its gaps in the action plan.`
    : `Ask the owners of the weakest ${view.plural}, ${paperList(view.weakest.map((s) => `${s.title} (${s.owner})`), true)}${rest}, to bring them up to the others, starting with their gaps in the action plan.`;
}
