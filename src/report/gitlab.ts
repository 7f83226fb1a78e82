import { createHash } from 'node:crypto';
import { asSentence } from '../text/as-sentence.js';
import type { Gap } from '../scoring/assessment.js';
import type { GapSeverity } from '../questionnaire/types.js';
import { gapAnswers, stillToMeet, type GapAnswer } from './gap-answer.js';
import { gateStops, waiverWords } from './gate-stops.js';
import { safeJson } from './json.js';
import { scopeWords, type ScopeWords } from './machine-scope.js';
import { machinePath, machinePlaces } from './places.js';
import { STALE_RULE, staleMessage, staleNote, staleResults } from './stale-results.js';
import type { Reporter } from './types.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Record<GapSeverity, CodeQualitySeverity> = { critical: 'critical', high: 'major', medium: 'minor', low: 'info' };

/**
 * Stable across runs and versions, so GitLab can tell new issues from old ones in a merge request.
 * GitLab takes issues with one fingerprint for one issue, across every report of a pipeline, so the
 * answers file is in the hash: two answers files of one questionnaire in a repository (a council and
 * a shared service) each keep their own issues. It is the main answers file, not a system's own
 * file, so moving a system's answers into a file of their own opens no new issues. A system's gap
 * is its own issue (the system is in the hash).
 */
const fingerprint = (answersFile: string, questionnaire: string, question: string, system: string | null, kind = ''): string =>
  createHash('md5').update(`cyber-ready/${answersFile}/${questionnaire}/${question}${system === null ? '' : `/${system}`}${kind && `#${kind}`}`).digest('hex');

function description(g: Gap, said: GapAnswer, words: ScopeWords, stop: string | null, lapsed: string): string {
  const waiver = waiverWords(g, stop, ': ');
  return `${said.automaticFail}${waiver}${g.severity} gap "${g.question}"${words.forSystem(g.system)}: ${asSentence(g.text)} Answer: ${said.answer}.${lapsed}${said.unmet.length ? ` ${stillToMeet(said.unmet)}` : ''}${g.remediation ? ` What to do: ${g.remediation}` : ''}`;
}

/**
 * A GitLab Code Quality report (a JSON array of Code Climate issues), one issue per gap in each
 * scope at its answer in the file that holds it (a system's own file when it has one), path
 * relative to the repository root. A gap that makes a requested gate fail is a `blocker`, and so
 * is a gap on an automatic-fail question, even under a waiver (see gate-stops.ts); other gaps map
 * by severity; an accepted risk is `info`.
 */
export const renderGitlab: Reporter = (a, ctx) => {
  const placeOf = machinePlaces(a, ctx.paths);
  const answerOf = gapAnswers(a);
  const words = scopeWords(a);
  const stops = gateStops(a);
  const lapsed = staleNote(a);
  // Null only for standard input, where no issue has a place to go either.
  const answersFile = machinePath(a.answersFile, ctx.paths) ?? '';
  const issues = a.gaps.flatMap((g) => {
    const place = placeOf(g.location, g.question, g.system);
    if (!place) return []; // nowhere GitLab could show it (standard input)
    const stop = stops(g);
    return [
      {
        type: 'issue',
        check_name: `cyber-ready/${g.question}`,
        description: description(g, answerOf(g), words, stop, lapsed(g)),
        categories: ['Security'],
        severity: stop !== null ? 'blocker' : g.accepted ? 'info' : SEVERITY[g.severity],
        fingerprint: fingerprint(answersFile, a.questionnaire.id, g.question, g.system),
        location: { path: place.path, lines: { begin: place.startLine, end: place.startLine } },
      },
    ];
  });
  // A stale answer with no gap is an issue of its own (see stale-results.ts): info, or a blocker when
  // --fail-on-stale fails on it, at its reviewBy line. Its fingerprint is apart from the question's
  // gap, so a gap that opens on it later shows as new in the merge request.
  const stale = staleResults(a).flatMap((r) => {
    const place = placeOf(r.stale.location, null, r.stale.system);
    if (!place) return [];
    return [
      {
        type: 'issue',
        check_name: STALE_RULE,
        description: staleMessage(r, words),
        categories: ['Security'],
        severity: r.stops ? 'blocker' : 'info',
        fingerprint: fingerprint(answersFile, a.questionnaire.id, r.stale.question, r.stale.system, 'stale'),
        location: { path: place.path, lines: { begin: place.startLine, end: place.startLine } },
      },
    ];
  });
  return safeJson([...issues, ...stale]);
};
