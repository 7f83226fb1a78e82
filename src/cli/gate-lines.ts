import type { Assessment } from '../scoring/assessment.js';
import { answerPlaces } from '../scoring/answer-place.js';
import { summaryByTitle } from '../report/paper-gate-title.js';
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

/**
 * The one line that closes a failed run: what each failed gate found ("overall score 43 is below
 * 70"), not only what it asked for, which read as though the score were 70 or more. A profile's
 * count of requirements met is said with its name, which the count alone does not give, and who falls
 * short is named by title, as the FAIL line above it names them (summaryByTitle), not by id.
 */
export function gateFailedLine(a: Assessment): string {
  const failed = a.gates.filter((g) => !g.passed).map((g) => (g.id === 'profile' ? `${g.title}: ${summaryByTitle(g, a)}` : g.summary));
  return `gate failed: ${safeLine(failed.join('; '))}`;
}

/**
 * What a failed run says of its gates on standard error, in order: each failure at its place (left
 * out where GitHub annotations say them: `places` false), then the `gate failed` line, the last.
 * Nothing when every gate passed. Said the same by a run without prompts and by a walk whose report
 * is not on the screen (-o, or standard output sent to a file or pipe).
 */
export const failedGateWords = (a: Assessment, places = true): string[] => (a.passed ? [] : [...(places ? gateLines(a) : []), `cyber-ready: ${gateFailedLine(a)}`]);
