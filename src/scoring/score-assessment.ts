import type { Answer, Answers } from '../answers/types.js';
import type { Diagnostic } from '../errors.js';
import { loadCatalog, splitReference } from '../frameworks/catalog.js';
import { SEVERITIES, SEVERITY_FACTOR, yesNoValue, type GapSeverity, type Question, type Questionnaire, type Rating } from '../questionnaire/types.js';
import {
  SCHEMA_VERSION,
  type Assessment,
  type FrameworkResult,
  type Gap,
  type GateResult,
  type ProfileResult,
  type QuestionResult,
  type RatingResult,
  type SectionResult,
  type WaiverResult,
} from './assessment.js';
import { resolveApplicability, type AnswerValue } from './conditions.js';
import { capRating } from './rating-cap.js';

export interface GateOptions {
  minScore?: number;
  failOn?: GapSeverity;
  profile?: string;
  failOnStale?: boolean;
}

export interface ScoreOptions {
  /** YYYY-MM-DD: the date waivers expire against and answers go stale against. */
  today: string;
  gates?: GateOptions;
  tool: { name: string; version: string };
  /** Warnings found while loading, carried into the report. */
  warnings?: Diagnostic[];
  /** How the questionnaire file is named in the report. */
  questionnaireFile?: string;
}

/** Score of one answered question in [0, 1] (SPEC "Scoring"); 0 for unknown and unanswered. */
export function scoreAnswer(question: Question, value: AnswerValue | undefined): number {
  if (value === undefined) return 0;
  switch (question.type) {
    case 'choice':
    case 'yes-no':
      return question.options.find((o) => o.value === value)?.score ?? 0;
    case 'multi': {
      const chosen = value as string[];
      const sum = question.options.filter((o) => chosen.includes(o.value)).reduce((total, o) => total + (o.score ?? 0), 0);
      // Rounded so that option scores such as 0.35 + 0.35 + 0.15 + 0.15 add up to exactly 1.
      return Math.min(1, Math.round(sum * 1e9) / 1e9);
    }
    case 'number':
      return bandScore(question, value as number);
    case 'text':
      return 0;
  }
}

/** The first band whose bounds hold (both inclusive); a band with no bounds always holds. */
export function bandScore(question: Question, n: number): number {
  const band = question.bands?.find((b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max));
  return band?.score ?? 0;
}

/** The first band of `ratings` whose `min` the score reaches. */
export function rate(score: number | null, ratings: Rating[]): RatingResult | null {
  if (score === null) return null;
  const band = ratings.find((r) => score >= r.min);
  return band ? { label: band.label, colour: band.colour ?? null } : null;
}

function describeAnswer(question: Question, answer: Answer | undefined, notApplicable: boolean): string {
  if (notApplicable && !answer) return 'Not applicable';
  if (!answer) return 'Not answered';
  if (answer.status === 'unknown') return "Don't know";
  if (answer.status === 'not-applicable') return 'Not applicable';
  const { value } = answer;
  const label = (v: string): string => question.options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.length ? value.map(label).join('; ') : 'None chosen';
  if (typeof value === 'number') return question.unit ? `${value} ${question.unit}` : String(value);
  return question.type === 'text' ? String(value) : label(String(value));
}

/** Σ(weight × score) / Σ(weight) × 100, or null when nothing carries weight. */
function weightedPercent(items: { weight: number; score: number }[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { weight, score } of items) {
    total += weight;
    sum += weight * score;
  }
  return total > 0 ? (sum / total) * 100 : null;
}

const locationOf = (d: Diagnostic): { file: string; line: number | null; column: number | null; message: string } => ({
  file: d.file,
  line: d.line ?? null,
  column: d.column ?? null,
  message: d.message,
});

/** Gate messages show unrounded scores only where rounding would hide why a gate failed. */
const showScore = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));

