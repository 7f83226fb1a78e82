// The headings of the board paper's appendix and the sentence under each that says what its rows
// mean, in one place for the markdown, HTML and Word papers. Each paper had written them itself, and
// they drifted: Word's said "Contradictions" where the others said what to do with them, and left
// the sentences out, so its reader did not learn that a "don't know" scores 0.

import { plural } from '../text/count-words.js';
import { systemFigures, type SystemsView } from './system-view.js';

export interface AppendixPart {
  title: string;
  /** What the rows mean; '' when the heading says it all. */
  explain: string;
}

export const UNKNOWNS: AppendixPart = { title: 'Answered "don\'t know"', explain: 'Each scores 0 until someone finds out.' };

export const UNKNOWN_INDICATORS: AppendixPart = { title: 'Indicators answered "don\'t know"', explain: 'They count as not true until someone finds out.' };

export const CONTRADICTIONS: AppendixPart = {
  title: 'Contradictions to resolve',
  explain: 'A "not achieved" indicator is true although the other indicators meet the outcome: one of the answers is wrong.',
};

export const CONFIRMED_ABOVE: AppendixPart = {
  title: 'Outcomes confirmed above their indicators',
  explain: "The assessor confirmed a higher status than the indicators show. Each scores what was confirmed, so each rests on the assessor's justification, given here in full with the statements not yet met.",
};

export const CONFIRMED_BELOW: AppendixPart = {
  title: 'Outcomes confirmed below their indicators',
  explain: "The assessor confirmed a lower status than the indicators show. Each scores what was confirmed, and stays a gap with no indicator left to meet: what closes it is in the assessor's justification, given here in full.",
};

export const CONFIRMED_WITHOUT: AppendixPart = {
  title: 'Outcomes confirmed without indicators',
  explain: "No indicator was answered: each status, and its score, rests on the assessor's justification alone.",
};

/** `partly`: some of them are outcomes with indicators answered so far, which score what those show. */
export const unansweredPart = (partly: boolean): AppendixPart => ({
  title: 'Not answered',
  explain: partly ? 'Each scores 0, except an outcome, which scores what its indicators answered so far show.' : 'Each scores 0.',
});

export const NOT_APPLICABLE: AppendixPart = { title: 'Not applicable', explain: '' };

export const STALE: AppendixPart = { title: 'Answers past their review date', explain: '' };

/** Its sentence depends on its rows (board-paper-waivers.ts waiversExplain). */
export const WAIVERS_TITLE = 'Waivers in force';

export const EXPIRED_WAIVERS: AppendixPart = { title: 'Expired waivers', explain: 'An expired waiver gives no cover.' };

export const PROFILES: AppendixPart = { title: 'Profiles', explain: "A profile is a set of minimum answers, such as a framework's baseline." };

/** Its sentence states its finding, so depends on its rows (board-paper-audit.ts backingExplain). */
export const BACKING_TITLE = 'What stands behind the answers in place';

/**
 * The systems level with the weakest, with their owners: there only when there are more than the
 * summary and its asks name (paper-lists.ts), which say that the appendix lists them all.
 */
export function weakestPart(view: SystemsView): AppendixPart {
  const [w] = view.weakest;
  const n = view.weakest.length;
  return {
    title: `Weakest ${view.plural}`,
    explain: `The ${plural(n, view.label, view.plural)} level with each other as the weakest${w ? `, each ${systemFigures(w)}` : ''}, with their owners. The summary names the first few.`,
  };
}
