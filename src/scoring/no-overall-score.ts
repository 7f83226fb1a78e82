import type { SectionResult } from './assessment.js';

/**
 * Why an assessment has no overall score, in the words each place that says so uses. The overall
 * score is the weighted mean of the sections that have a score, so there is none either when no
 * section has one (no question was scored) or when every section that has one weighs 0: then the
 * questions were scored, each section shows its score, and "no question was scored" would be false.
 */
export interface NoScoreWords {
  /** A clause: "no question was scored". */
  clause: string;
  /** Short, in brackets after "not scored": "no question counts". */
  short: string;
  /** The start of a sentence a board paper asks the reader to note: "no question counted towards the score". */
  note: string;
}

export function noOverallScoreWords(sections: readonly Pick<SectionResult, 'score'>[]): NoScoreWords {
  if (sections.some((s) => s.score !== null)) {
    const clause = 'every section with a score has weight 0';
    return { clause, short: clause, note: clause };
  }
  return { clause: 'no question was scored', short: 'no question counts', note: 'no question counted towards the score' };
}