/**
 * The whole assessment, as a pure function of questionnaire, answers and the date (SPEC "Scoring").
 * Unknown, unanswered, not applicable and waived stay distinct from each other all the way through.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers, options: ScoreOptions): Assessment {
  const { today } = options;
  const gates = options.gates ?? {};
  const warnings = (options.warnings ?? []).filter((d) => d.severity === 'warning').map(locationOf);
  const applies = resolveApplicability(questionnaire.questions, (id) => answers.answers.get(id));
  const waiverFor = new Map(answers.waivers.map((w) => [w.question, w]));

  const questions: QuestionResult[] = [];
  const sectionOf = new Map(questionnaire.sections.map((s) => [s.id, s]));
  for (const question of questionnaire.questions.values()) {
    const answer = answers.answers.get(question.id);
    const byCondition = applies.get(question.id) === false;
    const byAnswer = !byCondition && answer?.status === 'not-applicable';
    const status = byCondition || byAnswer ? 'not-applicable' : (answer?.status ?? 'unanswered');
    const included = question.scored && !byCondition && !byAnswer;
    const value = answer?.status === 'answered' ? answer.value : undefined;
    questions.push({
      id: question.id,
      section: question.sectionId,
      text: question.text,
      help: question.help ?? null,
      type: question.type,
      severity: question.severity,
      weight: question.weight,
      status,
      notApplicableBy: byCondition ? 'condition' : byAnswer ? 'answer' : null,
      included,
      value: value ?? null,
      answer: describeAnswer(question, byCondition ? undefined : answer, byCondition || byAnswer),
      score: included ? scoreAnswer(question, value) : null,
      reason: answer?.reason ?? null,
      note: answer?.note ?? null,
      evidence: answer?.evidence ?? [],
      owner: answer?.owner ?? null,
      reviewBy: answer?.reviewBy ?? null,
      stale: answer?.reviewBy !== undefined && answer.reviewBy < today,
      remediation: question.remediation ?? null,
      references: question.references,
      blocking: question.blocking,
      answerLocation: answer?.location ?? answers.emptyEntries?.get(question.id) ?? null,
      questionLocation: question.location ?? null,
    });
  }
  const byId = new Map(questions.map((q) => [q.id, q]));
  // Questions are listed section by section, so each section's questions are one slice.
  const sectionStart = [0];
  for (const section of questionnaire.sections) sectionStart.push((sectionStart.at(-1) ?? 0) + section.questions.length);

  const sections: SectionResult[] = questionnaire.sections.map((section, s) => {
    const own = questions.slice(sectionStart[s], sectionStart[s + 1]);
    const included = own.filter((q) => q.included);
    const score = weightedPercent(included.map((q) => ({ weight: q.weight, score: q.score ?? 0 })));
    return {
      id: section.id,
      title: section.title,
      weight: section.weight,
      applicable: included.length > 0,
      score,
      rating: rate(score, questionnaire.ratings),
      counts: {
        questions: own.length,
        included: included.length,
        gaps: included.filter((q) => (q.score ?? 0) < 1).length,
        unknown: own.filter((q) => q.status === 'unknown').length,
        unanswered: included.filter((q) => q.status === 'unanswered').length,
        notApplicable: own.filter((q) => q.status === 'not-applicable').length,
      },
    };
  });
  const overallScore = weightedPercent(sections.filter((s) => s.score !== null).map((s) => ({ weight: s.weight, score: (s.score ?? 0) / 100 })));

  const waiverResult = (question: string): WaiverResult | null => {
    const w = waiverFor.get(question);
    if (!w) return null;
    const q = byId.get(question);
    return {
      question,
      reason: w.reason,
      approvedBy: w.approvedBy ?? null,
      expires: w.expires,
      state: w.expires >= today ? 'active' : 'expired',
      coversGap: q !== undefined && q.included && (q.score ?? 0) < 1,
      location: w.location ?? null,
    };
  };

  const gaps: Gap[] = questions
    .filter((q) => q.included && (q.score ?? 0) < 1)
    .map((q) => {
      const section = sectionOf.get(q.section);
      const waiver = waiverResult(q.id);
      return {
        rank: 0,
        question: q.id,
        text: q.text,
        section: q.section,
        sectionTitle: section?.title ?? q.section,
        severity: q.severity,
        priority: SEVERITY_FACTOR[q.severity] * q.weight * (section?.weight ?? 1) * (1 - (q.score ?? 0)),
        score: q.score ?? 0,
        status: q.status,
        answer: q.answer,
        remediation: q.remediation,
        references: q.references,
        blocking: q.blocking,
        owner: q.owner,
        accepted: waiver?.state === 'active',
        waiver,
        location: q.answerLocation ?? q.questionLocation,
      };
    })
    // Array.prototype.sort is stable, so ties keep questionnaire order.
    .sort((a, b) => b.priority - a.priority);
  // Ranked in place: these objects are new, and a copy of each gap only to set its rank cost time.
  gaps.forEach((gap, i) => {
    gap.rank = i + 1;
  });

  const waivers = answers.waivers.map((w) => waiverResult(w.question) as WaiverResult);
  for (const w of waivers) {
    if (!w.coversGap) {
      warnings.push({
        file: answers.file,
        line: w.location?.line ?? null,
        column: w.location?.column ?? null,
        message: `waiver for "${w.question}" covers no gap: the question is met or does not count`,
      });
    }
  }

  const stale = questions
    .filter((q) => q.stale)
    .map((q) => ({ question: q.id, reviewBy: q.reviewBy as string, owner: q.owner, location: answers.answers.get(q.id)?.reviewByLocation ?? q.answerLocation }));

  const profiles = questionnaire.profiles.map((p) => scoreProfile(p, questionnaire, byId));
  const frameworks = scoreFrameworks(questionnaire, questions, sectionOf);

  const gateResults: GateResult[] = [];
  if (gates.minScore !== undefined) {
    const min = gates.minScore;
    const passed = overallScore !== null && overallScore >= min;
    gateResults.push({
      id: 'min-score',
      title: `overall score at least ${showScore(min)}`,
      passed,
      summary: overallScore === null ? 'no question was scored' : `overall score ${showScore(overallScore)} ${passed ? 'meets' : 'is below'} ${showScore(min)}`,
      failures: passed ? [] : [{ question: null, message: `overall score ${overallScore === null ? 'n/a' : showScore(overallScore)} is below the minimum of ${showScore(min)}`, location: answers.location ?? null }],
    });
  }
  if (gates.failOn !== undefined) {
    const worst = SEVERITY_FACTOR[gates.failOn];
    const failing = gaps.filter((g) => !g.accepted && SEVERITY_FACTOR[g.severity] >= worst);
    const orWorse = gates.failOn === 'critical' ? 'critical' : `${gates.failOn} or worse`;
    gateResults.push({
      id: 'fail-on',
      title: `no unwaived gap of severity ${orWorse}`,
      passed: failing.length === 0,
      summary: failing.length === 0 ? `no unwaived ${orWorse} gap` : `${failing.length} unwaived ${orWorse} gap${failing.length === 1 ? '' : 's'}`,
      failures: failing.map((g) => ({
        question: g.question,
        message: `${g.severity} gap "${g.question}": ${g.answer}${g.waiver?.state === 'expired' ? ` (waiver expired ${g.waiver.expires})` : ''}`,
        location: g.location,
      })),
    });
  }
  if (gates.profile !== undefined) {
    const profile = profiles.find((p) => p.id === gates.profile);
    const unmet = profile?.requirements.filter((r) => !r.met) ?? [];
    gateResults.push({
      id: 'profile',
      title: `profile "${gates.profile}" met`,
      passed: profile !== undefined && unmet.length === 0,
      summary: profile ? `${profile.met} of ${profile.total} requirements met` : `no profile "${gates.profile}"`,
      failures: unmet.map((r) => ({
        question: r.question,
        message: `profile "${gates.profile}" needs "${r.question}" at "${r.requiredLabel}" or better; answer: ${r.answer}`,
        location: byId.get(r.question)?.answerLocation ?? byId.get(r.question)?.questionLocation ?? null,
      })),
    });
  }
  if (gates.failOnStale) {
    gateResults.push({
      id: 'stale',
      title: 'no answer past its review date',
      passed: stale.length === 0,
      summary: stale.length === 0 ? 'no stale answer' : `${stale.length} answer${stale.length === 1 ? '' : 's'} past review date`,
      failures: stale.map((s) => ({ question: s.question, message: `answer to "${s.question}" was due for review by ${s.reviewBy}`, location: s.location })),
    });
  }

  const included = questions.filter((q) => q.included);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, gaps.filter((g) => g.severity === s).length])) as Record<GapSeverity, number>;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: options.tool,
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title, file: options.questionnaireFile ?? questionnaire.file },
    answersFile: answers.file,
    organisation: answers.organisation ?? null,
    assessor: answers.assessor ?? null,
    assessedOn: answers.assessedOn ?? null,
    today,
    overall: { score: overallScore, ...capRating(rate(overallScore, questionnaire.ratings), gaps, questionnaire.ratings) },
    ratings: questionnaire.ratings.map((r) => ({ min: r.min, label: r.label, colour: r.colour ?? null })),
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
    unknowns: questions.filter((q) => q.status === 'unknown').map((q) => q.id),
    unanswered: included.filter((q) => q.status === 'unanswered').map((q) => q.id),
    notApplicable: questions.filter((q) => q.status === 'not-applicable').map((q) => ({ question: q.id, by: q.notApplicableBy ?? 'condition', reason: q.reason })),
    stale,
    waivers,
    expiredWaivers: waivers.filter((w) => w.state === 'expired'),
    profiles,
    frameworks,
    warnings,
  };
}

/** A requirement is met when the score reaches the required option's; not applicable counts as met. */
function scoreProfile(profile: Questionnaire['profiles'][number], questionnaire: Questionnaire, results: Map<string, QuestionResult>): ProfileResult {
  const requirements = Object.entries(profile.requires).map(([id, required]) => {
    const question = questionnaire.questions.get(id) as Question;
    const result = results.get(id) as QuestionResult;
    let requiredScore: number;
    let requiredLabel: string;
    if (question.type === 'number') {
      requiredScore = bandScore(question, Number(required));
      requiredLabel = question.unit ? `${String(required)} ${question.unit}` : String(required);
    } else {
      const value = String(question.type === 'yes-no' ? yesNoValue(required) : required);
      const option = question.options.find((o) => o.value === value);
      requiredScore = option?.score ?? 0;
      requiredLabel = option?.label ?? value;
    }
    const met = result.status === 'not-applicable' || (result.status === 'answered' && (result.score ?? 0) >= requiredScore);
    return {
      question: id,
      required: typeof required === 'number' ? required : String(question.type === 'yes-no' ? yesNoValue(required) : required),
      requiredLabel,
      requiredScore,
      status: result.status,
      answer: result.answer,
      score: result.score,
      met,
    };
  });
  const met = requirements.filter((r) => r.met).length;
  return { id: profile.id, title: profile.title ?? profile.id, passed: met === requirements.length, met, total: requirements.length, requirements };
}

