import { kindOf } from '../questionnaire/kinds/index.js';
import type { Assessment, QuestionResult, SectionResult } from '../scoring/assessment.js';
import { SHARE_KIND, SHARE_SCHEMA_VERSION, type SectionScore, type ShareExtract, type SharedAnswer } from './types.js';

export interface ExtractOptions {
  /** How the benchmark will name this council: --label, else a random one the command makes. */
  label: string;
  /** Keep the organisation's name (`--named`); nothing else that names anyone is ever kept. */
  named: boolean;
  /** The date to take the month from when the answers give no assessedOn (YYYY-MM-DD). */
  today: string;
}

const sectionScores = (sections: readonly SectionResult[]): SectionScore[] => sections.map((s) => ({ id: s.id, score: s.score }));

/**
 * The answer as shareable data. Built field by field from what the questionnaire defines (option
 * values, numbers, statuses and scores): notes, evidence, owners, reasons, comments, justifications
 * and waiver text are never read here, so no free text can leave by a field added later to the
 * assessment. The value is what the question's kind says may leave (QuestionKind.shareValue), and
 * null for a kind that does not say: a text question's value is its free text.
 */
function shareAnswer(q: QuestionResult, system: string | null): SharedAnswer {
  const share = kindOf(q).shareValue;
  const value = q.status === 'answered' && q.value !== null && share ? share(q.value) : null;
  return { question: q.id, system, status: q.status, value, score: q.score };
}

/**
 * The anonymised extract of one assessment (SPEC "v2: sharing"): pure, so the privacy rules are
 * tested here and through the command. Systems become system-1, system-2, … in the order the
 * answers list them, because their own ids ("civica-revs") can say who the council is.
 */
export function toExtract(assessment: Assessment, options: ExtractOptions): ShareExtract {
  const systemIds = new Map(assessment.systems.map((s, i) => [s.id, `system-${i + 1}`]));
  const anonymous = (system: string | null): string | null => (system === null ? null : (systemIds.get(system) ?? null));
  const month = (assessment.assessedOn ?? options.today).slice(0, 7);
  return {
    kind: SHARE_KIND,
    schemaVersion: SHARE_SCHEMA_VERSION,
    tool: { name: 'cyber-ready', version: assessment.tool.version },
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    label: options.label,
    ...(options.named && assessment.organisation !== null ? { organisation: assessment.organisation } : {}),
    assessedOn: month,
    overall: { score: assessment.overall.score, rating: assessment.overall.rating?.label ?? null, automaticFails: assessment.overall.cap?.questions.length ?? 0 },
    sections: sectionScores(assessment.sections.filter((s) => s.system === null)),
    systems: assessment.systems.map((s, i) => ({ id: `system-${i + 1}`, score: s.score, sections: sectionScores(s.sections) })),
    // Which gaps a council has waived is not shared (data minimisation): no figure uses it.
    answers: assessment.questions.map((q) => shareAnswer(q, anonymous(q.system))),
  };
}
