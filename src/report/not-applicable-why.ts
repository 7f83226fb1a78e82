// Why a question does not apply, as the papers' not-applicable table says it. An answer the file
// gives to a question that a `when` rules out was set aside with a warning on standard error only,
// and the paper said "Does not apply, given earlier answers": a file that contradicts itself looked
// clean to the committee. The answer set aside, and the answers that ruled it out, are said instead.
import type { Assessment, QuestionResult } from '../scoring/assessment.js';
import { listWords } from '../text/list-words.js';

type NotApplicable = Assessment['notApplicable'][number];

/** `resultOf` finds a question's result in the same scope (else the organisation's), to give its answer in words. */
export function notApplicableWhy(na: NotApplicable, resultOf: (question: string) => QuestionResult | undefined): string {
  if (na.by === 'answer') return na.reason?.trim() || 'Answered not applicable';
  if (!na.ignored) return 'Does not apply, given earlier answers';
  const given = na.ignored.because.map((id) => {
    const r = resultOf(id);
    return r ? `${id} ("${r.answer}")` : id;
  });
  return `Does not apply, given the ${given.length === 1 ? 'answer' : 'answers'} to ${listWords(given, 'and')}; yet the file also answers it "${na.ignored.answer}", which is set aside and not scored: check which is right.`;
}