/** Scores per top-level group of each framework the questionnaire references (CAF objective, CE control...). */
function scoreFrameworks(questionnaire: Questionnaire, questions: QuestionResult[], sectionOf: Map<string, { weight: number }>): FrameworkResult[] {
  const catalog = loadCatalog();
  return questionnaire.frameworks.flatMap((key) => {
    const framework = catalog.get(key);
    if (!framework) return [];
    const members = new Map<string, QuestionResult[]>();
    for (const q of questions) {
      if (!q.included) continue;
      const groups = new Set<string>();
      for (const reference of q.references) {
        const { framework: fw, id } = splitReference(reference);
        const entry = fw === key ? framework.entries.get(id) : undefined;
        if (entry) groups.add(entry.group.id);
      }
      for (const g of groups) {
        const list = members.get(g);
        if (list) list.push(q);
        else members.set(g, [q]);
      }
    }
    const groups = framework.groups
      .filter((g) => members.has(g.id))
      .map((g) => {
        const list = members.get(g.id) ?? [];
        return {
          id: g.id,
          title: g.title,
          score: weightedPercent(list.map((q) => ({ weight: q.weight * (sectionOf.get(q.section)?.weight ?? 1), score: q.score ?? 0 }))),
          questions: list.length,
          gaps: list.filter((q) => (q.score ?? 0) < 1).length,
        };
      });
    return groups.length ? [{ id: key, title: framework.title, groupNoun: framework.groupNoun, groups }] : [];
  });
}
