import type { Location } from '../questionnaire/types.js';
import type { Assessment, ScopeId } from './assessment.js';

/** The files a team keeps its answers in: the answers file and any system's own file (SPEC "v2: critical systems"). */
export function answerFiles(a: Assessment): Set<string> {
  return new Set([a.answersFile, ...a.systems.flatMap((s) => (s.file === null ? [] : [s.file]))]);
}

/**
 * The one rule for where a result points a reader who has to act on it, shared by every CI output
 * (SARIF, GitLab, JUnit, annotations, `FILE:LINE:COL` lines, diff's gate): a place in a file the team
 * keeps stays as it is; anything else (an unanswered question with no entry is placed at the
 * question in the questionnaire, which the team does not change) goes where that scope's answers
 * are kept. For the organisation that is the top of the answers file (SPEC "v2: reports"); for a
 * system with a file of its own, the top of that file; for a system answered inline, its entry
 * under `systems:`, so that each system's missing answers show at that system rather than all
 * piling up on line 1.
 */
export function answerPlaces(a: Assessment): (location: Location | null, system: ScopeId) => Location {
  const kept = answerFiles(a);
  const systems = new Map(a.systems.map((s) => [s.id, s]));
  return (location, system) => {
    if (location && kept.has(location.file)) return location;
    const own = system === null ? undefined : systems.get(system);
    if (own?.file != null) return { file: own.file, line: 1, column: 1 };
    if (own?.location) return own.location;
    return { file: a.answersFile, line: 1, column: 1 };
  };
}
