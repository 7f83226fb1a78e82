import type { Answers } from '../answers/types.js';
import { SEVERITY_FACTOR, type GapSeverity } from '../questionnaire/types.js';
import type { Gap, GateResult, ProfileResult, QuestionResult, SectionResult, StaleAnswer } from './assessment.js';
import { noOverallScoreWords } from './no-overall-score.js';
import { showScoreFor } from './rate.js';
import { scopeKey } from './scope-key.js';
import { countNoun } from '../text/plural-noun.js';

export interface GateOptions {
  minScore?: number;
  failOn?: GapSeverity;
  profile?: string;
  failOnStale?: boolean;
}

interface GateInputs {
  overallScore: number | null;
  /** The sections the overall score is the mean of, to say why there is none. */
  sections: readonly SectionResult[];
  gaps: Gap[];
  profiles: ProfileResult[];
  stale: StaleAnswer[];
  byKey: Map<string, QuestionResult>;
  answers: Answers;
  /** What a system is called, for messages. */
  systemLabel: string;
  systemLabelPlural: string;
}

/** ` for critical system "social-care"`, or nothing for the organisation. */
const forSystem = (system: string | null, label: string): string => (system === null ? '' : ` for ${label} "${system}"`);

/** Who falls short of a profile, when systems are involved, so the one-line summary says it (SPEC: which system fails which requirement). */
function shortfall(unmet: readonly { system: string | null }[], label: string, many: string): string {
  if (!unmet.some((r) => r.system !== null)) return '';
  const scopes = [...new Set(unmet.map((r) => r.system))];
  const systems = scopes.filter((x): x is string => x !== null);
  // Named when there are two or fewer, else counted: this line closes the one-screen summary.
  const named = scopes.length <= 2 ? scopes.map((x) => (x === null ? 'the organisation' : `${label} "${x}"`)) : [...(systems.length < scopes.length ? ['the organisation'] : []), `${systems.length} ${many}`];
  return `; short: ${named.join(' and ')}`;
}

/** The gates that were asked for, each passed or failed with the answers at fault and their places. */
export function gateResults(gates: GateOptions, { overallScore, sections, gaps, profiles, stale, byKey, answers, systemLabel: label, systemLabelPlural: many }: GateInputs): GateResult[] {
  const gateResults: GateResult[] = [];
  if (gates.minScore !== undefined) {
    const min = gates.minScore;
    // The threshold as it was given (61.46 stays 61.46); the score to one decimal, rounded down.
    const passed = overallScore !== null && overallScore >= min;
    const none = noOverallScoreWords(sections).clause;
    gateResults.push({
      id: 'min-score',
      title: `overall score at least ${String(min)}`,
      passed,
      summary: overallScore === null ? `no overall score to meet ${String(min)}: ${none}` : `overall score ${showScoreFor(overallScore, min)} ${passed ? 'meets' : 'is below'} ${String(min)}`,
      failures: passed ? [] : [{ question: null, system: null, message: overallScore === null ? `${none}, so there is no overall score to meet the minimum of ${String(min)}` : `overall score ${showScoreFor(overallScore, min)} is below the minimum of ${String(min)}`, location: answers.location ?? null }],
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
        system: g.system,
        message: `${g.severity} gap "${g.question}"${forSystem(g.system, label)}: ${g.answer}${g.waiver?.state === 'expired' ? ` (waiver expired ${g.waiver.expires})` : ''}`,
        location: g.location,
      })),
    });
  }
  if (gates.profile !== undefined) {
    const profile = profiles.find((p) => p.id === gates.profile);
    const unmet = profile?.requirements.filter((r) => !r.met) ?? [];
    gateResults.push({
      id: 'profile',
      title: `profile "${gates.profile}"`,
      passed: profile !== undefined && unmet.length === 0,
      summary: profile ? `${profile.met} of ${countNoun(profile.total, 'requirement')} met${shortfall(unmet, label, many)}` : `no profile "${gates.profile}"`,
      failures: unmet.map((r) => ({
        question: r.question,
        system: r.system,
        message: `profile "${gates.profile}" needs "${r.question}" at "${r.requiredLabel}" or better${forSystem(r.system, label)}; answer: ${r.answer}`,
        location: byKey.get(scopeKey(r.question, r.system))?.answerLocation ?? byKey.get(scopeKey(r.question, r.system))?.questionLocation ?? null,
      })),
    });
  }
  if (gates.failOnStale) {
    gateResults.push({
      id: 'stale',
      title: 'no answer past its review date',
      passed: stale.length === 0,
      summary: stale.length === 0 ? 'no stale answer' : `${stale.length} answer${stale.length === 1 ? '' : 's'} past review date`,
      failures: stale.map((s) => ({ question: s.question, system: s.system, message: `answer to "${s.question}"${forSystem(s.system, label)} was due for review by ${s.reviewBy}`, location: s.location })),
    });
  }

  return gateResults;
}
