import type { Assessment } from '../scoring/assessment.js';
import { answerFiles, homeFile } from '../report/places.js';
import { safeLine } from '../text/safe-text.js';

/**
 * `FILE:LINE:COL: gate …` for each gate failure, so GitLab and Jenkins logs (and
 * editors) lead to the answer at fault, in a system's own file when its answers live there. A
 * place in the questionnaire (an unanswered question with no entry) becomes the top of the file
 * that scope's answers are kept in, the only file the team can change.
 */
export function gateLines(a: Assessment): string[] {
  const editable = answerFiles(a);
  return a.gates
    .filter((g) => !g.passed)
    .flatMap((g) =>
      g.failures.map((f) => {
        const place = f.location && editable.has(f.location.file) ? f.location : { file: homeFile(a, f.system), line: 1, column: 1 };
        return `${safeLine(place.file)}:${place.line}:${place.column}: gate ${g.id} failed: ${safeLine(f.message)}`;
      }),
    );
}
