import type { Assessment } from '../scoring/assessment.js';
import { shownPath } from './shown-path.js';

/**
 * The file a paper names its questionnaire from: null for a bundled one, which its id and version
 * identify; else the file as the papers name the answers file. A council's own copy of a bundled
 * questionnaire, of the same id and version with a severity changed, gave a paper headed exactly
 * as the bundled one's, so nothing on it matched it to its inputs.
 */
export const questionnaireFrom = (q: Pick<Assessment['questionnaire'], 'file' | 'bundled'>): string | null => (q.bundled ? null : shownPath(q.file));
