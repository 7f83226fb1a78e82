import { roundScore } from '../report/round-score.js';
import type { Distribution } from './stats.js';
import type { BenchmarkResult, Highlight, QuestionBenchmark, SectionBenchmark, SpreadEntry } from './types.js';
import { pluralNoun } from '../text/plural-noun.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { periodWords } from './assessed-period.js';
import { endWords } from './end-words.js';

/** A number rounded to the nearest whole one, as an ordinal: "1st", "2nd", "23rd", "11th", "100th" for 99.6. */
export function ordinal(n: number): string {
  const whole = Math.round(n);
  const tens = whole % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][whole % 10] ?? 'th');
  return `${whole}${suffix}`;
}

/** What is shown instead of a statistic withheld by the minimum group rule. */
export const fewerThan = (result: BenchmarkResult): string => `fewer than ${result.minGroup}`;

/** Scores are shown rounded down, as every report shows them (SPEC "Scoring"). */
export const score = roundScore;

/** "54 (47–62)": median, then lower to upper quartile. */
export const medianAndQuartiles = (d: Distribution): string => `${score(d.median)} (${score(d.q1)}–${score(d.q3)})`;

/**
 * "61 (70th percentile)"; the percentile rounded to the nearest whole number. A score of null is a
 * section (or overall) none of whose questions apply to the council, "not applicable", as the HTML
 * says it: "no score" read as if it had not answered.
 */
export function highlightWords(h: Highlight | undefined): string {
  if (!h) return 'no score';
  if (h.score === null) return 'not applicable';
  return h.percentile === null ? `${score(h.score)}` : `${score(h.score)} (${ordinal(h.percentile)} percentile)`;
}

/**
 * The highlighted council's figure on a section: as highlightWords, but a section answered per
 * system says the council lists none, where that is why it has no score.
 */
export function sectionHighlightWords(result: BenchmarkResult, section: Pick<SectionBenchmark, 'scope' | 'highlight'>): string {
  return noSystemsWords(result, section) ?? highlightWords(section.highlight);
}

/**
 * Whether the highlighted council lists no systems of a questionnaire answered per system: its
 * overall is then of the organisation's sections alone, so it is shown but not ranked.
 */
export const unrankedOverall = (result: BenchmarkResult): boolean =>
  result.overall.highlight?.systems === 0 && (result.overall.highlight.score ?? null) !== null && result.sections.some((s) => s.scope === 'system');

/**
 * Whether every row of the section table counts every council. Where one does not (a council with
 * no systems is left out of the overall), the highlighted council's percentile there is among that
 * row's councils, not among all that contributed.
 */
export const everyRowWhole = (result: BenchmarkResult): boolean => result.overall.n === result.contributions && result.sections.every((s) => s.n === result.contributions);

/** The questionnaire's plural for a system ("critical systems", or its `systemLabelPlural`); "systems" when it was not at hand. */
export const pluralOf = (result: BenchmarkResult): string => result.questionnaire.systemLabelPlural ?? pluralNoun(result.questionnaire.systemLabel ?? 'system');

/**
 * The highlighted council's overall figure: "72 (not ranked)" where its overall leaves its systems
 * out, and "87 (98th percentile, the highest)" where no council scores above it (end-words.ts).
 */
export function overallHighlightWords(result: BenchmarkResult): string {
  const own = result.overall.highlight;
  if (unrankedOverall(result) && own && own.score !== null) return `${score(own.score)} (not ranked)`;
  const end = endWords(own, result.overall.stats);
  return end === null ? highlightWords(own) : highlightWords(own).replace(/\)$/, `, ${end})`);
}

/** Why the highlighted council's overall is not ranked, said once under the section table. */
export function unrankedOverallNote(result: BenchmarkResult): string | null {
  if (!unrankedOverall(result) || result.highlighted === null) return null;
  return `${result.highlighted} lists no ${pluralOf(result)}, so its overall score is of the organisation's sections alone and is not ranked against the forum's.`;
}

/** "no critical systems", where the highlighted council has no figure because it lists no systems. */
export function noSystemsWords(result: BenchmarkResult, x: { scope: 'organisation' | 'system'; highlight?: { score: number | null } | undefined }): string | null {
  const none = x.scope === 'system' && result.overall.highlight?.systems === 0 && (x.highlight?.score ?? null) === null;
  return none ? `no ${pluralOf(result)}` : null;
}

/**
 * "Partly in place: 10; In place: 8; Don't know: 1". Options nobody chose are left out to keep it
 * short; a colon and semicolons because labels hold numbers and commas ("Within 14 days, or less").
 */
export const spreadWords = (spread: readonly SpreadEntry[]): string => {
  const given = spread.filter((e) => e.count > 0);
  return given.length ? given.map((e) => `${e.label}: ${e.count}`).join('; ') : 'no answers';
};

/**
 * What a section answered once per system does to the figures, said once under its heading, in the
 * questionnaire's own word for a system (SPEC "v2: critical systems": `systemLabel`).
 */
