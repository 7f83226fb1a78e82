import { createHash } from 'node:crypto';
import type { Gap } from '../scoring/assessment.js';
import type { GapSeverity } from '../questionnaire/types.js';
import { gapAnswers, stillToMeet, type GapAnswer } from './gap-answer.js';
import { safeJson } from './json.js';
import { machinePlaces } from './places.js';
import type { Reporter } from './types.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Record<GapSeverity, CodeQualitySeverity> = { critical: 'critical', high: 'major', medium: 'minor', low: 'info' };

/** Stable across runs and versions, so GitLab can tell new issues from old ones in a merge request. */
const fingerprint = (questionnaire: string, question: string): string => createHash('md5').update(`cyber-ready/${questionnaire}/${question}`).digest('hex');

function description(g: Gap, said: GapAnswer): string {
  const waiver = g.accepted && g.waiver ? `Accepted risk until ${g.waiver.expires}: ` : g.waiver?.state === 'expired' ? `Waiver expired ${g.waiver.expires}: ` : '';
  return `${waiver}${g.severity} gap "${g.question}": ${g.text} Answer: ${said.answer}.${said.unmet.length ? ` ${stillToMeet(said.unmet)}` : ''}${g.remediation ? ` What to do: ${g.remediation}` : ''}`;
}

/**
 * A GitLab Code Quality report (a JSON array of Code Climate issues), one issue per gap at its
 * answer in the answers file, path relative to the repository root. A gap that makes a requested
 * gate fail is a `blocker`; other gaps map by severity; an accepted risk is `info`.
 */
export const renderGitlab: Reporter = (a, ctx) => {
  const placeOf = machinePlaces(a, ctx.paths);
  const answerOf = gapAnswers(a);
  const failing = new Set(a.gates.filter((g) => !g.passed).flatMap((g) => g.failures.map((f) => f.question)));
  const issues = a.gaps.flatMap((g) => {
    const place = placeOf(g.location, g.question);
    if (!place) return []; // nowhere GitLab could show it (standard input)
    return [
      {
        type: 'issue',
        check_name: `cyber-ready/${g.question}`,
        description: description(g, answerOf(g)),
        categories: ['Security'],
        severity: g.accepted ? 'info' : failing.has(g.question) ? 'blocker' : SEVERITY[g.severity],
        fingerprint: fingerprint(a.questionnaire.id, g.question),
        location: { path: place.path, lines: { begin: place.startLine, end: place.startLine } },
      },
    ];
  });
  return safeJson(issues);
};
