import type { Assessment, Gap, ScopeId } from './assessment.js';
import { scopeKey } from './scope-key.js';

/**
 * An automatic fail (a blocking question with a gap) that appeared or cleared between two
 * assessments. It holds the rating at the lowest band whatever the score, so a rating that moves by
 * a band with the score moving a point or two is explained by it, not by the score; and an automatic
 * fail that appears is what a reviewer most needs to see (SPEC "v2: automatic fails": reports say
 * that the rating is capped, and by which questions, before anything else).
 */
export interface AutomaticFailChange {
  question: string;
  system: ScopeId;
  systemTitle: string | null;
  text: string;
  /** The answer that fails now (new), or that failed before (cleared). */
  answer: string;
}

export interface AutomaticFailChanges {
  /** Automatic fails of the later file that the earlier did not have, an added system's too. */
  newAutomaticFails: AutomaticFailChange[];
  /** Automatic fails of the earlier file that the later no longer has. */
  clearedAutomaticFails: AutomaticFailChange[];
}

/**
 * Compare the automatic fails in the organisation and in systems in both files (`kept`), as the
 * answer lists are; and, as for waivers, a system added in the later file brings its automatic
 * fails with it: each is new, as it holds the rating down whether the system came with the pull
 * request or was there before. A removed system's are not "cleared": the system is listed as removed.
 */
export function diffAutomaticFails(before: Assessment, after: Assessment, kept: (system: ScopeId) => boolean, title: (system: ScopeId) => string | null): AutomaticFailChanges {
  const failing = (a: Assessment, counted: (system: ScopeId) => boolean) => new Map(a.gaps.filter((g) => g.blocking && counted(g.system)).map((g) => [scopeKey(g.question, g.system), g]));
  const oldFails = failing(before, kept);
  // Every scope of the later file: those kept, and those added (a removed system is not in it).
  const newFails = failing(after, () => true);
  const change = (g: Gap): AutomaticFailChange => ({ question: g.question, system: g.system, systemTitle: title(g.system), text: g.text, answer: g.answer });
  return {
    newAutomaticFails: [...newFails].filter(([key]) => !oldFails.has(key)).map(([, g]) => change(g)),
    clearedAutomaticFails: [...oldFails].filter(([key]) => !newFails.has(key)).map(([, g]) => change(g)),
  };
}
