import { answersAnotherMinor } from '../questionnaire/version-order.js';
import { listWords } from '../text/list-words.js';
import type { TrendVersion } from './types.js';
import { groupRuns, runCount, runWords } from './version-runs.js';

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
  // A run of versions next to each other on the line is named by its first and last commit: a long
  // history answering an older version is "c6fd21c … 06f9291 (400 versions)", not 400 commits.
  const { groups: byVersion } = groupRuns(line, (v) => {
    const theirs = v.named?.version;
    return theirs == null || !answersAnotherMinor(theirs, questionnaire.version) ? null : theirs;
  });
  if (byVersion.length === 0) return null;
  const name = (v: Pick<TrendVersion, 'shortCommit'>): string => v.shortCommit;
  const groups = byVersion.map(({ key, runs }) => `${runWords(runs, name, (first, last, count) => `${first.shortCommit} … ${last.shortCommit} (${count} versions)`, (w) => listWords(w, 'and'))} ${runCount(runs) === 1 ? 'answers' : 'answer'} ${key}`);
  const which = groups.length === 1 ? groups.join('') : `${groups.slice(0, -1).join(', ')}, and ${groups.at(-1) ?? ''}`;
  const one = groups.length === 1 && runCount(byVersion[0]?.runs ?? []) === 1;
  return `the line is scored against ${questionnaire.id} ${questionnaire.version}; ${which}, so ${one ? 'it may score differently from when it was assessed' : 'they may score differently from when they were assessed'}`;
}
