import type { Gap as GapResult } from '../scoring/assessment.js';
import { asSentence } from '../text/as-sentence.js';
import { gapAnswers, stillToMeet, type GapAnswer } from './gap-answer.js';
import { gateStops, waiverWords } from './gate-stops.js';
import { listProperties } from './machine-summary.js';
import { safeJson } from './json.js';
import { scopeWords, type ScopeWords } from './machine-scope.js';
import { machinePath, machinePlaces, type MachinePlace } from './places.js';
import { STALE_RULE, staleKey, staleMessage, staleNote, staleResults } from './stale-results.js';
import type { ReportPaths, Reporter } from './types.js';

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

/**
 * A relative URI reference for a path with forward slashes. A colon is encoded too: unencoded, a
 * file such as `readiness:v2.yaml` reads as a URI with the scheme `readiness` (RFC 3986, 4.2).
 */
const uriOf = (path: string): string => encodeURI(path).replace(/[?#:]/g, (c) => encodeURIComponent(c));

function location(place: MachinePlace | null): object[] {
  if (!place) return [];
  const { path, ...region } = place;
  return [{ physicalLocation: { artifactLocation: { uri: uriOf(path), uriBaseId: '%SRCROOT%' }, region } }];
}

/**
 * The questionnaire's file, named as every other file in the log is: relative to the repository root
 * (SPEC "v2: reports": never absolute). Null when it is outside the work tree or under node_modules,
 * as a bundled one is: an absolute path there named the runner's own folders and changed from one
 * machine to the next, and the id and version already say which questionnaire it is.
 */
function questionnaireFile(file: string, paths: ReportPaths | undefined): string | null {
  const path = machinePath(file, paths);
  return path === null || path === '..' || path.startsWith('../') ? null : path;
}

/**
 * The fingerprint code scanning tracks a result by across runs: the question, and for a system's
 * result the system too, so each (question, system) is its own alert that stays open or closes on
 * its own. An organisation's result keeps the form it had before systems existed.
 */
const sarifFingerprint = (questionnaire: string, question: string, system: string | null): string =>
  `${questionnaire}:${question}${system === null ? '' : `:${system}`}`;

/**
 * SARIF 2.1.0 for code scanning: one rule per question, one result per gap in each scope (the
 * organisation and every system), at the answer's key in the file that holds it (a system's own
 * file when it has one; an unanswered question at its empty entry, else at the top of that file),
 * with paths relative to the repository root (SPEC "v2: reports"). Gaps under an active waiver are
 * notes with an accepted suppression, unless the gap still stops the assessment (it fails a requested
 * gate, or it is an automatic fail: see gate-stops.ts): that is an error whose waiver is a rejected
 * suppression, so that code scanning keeps it open. No `automationDetails`, so the uploader's
 * `category` names the analysis.
 */
export const renderSarif: Reporter = (a, ctx) => {
  const placeOf = machinePlaces(a, ctx.paths);
  const words = scopeWords(a);
  // A system-scoped question appears once per system in the assessment, but is one rule.
  const questions = [...new Map(a.questions.map((q) => [q.id, q])).values()];
  const ruleIndex = new Map(questions.map((q, i) => [q.id, i]));
  const sectionTitle = new Map(a.sections.map((s) => [s.id, s.title]));
  const answerOf = gapAnswers(a);
  const rules: object[] = questions.map((q) => ({
    id: q.id,
    shortDescription: { text: q.text },
    fullDescription: { text: q.help ?? q.text },
    // GitHub code scanning requires `help` on every rule (sarif-multitool's GH2012): what to do
    // where the questionnaire says, else its guidance, else the question itself.
    help: { text: q.remediation ?? q.help ?? q.text },
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
  const stops = gateStops(a);
  const lapsed = staleNote(a);
  const results = a.gaps.map((g) => {
    const said = answerOf(g);
    const stop = stops(g);
    return {
      ruleId: g.question,
      ruleIndex: ruleIndex.get(g.question) ?? -1,
      level: stop !== null ? 'error' : g.accepted ? 'note' : SEVERITY[g.severity].level,
      message: { text: message(g, said, words, stop, lapsed(g)) },
      locations: location(placeOf(g.location, g.question, g.system)),
      partialFingerprints: { 'cyberReadyQuestion/v1': sarifFingerprint(a.questionnaire.id, g.question, g.system) },
      properties: {
        priority: g.priority,
        score: g.score,
        severity: g.severity,
        answer: g.answer,
        rank: g.rank,
        ...(g.system !== null ? { system: g.system, systemTitle: g.systemTitle } : {}),
        ...(g.blocking ? { automaticFail: true } : {}),
        ...(said.unmet.length ? { unmetIndicators: said.unmet } : {}),
      },
      ...(g.accepted && g.waiver
        ? { suppressions: [{ kind: 'external', status: stop === null ? 'accepted' : 'rejected', justification: `${g.waiver.reason} (approved by ${g.waiver.approvedBy ?? 'unknown'}, until ${g.waiver.expires})${stop === null ? '' : `; not accepted: ${stop}`}` }] }
        : {}),
    };
  });
  // A stale answer with no gap is a result of its own (SPEC is silent; see stale-results.ts): a note,
  // or an error when --fail-on-stale fails on it, at its reviewBy line, under one rule that carries
  // no security-severity, as it is not a weakness but a lapsed check.
  const stale = staleResults(a);
  if (stale.length) {
    rules.push({
      id: STALE_RULE,
      shortDescription: { text: 'Answer past its review date' },
      fullDescription: { text: 'An answer whose reviewBy date has passed. It still counts in the score, but nobody has confirmed it since.' },
      help: { text: 'Check that the answer is still true, update it if not, and set a new reviewBy date.' },
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['cyber-readiness', 'review'] },
    });
  }
  const staleRule = rules.length - 1;
  const staleOut = stale.map((r) => ({
    ruleId: STALE_RULE,
    ruleIndex: staleRule,
    level: r.stops ? 'error' : 'note',
    message: { text: staleMessage(r, words) },
    locations: location(placeOf(r.stale.location, null, r.stale.system)),
    partialFingerprints: { 'cyberReadyQuestion/v1': staleKey(a.questionnaire.id, r.stale) },
    properties: { question: r.stale.question, reviewBy: r.stale.reviewBy, ...(r.stale.system !== null ? { system: r.stale.system, systemTitle: words.title(r.stale.system) } : {}) },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: a.tool.name, semanticVersion: a.tool.version, version: a.tool.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git work tree that holds the answers file, else the folder cyber-ready ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results: [...results, ...staleOut],
        properties: {
          questionnaire: { ...a.questionnaire, file: questionnaireFile(a.questionnaire.file, ctx.paths) },
          organisation: a.organisation,
          // The rest of the report's header (SPEC "Reports": every format carries it).
          assessor: a.assessor,
          assessedOn: a.assessedOn,
          judgedOn: a.today,
          overallScore: a.overall.score,
          rating: a.overall.rating?.label ?? null,
          // The rating capped by automatic fails, and by which questions in which scope (SPEC v2), as
          // the other lists here and the JSON report give them: an id alone does not say which system.
          ratingCap: a.overall.cap ? { uncappedRating: a.overall.cap.uncappedRating?.label ?? null, questions: a.overall.cap.questions.map((q) => ({ question: q.question, system: q.system })) } : null,
          passed: a.passed,
          // Each system's own overall, so a dashboard can show the weakest without the JSON report.
          ...(a.systems.length ? { systems: a.systems.map((x) => ({ id: x.id, title: x.title, score: x.score, rating: x.rating?.label ?? null })) } : {}),
          // Gates, section scores and the lists beside the gaps, which SARIF has no place of its own for.
          ...listProperties(a),
        },
      },
    ],
  };
  return safeJson(log);
};

function message(g: GapResult, said: GapAnswer, words: ScopeWords, stop: string | null, lapsed: string): string {
  const accepted = g.accepted ? waiverWords(g, stop, '. ') : '';
  const expired = g.waiver?.state === 'expired' ? ` The waiver for it expired on ${g.waiver.expires}.` : '';
  return `${said.automaticFail}${accepted}${g.severity.charAt(0).toUpperCase()}${g.severity.slice(1)} gap${words.forSystem(g.system)}: ${asSentence(g.text)} Answer: ${said.answer}.${lapsed}${said.unmet.length ? ` ${stillToMeet(said.unmet)}` : ''}${expired}${g.remediation ? ` What to do: ${g.remediation}` : ''}`;
}

