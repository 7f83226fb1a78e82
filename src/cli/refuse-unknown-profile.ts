import { UsageError } from '../errors.js';
import { quoteValue } from '../text/odd-characters.js';
import type { Questionnaire } from '../questionnaire/types.js';

/**
 * `--profile` names a profile of the questionnaire, or the run stops before anything is asked or
 * scored: the guided walk found out only after its last question, when the gate failed with exit 1.
 */
export function refuseUnknownProfile(questionnaire: Questionnaire, profile: string | undefined): void {
  if (profile === undefined || questionnaire.profiles.some((p) => p.id === profile)) return;
  const known = questionnaire.profiles.map((p) => p.id);
  throw new UsageError(`--profile: questionnaire "${questionnaire.id}" has no profile ${quoteValue(profile)} (profiles: ${known.join(', ') || 'none'})`);
}
