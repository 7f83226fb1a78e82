import type { Assessment } from '../scoring/assessment.js';
import { answerFiles } from '../report/places.js';
import { safeLine } from '../text/safe-text.js';

/**
 * `FILE:LINE:COL: gate …` for each gate failure, so GitLab and Jenkins logs (and
 * editors) lead to the answer at fault. A place in the questionnaire (an unanswered question with
 * no entry) becomes the top of the answers file, the only file the team can change.
 */
export function gateLines(a: Assessment): string[] {
  const editable = answerFiles(a);
  return a.gates
    .filter((g) => !g.passed)
    .flatMap((g) =>
      g.failures.map((f) => {
        const place = f.location && editable.has(f.location.file) ? f.location : { file: a.answersFile, line: 1, column: 1 };
        return `${safeLine(place.file)}:${place.line}:${place.column}: gate ${g.id} failed: ${safeLine(f.message)}`;
      }),
    );
}
