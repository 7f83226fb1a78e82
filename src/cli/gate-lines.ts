import type { Assessment } from '../scoring/assessment.js';
import { answerPlaces } from '../scoring/answer-place.js';
import { safeLine } from '../text/safe-text.js';

/**
 * `FILE:LINE:COL: gate …` for each gate failure, so GitLab and Jenkins logs (and
 * editors) lead to the answer at fault, in a system's own file when its answers live there; an
 * answer with no entry at all is placed where its scope's answers are kept (see answerPlaces).
 */
export function gateLines(a: Assessment): string[] {
  const placeOf = answerPlaces(a);
  return a.gates
    .filter((g) => !g.passed)
    .flatMap((g) =>
      g.failures.map((f) => {
        const place = placeOf(f.location, f.system);
        return `${safeLine(place.file)}:${place.line}:${place.column}: gate ${g.id} failed: ${safeLine(f.message)}`;
      }),
    );
}
