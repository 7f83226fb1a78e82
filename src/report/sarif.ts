import type { Gap as GapResult } from '../scoring/assessment.js';
import { gapAnswers, stillToMeet, type GapAnswer } from './gap-answer.js';
import { safeJson } from './json.js';
import { machinePlaces, type MachinePlace } from './places.js';
import type { Reporter } from './types.js';

type Level = 'error' | 'warning' | 'note';

// GitHub code scanning reads `security-severity` as critical above 9, high from 7, medium from 4.
const SEVERITY: Record<GapResult['severity'], { level: Level; score: string }> = {
  critical: { level: 'error', score: '9.5' },
  high: { level: 'error', score: '8.0' },
  medium: { level: 'warning', score: '5.5' },
  low: { level: 'note', score: '2.0' },
};

/** The project's home, for the driver's `informationUri`. */
export const INFORMATION_URI = 'https://github.com/cyber-ready/cyber-ready#readme';

/** A relative URI reference for a path with forward slashes. */
const uriOf = (path: string): string => encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));

function location(place: MachinePlace | null): object[] {
  if (!place) return [];
  const { path, ...region } = place;
  return [{ physicalLocation: { artifactLocation: { uri: uriOf(path), uriBaseId: '%SRCROOT%' }, region } }];
}

/**
 * SARIF 2.1.0 for code scanning: one rule per question, one result per gap at the answer's key in
 * the answers file (an unanswered question at its empty entry, else at the top of the file), with
 * paths relative to the repository root (SPEC "v2: reports"). Gaps under an active waiver are
 * notes with an accepted suppression. No `automationDetails`, so the uploader's `category` names
 * the analysis.
 */
export const renderSarif: Reporter = (a, ctx) => {
  const placeOf = machinePlaces(a, ctx.paths);
  // One rule per question: a system-scoped question has a result per system, all under its one rule.
  const seen = new Set<string>();
  const ruleQuestions = a.questions.filter((q) => !seen.has(q.id) && seen.add(q.id));
  const ruleIndex = new Map(ruleQuestions.map((q, i) => [q.id, i]));
  const sectionTitle = new Map(a.sections.map((s) => [s.id, s.title]));
  const answerOf = gapAnswers(a);
  const rules = ruleQuestions.map((q) => ({
    id: q.id,
    shortDescription: { text: q.text },
    fullDescription: { text: q.help ?? q.text },
    ...(q.remediation ? { help: { text: q.remediation } } : {}),
    defaultConfiguration: { level: SEVERITY[q.severity].level },
    properties: {
      'security-severity': SEVERITY[q.severity].score,
      precision: 'very-high',
      tags: ['security', 'cyber-readiness', q.section],
      severity: q.severity,
      section: sectionTitle.get(q.section) ?? q.section,
      references: q.references,
    },
  }));
  const results = a.gaps.map((g) => {
    const said = answerOf(g);
    return {
      ruleId: g.question,
      ruleIndex: ruleIndex.get(g.question) ?? -1,
      level: g.accepted ? 'note' : SEVERITY[g.severity].level,
      message: { text: message(g, said) },
      locations: location(placeOf(g.location, g.question)),
      partialFingerprints: { 'cyberReadyQuestion/v1': `${a.questionnaire.id}:${g.question}` },
      properties: { priority: g.priority, score: g.score, severity: g.severity, answer: g.answer, rank: g.rank, ...(g.blocking ? { automaticFail: true } : {}), ...(said.unmet.length ? { unmetIndicators: said.unmet } : {}) },
      ...(g.accepted && g.waiver
        ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${g.waiver.reason} (approved by ${g.waiver.approvedBy ?? 'unknown'}, until ${g.waiver.expires})` }] }
        : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: a.tool.name, semanticVersion: a.tool.version, version: a.tool.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git work tree that holds the answers file, else the folder cyber-ready ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          questionnaire: a.questionnaire,
          organisation: a.organisation,
          overallScore: a.overall.score,
          rating: a.overall.rating?.label ?? null,
          // The rating capped by automatic fails, and by which questions (SPEC v2).
          ratingCap: a.overall.cap ? { uncappedRating: a.overall.cap.uncappedRating?.label ?? null, questions: a.overall.cap.questions.map((q) => q.question) } : null,
          passed: a.passed,
        },
      },
    ],
  };
  return safeJson(log);
};

function message(g: GapResult, said: GapAnswer): string {
  const accepted = g.accepted && g.waiver ? `Accepted risk until ${g.waiver.expires}. ` : '';
  const expired = g.waiver?.state === 'expired' ? ` The waiver for it expired on ${g.waiver.expires}.` : '';
  return `${said.automaticFail}${accepted}${g.severity.charAt(0).toUpperCase()}${g.severity.slice(1)} gap: ${g.text} Answer: ${said.answer}.${said.unmet.length ? ` ${stillToMeet(said.unmet)}` : ''}${expired}${g.remediation ? ` What to do: ${g.remediation}` : ''}`;
}

