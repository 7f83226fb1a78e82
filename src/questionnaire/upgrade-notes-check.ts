import type { Report } from './kinds/kind.js';
import type { RawQuestionnaire } from './raw.js';
import { majorOf } from './version-order.js';

/**
 * `upgradeNotes` are keyed by an earlier major version ("1.x"): they are shown when answers name
 * that version. A note keyed by this questionnaire's own major version, or a later one, is never
 * shown; SPEC does not forbid it, so it is a warning at the key, most likely a slip for the version
 * answers are moved from. A version the schema refused is said on its own.
 */
export function checkUpgradeNotes(raw: RawQuestionnaire, warn: Report): void {
  if (typeof raw.version !== 'string' || !/^\d+\./.test(raw.version)) return;
  const major = Number(majorOf(raw.version));
  const earlier = `${major - 1}.x`;
  // Whether a note is, or is to be, keyed by the earlier version: one is told to re-key, the rest to merge.
  let claimed = Object.hasOwn(raw.upgradeNotes ?? {}, earlier);
  for (const key of Object.keys(raw.upgradeNotes ?? {})) {
    const theirs = Number(key.split('.')[0]);
    if (!/^\d+\.x$/.test(key) || theirs < major) continue;
    const which = theirs === major ? 'this questionnaire\'s own major version' : 'a later major version than this questionnaire\'s';
    // A 0.x questionnaire has no earlier major version, so no key of it is shown yet; a note keyed
    // "N.x" is shown once the questionnaire reaches N + 1. Where the suggested key is there already,
    // re-keying this note to it is no fix, nor where an earlier such note is told to take that key:
    // both re-keyed, the file held the key twice, which is refused.
    const fix =
      major === 0
        ? `a 0.x questionnaire has none, so no note is shown before 1.0.0${theirs > 0 ? `, and this one not before ${theirs + 1}.0.0` : ''}`
        : claimed
          ? `remove it, or move what it says into "${earlier}", the note for answers of the version before`
          : `key it by the version answers are moved from, such as "${earlier}"`;
    claimed = true;
    warn(`/upgradeNotes/${key}`, `upgradeNotes "${key}" is ${which} (${raw.version}), so its note is not shown at this version: notes are shown to answers of an earlier major version; ${fix}`, true);
  }
}
