import type { Assessment, QuestionResult, RatingResult } from './assessment.js';

export const DIFF_SCHEMA_VERSION = 1;

export interface QuestionChange {
  question: string;
  text: string;
  section: string;
  severity: QuestionResult['severity'];
  old: { answer: string; score: number | null } | null;
  new: { answer: string; score: number | null } | null;
  /** New score minus old, when both are scored. */
  delta: number | null;
}

export interface ScoreChange {
  old: number | null;
  new: number | null;
  delta: number | null;
}

export interface AssessmentDiff {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  tool: Assessment['tool'];
  questionnaire: Assessment['questionnaire'];
  old: { file: string; assessedOn: string | null; rating: RatingResult | null };
  new: { file: string; assessedOn: string | null; rating: RatingResult | null };
  overall: ScoreChange;
  sections: ({ id: string; title: string } & ScoreChange)[];
  improved: QuestionChange[];
  regressed: QuestionChange[];
  /** Answered now, not answered (or not applicable) before. */
  added: QuestionChange[];
  /** Answered before, not answered (or not applicable) now. */
  removed: QuestionChange[];
}

const change = (oldScore: number | null, newScore: number | null): ScoreChange => ({
  old: oldScore,
  new: newScore,
  delta: oldScore !== null && newScore !== null ? newScore - oldScore : null,
});

/** An answer that counts: included in the score and not merely unanswered. */
const present = (q: QuestionResult | undefined): q is QuestionResult => q !== undefined && q.included && q.status !== 'unanswered';

/** What changed between two assessments of the same questionnaire, question by question. */
export function diffAssessments(before: Assessment, after: Assessment): AssessmentDiff {
  const oldQuestions = new Map(before.questions.map((q) => [q.id, q]));
  const oldSections = new Map(before.sections.map((s) => [s.id, s]));
  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  const added: QuestionChange[] = [];
  const removed: QuestionChange[] = [];
  const ids = new Set([...before.questions.map((q) => q.id), ...after.questions.map((q) => q.id)]);
  const newQuestions = new Map(after.questions.map((q) => [q.id, q]));
  for (const id of ids) {
    const o = oldQuestions.get(id);
    const n = newQuestions.get(id);
    const base = n ?? (o as QuestionResult);
    const entry: QuestionChange = {
      question: id,
      text: base.text,
      section: base.section,
      severity: base.severity,
      old: present(o) ? { answer: o.answer, score: o.score } : null,
      new: present(n) ? { answer: n.answer, score: n.score } : null,
      delta: present(o) && present(n) ? (n.score ?? 0) - (o.score ?? 0) : null,
    };
    if (present(o) && present(n)) {
      if ((entry.delta ?? 0) > 0) improved.push(entry);
      else if ((entry.delta ?? 0) < 0) regressed.push(entry);
    } else if (present(n)) added.push(entry);
    else if (present(o)) removed.push(entry);
  }
  // Biggest movements first; ties keep questionnaire order (the sort is stable).
  improved.sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
  regressed.sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0));
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    tool: after.tool,
    questionnaire: after.questionnaire,
    old: { file: before.answersFile, assessedOn: before.assessedOn, rating: before.overall.rating },
    new: { file: after.answersFile, assessedOn: after.assessedOn, rating: after.overall.rating },
    overall: change(before.overall.score, after.overall.score),
    sections: after.sections.map((s) => ({ id: s.id, title: s.title, ...change(oldSections.get(s.id)?.score ?? null, s.score) })),
    improved,
    regressed,
    added,
    removed,
  };
}
