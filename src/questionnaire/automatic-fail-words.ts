// What the walk says at a question that is an automatic fail (SPEC v2 `blocking: true`), so that the
// person answering knows, before choosing, which answers pass and what any other does to the rating.
// The reports say it afterwards; `init` and `show` mark such a question too.
import { kindOf } from './kinds/index.js';
import type { Question, Questionnaire } from './types.js';
import { listWords } from '../text/list-words.js';

/** The line for a blocking question, in plain words from the questionnaire's own labels; undefined for any other. */
export function automaticFailWords(question: Question, questionnaire: Pick<Questionnaire, 'ratings'>): string | undefined {
  if (!question.blocking) return undefined;
  // Ratings are listed highest first; a cap holds the rating at the last band.
  const lowest = questionnaire.ratings[questionnaire.ratings.length - 1]?.label;
  const held = `holds the rating at "${lowest ?? 'the lowest band'}", whatever the score`;
  // A single choice (or an outcome's status) passes only at an option worth full marks. A checkbox
  // adds its ticks up and a number goes by bands, so no one option names what passes there.
  const form = kindOf(question).prompt(question).form;
  const passing = form === 'select' || form === 'indicators' ? question.options.filter((o) => (o.score ?? 0) >= 1).map((o) => `"${o.label}"`) : [];
  // "Not applicable" (with its reason) is no gap, so it does not hold the rating down either.
  if (passing.length > 0 && question.allowNotApplicable) passing.push('"Not applicable"');
  if (passing.length === 0) return `Automatic fail: any answer short of full marks, "Don't know" included, ${held}.`;
  // An outcome's statements are answered one by one; what passes or not is the status they add up to.
  const others = form === 'indicators' ? 'Any other status' : `Any other answer, "Don't know" included,`;
  return `Automatic fail: only ${listWords(passing, 'or')} passes. ${others} ${held}.`;
}
