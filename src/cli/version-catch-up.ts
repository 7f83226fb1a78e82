// An answers file of an older version of its questionnaire, in the guided walk: said when the walk
// starts, and brought up to the questionnaire's version once every question has an answer.
import { catchesUpTo, minorOf } from '../questionnaire/version-order.js';
import { listWords } from '../text/list-words.js';
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
 * Files of an older version, every question of the questionnaire now answered in a walk that asked
 * some: they answer this version, so each says so (the answers file and every critical system's own
 * file with the line, each on its own merits: a system file left at 3.0.0 beside an answers file at
 * 3.4.0 warned on every run), and the warning to "check for new or changed questions" stops (it was
 * only ever put right by a hand edit). A walk that was not a review asked only the questions left
 * unanswered: one changed since keeps its old answer, which a review shows (`review` is the command
 * for it). A patch version changes only words: nothing to check again.
 */
export async function catchUpVersion(store: AnswerFiles, version: string, saving: Saving, say: (line: string, command?: string) => void, review: string | undefined): Promise<void> {
  const files = store.versions();
  const older = files.filter((f) => catchesUpTo(f.version, version));
  const first = older[0];
  if (first === undefined) return;
  await saving('the new questionnaireVersion', () => store.catchUpVersion(version));
  // "(was 2.1.0)" where every file with the line said 2.1.0; else which file said what.
  const alike = older.length === files.length && older.every((f) => f.version === first.version);
  const was = alike ? safeLine(first.version) : listWords(older.map((f) => `${safeLine(f.version)} in ${safeLine(f.target)}`), 'and');
  const line = `questionnaireVersion is now ${safeLine(version)} (was ${was}): every question of ${safeLine(version)} has an answer.`;
  const changed = older.some((f) => minorOf(f.version) !== minorOf(version));
  say(review === undefined || !changed ? line : `${line} To check the answers to questions that changed, go through every answer with:`, changed ? review : undefined);
}
