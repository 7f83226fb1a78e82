// Why a question does not apply, as the papers' not-applicable table says it. An answer the file
// gives to a question that a `when` rules out was set aside with a warning on standard error only,
// and the paper said "Does not apply, given earlier answers": a file that contradicts itself looked
// clean to the committee. The answer set aside, and the answers that ruled it out, are said instead.
import type { Assessment, QuestionResult } from '../scoring/assessment.js';
import { listWords } from '../text/list-words.js';

type NotApplicable = Assessment['notApplicable'][number];

/**
 * Why, in words, and the ids of the questions named in it, for a paper to set each in code where it
 * follows the question's words in brackets, as other cells give a question. `resultOf` finds a
 * question's result in the same scope (else the organisation's), to give its words and answer.
 */
export function notApplicableWhy(na: NotApplicable, resultOf: (question: string) => QuestionResult | undefined): { detail: string; ids: string[] } {
  if (na.by === 'answer') return { detail: na.reason?.trim() || 'Answered not applicable', ids: [] };
  if (!na.ignored) return { detail: 'Does not apply, given earlier answers', ids: [] };
  // By the question's words, with its id after them: an id alone ("base-takes-card-payments") is the file's name, not the reader's.
  const given = na.ignored.because.map((id) => {
    const r = resultOf(id);
    return r ? `"${r.answer}" to: ${r.text.trim()} (${id})` : `to ${id}`;
  });
  return {
    detail: `Does not apply, given the ${given.length === 1 ? 'answer' : 'answers'} ${listWords(given, 'and')}. Yet the file also answers it "${na.ignored.answer}", which is set aside and not scored: check which is right.`,
    ids: na.ignored.because,
  };
}
