// How the machine formats (JUnit, SARIF, GitLab, CSV) word a gap's answer, so that a gap on an
// outcome says its status as the text report does and names the indicators it still needs.
import type { Assessment, Gap } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import { outcomeStatusText } from './outcome-view.js';

export interface GapAnswer {
  /** The answer as people read it: an outcome's status words ("partially achieved (confirmed)"), else the answer. */
  answer: string;
  /** Ids of the indicators an outcome gap still needs, in order; empty for other questions. */
  unmet: string[];
  /**
   * The statements of those indicators, "ID text (comment: …)", for formats a person tracks actions
   * in (SPEC: what is missing, "with any comments"), one a line: a comment's own line breaks are spaces.
   */
  unmetStatements: string[];
  /** "Automatic fail (caps the rating): " for a gap on a blocking question, else ''. */
  automaticFail: string;
}

/** A lookup from a gap to its answer words and unmet indicator ids. */
export function gapAnswers(a: Assessment): (g: Gap) => GapAnswer {
  // Per (question, system): one outcome can have a different status in every system.
  const byKey = new Map(a.questions.map((q) => [scopeKey(q.id, q.system), q]));
  return (g) => {
    const q = byKey.get(scopeKey(g.question, g.system));
    return {
      answer: q?.outcome ? outcomeStatusText(q) : g.answer,
      unmet: g.missing.map((m) => m.id),
      unmetStatements: g.missing.map((m) => `${m.id} ${m.text}${m.comment?.trim() ? ` (comment: ${m.comment.trim().replace(/\s+/g, ' ')})` : ''}`),
      // SPEC v2 "automatic fails": every format says so; a waiver does not lift the cap.
      automaticFail: g.blocking ? 'Automatic fail (caps the rating): ' : '',
    };
  };
}

/** "Still to meet: A1.a.A.1, A1.a.A.2." or '' when nothing is listed. */
export const stillToMeet = (unmet: string[], separator = ', '): string => (unmet.length ? `Still to meet: ${unmet.join(separator)}.` : '');
