import { answersAnotherMinor } from '../questionnaire/version-order.js';
import { listWords } from '../text/list-words.js';
import type { TrendVersion } from './types.js';

/**
 * A note for a trend whose versions on the line answer another minor version of the questionnaire
 * than the one they are scored against, as `diff` says under its header: each is rescored against
 * the version installed now, so its score may differ from the one it was given when it was assessed,
 * and a committee would read the difference as the council's. Versions are named by commit and
 * grouped by the version they answer, oldest first: "the line is scored against depot-check 1.2.0;
 * 3f95fc7 and 5367ed3 answer 1.0.0, and fee3345 answers 1.1.0, so they may score differently from
 * when they were assessed". Null when none does (another patch version changes only words).
 */
export function olderVersionsNote(
  line: readonly Pick<TrendVersion, 'shortCommit' | 'named'>[],
  questionnaire: { id: string; version: string } | null,
): string | null {
  if (questionnaire === null) return null;
  const byVersion = new Map<string, string[]>();
  for (const v of line) {
    const theirs = v.named?.version;
    if (theirs == null || !answersAnotherMinor(theirs, questionnaire.version)) continue;
    byVersion.set(theirs, [...(byVersion.get(theirs) ?? []), v.shortCommit]);
  }
  if (byVersion.size === 0) return null;
  const groups = [...byVersion].map(([theirs, commits]) => `${listWords(commits, 'and')} ${commits.length === 1 ? 'answers' : 'answer'} ${theirs}`);
  const which = groups.length === 1 ? groups.join('') : `${groups.slice(0, -1).join(', ')}, and ${groups.at(-1) ?? ''}`;
  const one = groups.length === 1 && [...byVersion.values()][0]?.length === 1;
  return `the line is scored against ${questionnaire.id} ${questionnaire.version}; ${which}, so ${one ? 'it may score differently from when it was assessed' : 'they may score differently from when they were assessed'}`;
}
