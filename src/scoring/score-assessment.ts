import type { Answers } from '../answers/types.js';
import type { Diagnostic } from '../errors.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { SCHEMA_VERSION, type Assessment, type QuestionResult } from './assessment.js';
import { scoreFrameworks } from './frameworks.js';
import { referenceEntries } from './reference-entries.js';
import { countBySeverity, gapsOf, waiverResults } from './gaps.js';
import { gateResults as gatesOf, type GateOptions } from './gates.js';
import { scoreProfile } from './profiles.js';
import { scopeKey } from './scope-key.js';
import { scopeResults } from './scope-results.js';
import { systemResults } from './system-results.js';
import { rate } from './rate.js';
import { capRating } from './rating-cap.js';
import { scoreOfSections, sectionResults } from './section-results.js';
import { idleWaiverMessage } from './idle-waivers.js';
import { assessedOnWarnings } from './assessed-on-warnings.js';
import { ignoredAnswerOf } from './ignored-answers.js';

export type { GateOptions } from './gates.js';

export interface ScoreOptions {
  /** YYYY-MM-DD: the date waivers expire against and answers go stale against. */
  today: string;
  gates?: GateOptions;
  tool: { name: string; version: string };
  /** Warnings found while loading, carried into the report. */
  warnings?: Diagnostic[];
  /** How the questionnaire file is named in the report. */
  questionnaireFile?: string;
  /** Whether that file is a bundled questionnaire (papers then need not name it); else false. */
  questionnaireBundled?: boolean;
}

const locationOf = (d: Diagnostic): { file: string; line: number | null; column: number | null; message: string } => ({
  file: d.file,
  line: d.line ?? null,
  column: d.column ?? null,
  message: d.message,
});

/**
 * The whole assessment, as a pure function of questionnaire, answers and the date (SPEC "Scoring").
 * Each step is its own module: which questions apply and their scores, sections, gaps and waivers,
 * profiles, frameworks and gates; this function only puts them together.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers, options: ScoreOptions): Assessment {
  const { today } = options;
  const warnings = [...(options.warnings ?? []), ...assessedOnWarnings(answers, today)].filter((d) => d.severity === 'warning').map(locationOf);
  const questions = scopeResults(questionnaire, answers, today);
  const byKey = new Map(questions.map((q) => [scopeKey(q.id, q.system), q]));
  const resultsOf = new Map<string, QuestionResult[]>();
  for (const q of questions) {
    const list = resultsOf.get(q.id);
    if (list) list.push(q);
    else resultsOf.set(q.id, [q]);
  }
  const { sections, bySystem, raw } = sectionResults(questionnaire, questions, answers.systems.map((s) => s.id));
  const overallScore = scoreOfSections(sections, raw);

  const label = questionnaire.systemLabel;
  const waiverFor = waiverResults([...answers.waivers, ...answers.systems.flatMap((s) => s.waivers)], byKey, today);
  const gaps = gapsOf(questionnaire, questions, waiverFor, new Map(answers.systems.map((s) => [s.id, s.title])));
  const waivers = [...waiverFor.values()];
  const ignoredOf = ignoredAnswerOf(questionnaire, answers);
  for (const w of waivers) {
    if (!w.coversGap) {
      warnings.push({
        // A system's own file holds its waivers: the warning points there, not into the answers file.
        file: w.location?.file ?? answers.file,
        line: w.location?.line ?? null,
        column: w.location?.column ?? null,
        message: idleWaiverMessage(w, label),
      });
    }
  }

  const setOf = new Map(answers.systems.map((s) => [s.id, s]));
  const stale = questions
    .filter((q) => q.stale)
    .map((q) => ({ question: q.id, system: q.system, reviewBy: q.reviewBy as string, owner: q.owner, location: (q.system === null ? answers : setOf.get(q.system))?.answers.get(q.id)?.reviewByLocation ?? q.answerLocation }));
  const profiles = questionnaire.profiles.map((p) => scoreProfile(p, questionnaire, resultsOf));
  const frameworks = scoreFrameworks(questionnaire, questions, new Map(questionnaire.sections.map((s) => [s.id, s])));
  const gateResults = gatesOf(options.gates ?? {}, { overallScore, sections, gaps, profiles, stale, byKey, answers, systemLabel: label, systemLabelPlural: questionnaire.systemLabelPlural });

  const included = questions.filter((q) => q.included);
  const bySeverity = countBySeverity(gaps);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: options.tool,
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title, file: options.questionnaireFile ?? questionnaire.file, bundled: options.questionnaireBundled ?? false },
    answersFile: answers.file,
    organisation: answers.organisation ?? null,
    assessor: answers.assessor ?? null,
    assessedOn: answers.assessedOn ?? null,
    systemLabel: questionnaire.systemScoped ? label : null,
    systemLabelPlural: questionnaire.systemScoped ? questionnaire.systemLabelPlural : null,
    systems: systemResults(questionnaire, answers, { sections, bySystem, raw, questions, gaps }),
    today,
    overall: { score: overallScore, ...capRating(rate(overallScore, questionnaire.ratings, gaps), gaps, questionnaire.ratings) },
    ratings: questionnaire.ratings.map((r) => ({ min: r.min, label: r.label, colour: r.colour ?? null, ...(r.noGapsOf ? { noGapsOf: r.noGapsOf } : {}) })),
    passed: gateResults.every((g) => g.passed),
    gates: gateResults,
    summary: {
      questions: questions.length,
      included: included.length,
      answered: included.filter((q) => q.status === 'answered').length,
      unknown: included.filter((q) => q.status === 'unknown').length,
      unanswered: included.filter((q) => q.status === 'unanswered').length,
      notApplicable: questions.filter((q) => q.status === 'not-applicable').length,
      gaps: gaps.length,
      acceptedRisks: gaps.filter((g) => g.accepted).length,
      bySeverity,
    },
    sections,
    gaps,
    questions,
    unknowns: included.filter((q) => q.status === 'unknown').map((q) => ({ question: q.id, system: q.system })),
    unanswered: included.filter((q) => q.status === 'unanswered').map((q) => ({ question: q.id, system: q.system })),
    notApplicable: questions
      .filter((q) => q.status === 'not-applicable')
      .map((q) => {
        const ignored = q.notApplicableBy === 'condition' ? ignoredOf(q.id, q.system) : undefined;
        return { question: q.id, system: q.system, by: q.notApplicableBy ?? 'condition', reason: q.reason, ...(ignored ? { ignored } : {}) };
      }),
    stale,
    waivers,
    expiredWaivers: waivers.filter((w) => w.state === 'expired'),
    profiles,
    frameworks,
    references: referenceEntries(questionnaire),
    warnings,
  };
}

