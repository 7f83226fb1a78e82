// An answers file of an older version of its questionnaire, in the guided walk: said when the walk
// starts, and brought up to the questionnaire's version once every question has an answer.
import { catchesUpTo, minorOf } from '../questionnaire/version-order.js';
import { safeLine } from '../text/safe-text.js';
import type { AnswerFiles } from './answer-files.js';

type Saving = (what: string, action: () => Promise<void>) => Promise<void>;

/**
 * The line a resumed walk starts with when the file answers an older minor version: the warning
 * that `assess` and `validate` give came only with the report at the walk's end, if at all (the
 * walk brings the version up first), so the assessor started without knowing that questions had
 * been added or changed. Null for a patch difference, which changes only words (SPEC), and for a
 * file of the questionnaire's version, a newer one or one that names none.
 */
export function olderVersionLine(theirs: string | undefined, version: string, review: boolean): string | null {
  if (theirs === undefined || !catchesUpTo(theirs, version) || minorOf(theirs) === minorOf(version)) return null;
  const head = `These answers are for version ${safeLine(theirs)} of the questionnaire, which is now ${safeLine(version)}:`;
  return review ? `${head} this review goes through every answer, new questions among them.` : `${head} questions added since are asked with any others still unanswered; --review goes through every answer.`;
}

/**
 * A file of an older version, every question of the questionnaire now answered in a walk that
 * asked some: it answers this version, so it says so, and the warning to "check for new or changed
 * questions" stops (it was only ever put right by a hand edit). A walk that was not a review asked
 * only the questions left unanswered: one changed since keeps its old answer, which a review shows
 * (`review` is the command for it). A patch version changes only words: nothing to check again.
 */
export async function catchUpVersion(store: AnswerFiles, version: string, saving: Saving, say: (line: string, command?: string) => void, review: string | undefined): Promise<void> {
  const was = store.headerOf('questionnaireVersion');
  if (was === undefined || !catchesUpTo(was, version)) return;
  await saving('the new questionnaireVersion', () => store.catchUpVersion(version));
  const line = `questionnaireVersion is now ${safeLine(version)} (was ${safeLine(was)}): every question of ${safeLine(version)} has an answer.`;
  const changed = minorOf(was) !== minorOf(version);
  say(review === undefined || !changed ? line : `${line} To check the answers to questions that changed, go through every answer with:`, changed ? review : undefined);
}
