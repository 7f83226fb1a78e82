import type { Assessment, QuestionResult, ScopeId } from './assessment.js';
import { scopeKey } from './scope-key.js';
import type { EarlierJudged } from './diff-waivers.js';

/**
 * An answer that went past its review date (`reviewBy` before the day its file is judged on) between
 * two assessments, or came back within it. A stale answer moves no score: without this a pull request
 * that brought a review date forward past today read as "No answer changed its score". The earlier
 * file is judged on the day it was assessed, so an answer whose review date fell due in between is
 * newly stale though its date did not move.
 */
export interface StaleChange {
  question: string;
  system: ScopeId;
  systemTitle: string | null;
  text: string;
  /** Its review date in the earlier file; null where it had none. */
  oldReviewBy: string | null;
  /** Its review date in the later file; null where it has none (or the answer was taken out). */
  newReviewBy: string | null;
  /** Who owns the answer (in the later file, else the earlier). */
  owner: string | null;
}

export interface StaleChanges {
  /** Answers past their review date in the later file and not in the earlier, an added system's too. */
  newlyStale: StaleChange[];
  /** Answers past their review date in the earlier file and not in the later, in scopes of both files. */
  noLongerStale: StaleChange[];
}

/**
 * Compare which answers are stale: newly so in every scope of the later file, no longer so in scopes
 * of both (`kept`). Newly stale is judged against the earlier file on the day it was assessed, so an
 * answer that fell due since is listed; no longer stale against it on the later day, so an answer
 * reviewed since (its date moved on after it had fallen due, or would have) is listed too.
 */
export function diffStale(before: EarlierJudged, after: Assessment, kept: (system: ScopeId) => boolean, title: (system: ScopeId) => string | null): StaleChanges {
  const byKey = (a: Assessment) => new Map(a.questions.map((q) => [scopeKey(q.id, q.system), q]));
  const thenQuestions = byKey(before.then);
  const newQuestions = byKey(after);
  const change = (o: QuestionResult | undefined, n: QuestionResult | undefined): StaleChange => {
    const base = (n ?? o)!;
    return { question: base.id, system: base.system, systemTitle: title(base.system), text: base.text, oldReviewBy: o?.reviewBy ?? null, newReviewBy: n?.reviewBy ?? null, owner: n?.owner ?? o?.owner ?? null };
  };
  return {
    newlyStale: after.questions.filter((n) => n.stale && thenQuestions.get(scopeKey(n.id, n.system))?.stale !== true).map((n) => change(thenQuestions.get(scopeKey(n.id, n.system)), n)),
    noLongerStale: before.now.questions.filter((o) => o.stale && kept(o.system) && newQuestions.get(scopeKey(o.id, o.system))?.stale !== true).map((o) => change(o, newQuestions.get(scopeKey(o.id, o.system)))),
  };
}
