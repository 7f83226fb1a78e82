import { pluralNoun } from '../text/plural-noun.js';
import type { TrendVersion } from './types.js';
import { largest, smallest } from '../text/spread-free.js';

/**
 * A note for a trend whose versions on the line list different numbers of systems. A section
 * answered per system is the mean over the systems a version lists, so a system added or taken
 * off moves the overall score with no answer changed (as `diff` says under its sections), and a
 * committee would read the move as progress or decline. Null when the number stays the same.
 */
export function systemsCountNote(line: readonly Pick<TrendVersion, 'systems'>[], systemLabel: string | null, systemLabelPlural: string | null): string | null {
  const counts = line.flatMap((v) => (v.systems === null ? [] : [v.systems]));
  if (systemLabel === null || counts.length < 2) return null;
  const [low, high] = [smallest(counts), largest(counts)];
  if (low === high) return null;
  const many = systemLabelPlural ?? pluralNoun(systemLabel);
  return `the versions on the line list between ${low} and ${high} ${many}; sections answered once per ${systemLabel} are the mean over the ${many} each version lists, so the overall score also moves as ${many} are added or removed, with no answer changed`;
}
