// The board paper's plain words: the summary's sentences and what is asked of the reader. Kept
// apart from the model's shape (board-paper.ts) because it is prose, reviewed as prose.
import type { Assessment } from '../scoring/assessment.js';
import type { SystemsView } from './system-view.js';
import { listWords } from '../text/list-words.js';
import { plural, tally } from '../text/count-words.js';
import { cutShort, paperList } from './paper-lists.js';
import { labelled } from './outcome-view.js';

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
 * How every report names an outcome in "Indicators answered don't know" and "Contradictions to
 * resolve": its system (or the systems a merged row is about) first, then its label and words, as a
 * table cell (`name`) and leading into its indicators (`lead`). One place, so the papers, the detailed
 * text and a row merged across systems cannot word it apart.
 */
export function outcomeNoteWords(systemTitle: string | null, outcome: string, text: string): { name: string; lead: string } {
  const name = `${systemTitle ? `${systemTitle}: ` : ''}${labelled(outcome, text)}`;
  return { name, lead: leadInto(name) };
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
