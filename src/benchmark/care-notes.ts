import { countNoun } from '../text/plural-noun.js';
import { escapeOdd } from '../text/odd-characters.js';
import { STALE_AFTER_MONTHS, futureInputs, newestAssessed, staleInputs } from './assessed-period.js';
import { completenessOf } from './completeness.js';
import { versionsNote } from './group.js';
import type { LabelledExtract } from './types.js';

const capital = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
const sentence = (words: string): string => `${capital(words)}${/[.!?]$/.test(words) ? '' : '.'}`;

/** "2 of the 13 councils", "all 13 councils", "the one council". */
const ofThe = (n: number, all: number): string => (n === all ? (all === 1 ? 'the one council' : `all ${all} councils`) : `${n} of the ${countNoun(all, 'council')}`);

/** What the questionnaire calls a system, one and many, where its sections are answered per system. */
export interface SystemWords {
  label: string;
  plural: string;
}

/**
 * The "read with care" notes of a benchmark: what about the contributions counted should change how
 * a reader takes its figures, each a sentence that names no file (the report is passed round, and
 * file names can name councils). `earlier` are the notes of what was set aside before counting
 * (blank extracts, one assessment given twice, a council's older return).
 */
export function careNotes(kept: readonly LabelledExtract[], earlier: readonly string[], thisMonth: string | undefined, systems: SystemWords | null = null): string[] {
  const notes = earlier.map(sentence);
  const versions = versionsNote(kept);
  if (versions) notes.push(sentence(versions));
  // Their zeros are in every section score and quartile: a forum must know its figures are lowered.
  const incomplete = kept.filter((x) => completenessOf(x.extract).unanswered > 0).length;
  if (incomplete > 0) notes.push(`${capital(ofThe(incomplete, kept.length))} left questions unanswered, which count as 0 and lower the figures.`);
  // Left out of the overall and per-system figures (README "Critical systems"): the count beside
  // "6 councils contributed" was 5 with nothing to say why.
  const none = systems ? kept.filter((x) => x.extract.systems.length === 0).length : 0;
  if (systems && none > 0) {
    const one = none === 1;
    notes.push(`${capital(ofThe(none, kept.length))} list${one ? 's' : ''} no ${systems.plural}, so ${one ? 'it is' : 'they are'} not in the overall figures nor in those of the sections and questions answered per ${systems.label}.`);
  }
  // Said by its label, as the warning on standard error names its file: a forum checks the date with that council.
  for (const x of futureInputs(kept, thisMonth)) {
    notes.push(`"${escapeOdd(x.label)}" is dated ${x.extract.assessedOn}, after the month this benchmark was made (${thisMonth ?? ''}), so probably mistyped: it is counted, but not in the months assessed, and not taken as the newest assessment.`);
  }
  const stale = staleInputs(kept, thisMonth).length;
  if (stale > 0) {
    const one = stale === 1;
    notes.push(`${capital(ofThe(stale, kept.length))} ${one ? 'was' : 'were'} assessed more than ${STALE_AFTER_MONTHS} months before the newest assessment (${newestAssessed(kept, thisMonth)}), so ${one ? 'its' : 'their'} answers may no longer hold.`);
  }
  return notes;
}