export const systemNoteFor = (label: string, plural: string): string =>
  `Answered once per ${label}: each council's score is its mean over its ${plural}, and the answers count every ${label}, so they can add up to more than the councils.`;

/**
 * A section's title in the benchmark's table, marked when it is answered once per system, in the
 * questionnaire's own word ("(per critical system)"). Not where the title says so already: "Per
 * service", "Each critical system" (per, each or every before the label or its last word).
 */
export function sectionTitle(result: BenchmarkResult, s: { title: string; scope: string }): string {
  if (s.scope !== 'system') return s.title;
  const label = result.questionnaire.systemLabel ?? 'system';
  const words = [label, label.split(' ').at(-1) ?? label].map(escapeRegExp).join('|');
  return new RegExp(`\\b(per|each|every)\\s+(${words})\\b`, 'i').test(s.title) ? s.title : `${s.title} (per ${label})`;
}

/** The note for the first question of each run of system questions (a section's, or ids only). */
export const systemNote = (q: QuestionBenchmark, previous: QuestionBenchmark | undefined, result: BenchmarkResult): string | undefined =>
  q.scope === 'system' && (previous?.scope !== 'system' || previous.section !== q.section) ? systemNoteFor(result.questionnaire.systemLabel ?? 'system', pluralOf(result)) : undefined;

/** "Yes; score 100 (50th percentile)", or "Yes (not scored)". */
export function ownAnswerWords(h: NonNullable<QuestionBenchmark['highlight']>): string {
  if (h.score === null) return h.answer === null ? 'no answer' : h.value === null ? h.answer : `${h.answer} (not scored)`;
  return `${h.answer !== null ? `${h.answer}; ` : ''}score ${highlightWords(h)}`;
}

export const title = (result: BenchmarkResult): string =>
  `${result.questionnaire.title ?? result.questionnaire.id} (${result.questionnaire.id} ${result.questionnaire.version})`;

/** "1 council", "5 councils" (--min-group 1 is allowed). */
const councils = (n: number): string => `${n} council${n === 1 ? '' : 's'}`;

/** The paragraph that says what the figures are, shared by text and markdown. */
export function methodWords(result: BenchmarkResult): string {
  return [
    `${councils(result.contributions)} contributed, ${periodWords(result.assessed)}. Scores are out of 100, rounded down: the median, then in brackets the lower and upper quartiles (the middle half of councils lies between them).`,
    `No figure is shown over fewer than ${councils(result.minGroup)}.`,
    'Quartiles are by linear interpolation (as R and numpy do by default); a percentile is the share of councils below, counting ties as half.',
  ].join(' ');
}

/** The heading over the notes a reader should take in before the figures (BenchmarkResult.warnings). */
export const CARE_HEADING = 'Read with care';

const held = (rating: string | null): string => (rating === null ? 'the lowest rating' : `"${rating}"`);

/**
 * How many councils an automatic fail holds at the lowest rating (SPEC "v2: automatic fails"), said
 * once under the section table: a score alone would hide it. Null when the questionnaire has none.
 */
export function automaticFailWords(result: BenchmarkResult): string | null {
  const fails = result.overall.automaticFails;
  if (fails === null) return null;
  if (fails.councils === 0) return `Automatic fails: no council falls short on an automatic-fail question.`;
  const of = fails.councils === result.contributions ? `All ${councils(fails.councils)}` : `${fails.councils} of ${councils(result.contributions)}`;
  return `Automatic fails: ${of} fall short on at least one automatic-fail question, which holds ${fails.councils === 1 ? 'its' : 'their'} rating at ${held(fails.rating)} whatever the score.`;
}

/** The highlighted council's rating, and the automatic fails that hold it down, if any. */
export function ownRatingWords(result: BenchmarkResult): string | null {
  const own = result.overall.highlight;
  if (result.highlighted === null || !own) return null;
  const n = own.automaticFails;
  if (n === 0) return own.rating === null ? null : `${result.highlighted} is rated ${own.rating}.`;
  const fails = `${n} automatic fail${n === 1 ? '' : 's'}`;
  return own.rating === null ? `${result.highlighted} has ${fails}.` : `${result.highlighted} is rated ${own.rating}: ${fails} hold${n === 1 ? 's' : ''} it there, whatever its score.`;
}

/** "automatic fail: 5 councils fall short"; null for a question that is not an automatic fail. */
export function failingWords(q: QuestionBenchmark): string | null {
  if (!q.blocking) return null;
  if (q.failing === null) return 'automatic fail';
  return `automatic fail: ${q.failing === 0 ? 'no council falls' : q.failing === 1 ? '1 council falls' : `${q.failing} councils fall`} short`;
}

/** What is said of a question no council answered: often one that applies to none of them. */
export function unansweredWords(result: BenchmarkResult, q: QuestionBenchmark): string {
  if (q.notApplicable === result.contributions) return `not applicable to any of the ${councils(result.contributions)}`;
  return q.notApplicable > 0 ? `no council answered it; not applicable to ${q.notApplicable} of them` : 'no council answered it';
}
