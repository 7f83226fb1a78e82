// Answers past their review date, for the CI formats that show results at a line (SARIF, GitLab).
// A stale answer that scores short is already a gap there; one that scores full has nothing else to
// show it, so a pull request never said that an answer had lapsed until `--fail-on-stale` failed.
import type { Assessment, StaleAnswer } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import type { ScopeWords } from './machine-scope.js';

/** The stale answers' rule id: no question may have it (reserved-ids.ts). */
export { STALE_RULE } from '../questionnaire/reserved-ids.js';

export interface StaleResult {
  stale: StaleAnswer;
  /** The question's text, to say which answer it is. */
  text: string;
  /** Whether `--fail-on-stale` was asked for and fails on it: then it blocks, as a gap that fails a gate does. */
  stops: boolean;
}

/** Stale answers that have no gap of their own, in the order the assessment lists them. */
export function staleResults(a: Assessment): StaleResult[] {
  const gaps = new Set(a.gaps.map((g) => scopeKey(g.question, g.system)));
  const texts = new Map(a.questions.map((q) => [q.id, q.text]));
  const failing = new Set(a.gates.filter((g) => g.id === 'stale' && !g.passed).flatMap((g) => g.failures.map((f) => scopeKey(f.question ?? '', f.system))));
  return a.stale
    .filter((s) => !gaps.has(scopeKey(s.question, s.system)))
    .map((stale) => ({ stale, text: texts.get(stale.question) ?? stale.question, stops: failing.has(scopeKey(stale.question, stale.system)) }));
}

/**
 * The words for a stale answer, the same in SARIF and GitLab. No owner: these are read by everyone
 * with access to the repository, and neither format names the owner of a gap (README "What each
 * report carries beyond the scores"); the papers, CSV and JUnit say who is to check it.
 */
export function staleMessage(r: StaleResult, words: ScopeWords): string {
  const { stale } = r;
  const gate = r.stops ? ' It fails a requested gate (no answer past its review date).' : '';
  return `Answer past its review date${words.forSystem(stale.system)}: "${stale.question}" (${r.text}) was due for review by ${stale.reviewBy}. It scores in full, but may no longer be true: check it and set a new reviewBy date.${gate}`;
}

/** A stale answer's own fingerprint, apart from its question's gap, so a gap that opens later is new. */
export const staleKey = (questionnaire: string, stale: StaleAnswer): string => `${questionnaire}:${stale.question}${stale.system === null ? '' : `:${stale.system}`}:stale`;

/** For a gap whose answer is also past review: ` Its review was due by DATE.`, else ''. */
export function staleNote(a: Assessment): (g: { question: string; system: StaleAnswer['system'] }) => string {
  const due = new Map(a.stale.map((s) => [scopeKey(s.question, s.system), s.reviewBy]));
  return (g) => {
    const date = due.get(scopeKey(g.question, g.system));
    return date === undefined ? '' : ` Its review was due by ${date}.`;
  };
}
