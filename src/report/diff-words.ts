import type { AcceptedRiskChange, AssessmentDiff, QuestionChange, ScoreChange, StaleChange, SystemChange } from '../scoring/diff-assessments.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { questionHundredths, roundScore } from './round-score.js';
import type { ReportContext } from './types.js';
import { pluralNoun } from '../text/plural-noun.js';
import { answersAnotherMinor } from '../questionnaire/version-order.js';
import { unansweredWords } from './unanswered-words.js';
import { changeWords, shownChange, signed } from './change-words.js';
import { scopeName } from './system-view.js';

export { changeWords, shownChange, signed };

/** The words and figures every diff format shares, so the text and the markdown say the same. */

/** A diff names no framework's outcomes: it needs no catalogue. */
export type DiffReporter = (diff: AssessmentDiff, context: Omit<ReportContext, 'catalog'>) => string;
/** A diff paper that is a binary document (the Word one): bytes, never written by itself. */
export type DiffBinaryReporter = (diff: AssessmentDiff, context: Omit<ReportContext, 'catalog'>) => Uint8Array;

export const delta = (c: ScoreChange): string => `${roundScore(c.old)} → ${roundScore(c.new)} (${changeWords(c)})`;
export const answerOf = (side: QuestionChange['old'], absent: QuestionChange['oldAbsent']): string =>
  side ? `${side.answer} (${side.score === null ? 'n/a' : questionHundredths(side.score) / 100})` : ABSENT_WORDS[absent ?? 'unanswered'];
const ABSENT_WORDS = { 'not-applicable': 'not applicable', unanswered: 'not answered', 'partly-answered': 'partly answered (not every indicator)' } as const;

export const LISTS = [
  ['regressed', 'Regressed'],
  ['improved', 'Improved'],
  ['added', 'Newly answered'],
  ['removed', 'No longer answered'],
] as const;

/**
 * A name in a column of `width`: wrapped between words onto as many lines as it needs (later lines
 * indented two more), each padded to the column. Never cut: two systems that share a title are told
 * apart by the ids at the end of their names, and a cut with an ellipsis took the ids off, leaving
 * two lines that read the same ("Revenues and benefits case management system…" twice).
 */
export const nameLines = (text: string, width: number): string[] =>
  wrapText(text, { width, hangingIndent: '  ' })
    .split('\n')
    .map((line) => line + ' '.repeat(Math.max(0, width - displayWidth(line))));

/**
 * Whether a score moved as the reader sees it: its shown (rounded-down) figure changed, or it came
 * or went. Judged by the rounded exact change, 59.1 → 59.7 was listed as "59 → 59 (±0)" and
 * 66.9 → 67.1 hid among the unchanged although it shows as 66 → 67.
 */
export const scoreMoved = (c: ScoreChange): boolean => (c.old === null || c.new === null ? c.old !== c.new : shownChange(c) !== 0);

/** Whether a section's rating changed: with a band's noGapsOf it can while its score does not. */
export const sectionRatingChanged = (sec: AssessmentDiff['sections'][number]): boolean => sec.oldRating?.label !== sec.newRating?.label;

// Only what changed is listed: sections at ±0 with the same rating and empty lists are summed up in one line, not shown.
export const changedSections = (d: AssessmentDiff) => d.sections.filter((sec) => scoreMoved(sec) || sectionRatingChanged(sec));

export function unchangedLine(d: AssessmentDiff): string | undefined {
  const same = d.sections.length - changedSections(d).length;
  if (!same) return undefined;
  return same === d.sections.length ? 'No section score changed.' : `${same} other section${same === 1 ? '' : 's'} unchanged.`;
}

/** What the questionnaire calls more than one system ("critical systems"). */
const manyOf = (d: AssessmentDiff): string => d.systemLabelPlural ?? pluralNoun(d.systemLabel ?? 'system');

// What the questionnaire calls a system, for headings: "Critical system", "Critical systems".
export const label = (d: AssessmentDiff, plural = false): string => {
  const word = plural ? manyOf(d) : (d.systemLabel ?? 'system');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
};

// A system added or removed always shows; one in both files shows when its score or rating moved.
export const changedSystems = (d: AssessmentDiff): SystemChange[] =>
  d.systems.filter((x) => x.status !== 'kept' || scoreMoved(x) || x.oldRating?.label !== x.newRating?.label || x.oldTitle !== null);

/** 'renamed from "Revenues and benefits"', for a system kept under its id with a new title. */
export const renamedWords = (x: Pick<SystemChange, 'oldTitle'>): string | null => (x.oldTitle === null ? null : `renamed from "${x.oldTitle}"`);

export function unchangedSystemsLine(d: AssessmentDiff): string | undefined {
  const same = d.systems.length - changedSystems(d).length;
  if (!same) return undefined;
  const word = (d.systemLabel ?? 'system').toLowerCase();
  return same === d.systems.length ? `No ${word}'s score changed.` : `${same} other ${same === 1 ? word : manyOf(d).toLowerCase()} unchanged.`;
}

/** "still rated Partly ready" or "Not ready → Partly ready": the overall rating's change, each label through `plain`. */
export function ratingChangeWords(d: AssessmentDiff, plain = (t: string): string => t): string {
  const [was, now] = [d.old.rating?.label ?? 'not rated', d.new.rating?.label ?? 'not rated'];
  return was === now ? `still rated ${plain(now)}` : `${plain(was)} → ${plain(now)}`;
}

/** A section's score on one side, with its rating where the rating changed ("59 (Partly ready)"), the label through `plain`. */
export const sectionSideWords = (score: number | null, rating: { label: string } | null, sec: AssessmentDiff['sections'][number], plain = (t: string): string => t): string =>
  `${roundScore(score)}${sectionRatingChanged(sec) ? ` (${plain(rating?.label ?? 'not rated')})` : ''}`;

/** A system's cells in the papers' systems table, in plain words: each side's score and rating ("not listed" where it was not), the change and the gaps. */
export function systemRowWords(x: SystemChange): { before: string; after: string; change: string; gaps: string } {
  const side = (score: number | null, rating: SystemChange['newRating'], there: boolean): string => (there ? `${roundScore(score)}${rating ? ` (${rating.label})` : ''}` : 'not listed');
  return {
    before: side(x.old, x.oldRating, x.status !== 'added'),
    after: side(x.new, x.newRating, x.status !== 'removed'),
    change: x.status === 'kept' ? changeWords(x) : x.status,
    gaps: x.status === 'kept' ? `${x.gaps.old} → ${x.gaps.new}` : x.status === 'added' ? String(x.gaps.new) : `was ${x.gaps.old}`,
  };
}

export const scoreAndRating = (score: number | null, rating: SystemChange['newRating']): string => `${roundScore(score)}${rating ? `, ${rating.label}` : ''}`;

/**
 * Under the overall change, a sentence for each file that scores questions with no answer, in the
 * words of trend's footnote: "readiness.yaml (the new file): 27 unanswered, scored as 0." assess
 * stops on such a file unless --allow-incomplete is given; diff scores it, and a score that fell
 * because a system was added and not yet answered must not read as answers that got worse.
 * `file` and `plain` shape the file names and the other words, as for versionWords.
 */
export function unansweredLines(d: AssessmentDiff, file = (f: string): string => f, plain = (t: string): string => t): string[] {
  return (['old', 'new'] as const).flatMap((side) => {
    const words = unansweredWords(d[side]);
    return words === null ? [] : [`${file(d[side].file)}${plain(` (the ${side} file): ${words}.`)}`];
  });
}

/**
 * What a system's row says of its own unanswered questions: for a system added or removed, the count
 * of the file it is in; for one kept, each side's that has any ("was 3 unanswered, scored as 0").
 */
export function systemUnansweredWords(x: SystemChange): string[] {
  const side = (key: 'old' | 'new'): string | null => {
    const n = x.unanswered[key];
    return n === null ? null : unansweredWords({ unanswered: n, partlyAnswered: x.partlyAnswered[key] ?? 0 });
  };
  const [was, now] = [side('old'), side('new')];
  if (x.status !== 'kept') return [was ?? now].filter((w): w is string => w !== null);
  return [...(was === null ? [] : [`was ${was}`]), ...(now === null ? [] : [`now ${now}`])];
}

/** A system's change in words, after its title: the move in score and rating, or that it came or went. */
export function systemWords(x: SystemChange): string {
  if (x.status === 'added') return `added: ${scoreAndRating(x.new, x.newRating)}`;
  if (x.status === 'removed') return `removed: was ${scoreAndRating(x.old, x.oldRating)}`;
  return `${delta(x)}  ${x.oldRating?.label ?? 'not rated'} → ${x.newRating?.label ?? 'not rated'}`;
}

/**
 * A system as the diff names it: its title, and its id too where another system of either file has
 * that title. Renaming a system's id reads as one system removed and another added, and without
 * the ids the two lines would name the same system.
 */
export function systemNamer(d: AssessmentDiff): (system: { id: string; title: string | null }) => string {
  const count = new Map<string, number>();
  for (const x of d.systems) count.set(x.title, (count.get(x.title) ?? 0) + 1);
  return ({ id, title }) => (title === null ? id : (count.get(title) ?? 0) > 1 ? `${title} (${id})` : title);
}

/** Whose answer a row of the diff's lists is, as its system column says it (system-view.ts scopeName). */
export function scopeNamer(d: AssessmentDiff): (row: { system: string | null; systemTitle: string | null }) => string {
  const name = systemNamer(d);
  return (r) => scopeName(r.system === null ? null : name({ id: r.system, title: r.systemTitle }));
}

/** The question as a list shows it: its id, and the system's name for a system's answer. */
export const questionName = (q: Pick<QuestionChange, 'question' | 'system' | 'systemTitle'>, name: ReturnType<typeof systemNamer>): string => (q.system === null ? q.question : `${q.question} (${name({ id: q.system, title: q.systemTitle })})`);

// The lists are of scores that moved: an indicator, a note or a text answer may have changed with
// none of them, so the line says no score changed, not no answer. With systems added or removed,
// it would read as "nothing changed" without "other".
export const noChangeLine = (d: AssessmentDiff): string => (d.systems.some((x) => x.status !== 'kept') ? 'No other answer changed its score.' : 'No answer changed its score.');

/**
 * A sentence straight under the overall change when systems came or went: "The overall moved with
 * the critical systems listed: 1 added (Waste collection), 1 removed (Housing repairs); critical
 * system sections are the mean over the critical systems each file lists." Said after the sections,
 * a score that fell a point with a system added, a section a band, and then "No other answer changed
 * its score" read to a committee as "we got worse". Undefined when the same systems are listed.
 */
export function systemsListedLine(d: AssessmentDiff): string | undefined {
  const name = systemNamer(d);
  const word = (d.systemLabel ?? 'system').toLowerCase();
  const many = manyOf(d).toLowerCase();
  const parts = (['added', 'removed'] as const).flatMap((status) => {
    const of = d.systems.filter((x) => x.status === status);
    return of.length ? [`${of.length} ${status} (${of.map((x) => name(x)).join(', ')})`] : [];
  });
  if (!parts.length) return undefined;
  // "moved with" only where the overall shown moved; else the list changed under a steady overall.
  const head = scoreMoved(d.overall) ? `The overall moved with the ${many} listed` : `The ${many} listed changed`;
  return `${head}: ${parts.join(', ')}; ${word} sections are the mean over the ${many} each file lists.`;
}

/**
 * The organisation a diff is about, to head it: the one both files name (or the only one named).
 * Two files of different organisations (a council beside a neighbour's) name no single one.
 */
export const diffOrganisation = (d: AssessmentDiff): string | null =>
  d.old.organisation !== null && d.new.organisation !== null && d.old.organisation !== d.new.organisation ? null : (d.new.organisation ?? d.old.organisation);

/** What to say beside a file's name: its organisation where the two differ, and when it was assessed. */
export const sideNote = (d: AssessmentDiff, side: 'old' | 'new'): string =>
  [...(diffOrganisation(d) === null && d[side].organisation !== null ? [d[side].organisation] : []), d[side].assessedOn ?? 'undated'].join(', ');

/**
 * The days the diff was judged on, in the words assess's reports use: which risks are newly accepted
 * or no longer accepted depends on them (a waiver lapses after its day), and which answers are newly
 * past their review date, so every format says them. The earlier file's day is said where it is its
 * own (the day it was assessed): a risk listed as lapsed lapsed between the two.
 */
export const judgedWords = (d: AssessmentDiff): string =>
  `waivers and review dates judged on ${d.today}${d.old.judgedOn === d.today ? '' : ` (the earlier file's on ${d.old.judgedOn}, the day it was assessed)`}`;

export const RISK_LISTS = [
  ['newlyAccepted', 'Risks newly accepted under a waiver'],
  ['noLongerAccepted', 'Risks no longer accepted'],
] as const;

/** Who approved a waiver and until when, in words. */
export const waiverWords = (r: AcceptedRiskChange): string => `${r.waiver.approvedBy ? `approved by ${r.waiver.approvedBy}, ` : ''}until ${r.waiver.expires}`;

/** What became of a lapsed waiver. */
export const lapseWords = (r: AcceptedRiskChange): string => (r.lapsed === 'expired' ? `its waiver expired on ${r.waiver.expires}` : 'its waiver was taken out');

/** The risk change as a list line shows it, after the question's name. */
export const riskWords = (r: AcceptedRiskChange): string => `${r.severity} gap, ${r.lapsed === null ? `waiver ${waiverWords(r)}` : `${lapseWords(r)}; it counts for --fail-on again`}`;

/** A gate's result in words, as the text and the markdown give it: "failed: 1 answer regressed, 1 critical system removed". */
export const gateWords = (g: AssessmentDiff['gates'][number]): string => (g.passed ? `passed (${g.summary})` : `FAILED: ${g.summary}`);

/** A gate as the command line names it. */
export const gateFlag = (g: AssessmentDiff['gates'][number]): string => `--${g.id}`;

/** The automatic fails that came or went, with what a line says before each list of them. */
export const FAIL_LISTS = [
  ['newAutomaticFails', 'New automatic fail', 'New automatic fails', 'holding the rating at its lowest band whatever the score'],
  ['clearedAutomaticFails', 'Automatic fail cleared', 'Automatic fails cleared', null],
] as const;

/** Answers whose review date passed or came back, after the risks: like a waiver, a review date moves no score. */
export const STALE_LISTS = [
  ['newlyStale', 'Answers newly past their review date'],
  ['noLongerStale', 'Answers no longer past their review date'],
] as const;

/**
 * A newly stale answer's review date, said once: "2026-10-31", or "2027-05-01 (was 2027-12-01)" where
 * it changed. The papers' "Review by before | Review by now" gave a date that fell due between two
 * assessments twice, "2026-10-31 | 2026-10-31", which told the reader nothing.
 */
export const newReviewDate = (r: StaleChange): string => `${r.newReviewBy ?? ''}${r.oldReviewBy !== null && r.oldReviewBy !== r.newReviewBy ? ` (was ${r.oldReviewBy})` : ''}`;

/**
 * What every format says under "Answers newly past their review date", before the list: when they
 * fell due. Where the earlier file was assessed on an earlier day and no date changed, each answer
 * fell due between the two assessments, and the sentence says so.
 */
export function newlyStaleNote(d: AssessmentDiff): string {
  const between = d.old.judgedOn !== d.today;
  if (between && d.newlyStale.every((r) => r.oldReviewBy === r.newReviewBy)) return `These fell due between the two assessments: not yet due on ${d.old.judgedOn}, when the earlier file was assessed, and past due on ${d.today}.`;
  const moved = d.newlyStale.some((r) => r.oldReviewBy !== null && r.oldReviewBy !== r.newReviewBy) ? ' Where a review date changed, the earlier one is in brackets.' : '';
  // An answer with no earlier review date may not have been in the earlier file at all (a system
  // added since, a question answered since): "they were not" alone said it had been reviewed then.
  const perhapsAbsent = d.newlyStale.some((r) => r.oldReviewBy === null) ? ', or were not in it' : '';
  return `Past due on ${d.today}; in the earlier file${between ? ` (on ${d.old.judgedOn}, when it was assessed)` : ''} they were not${perhapsAbsent}.${moved}`;
}

/** The paper's last line, as the assess paper's title block and footer name the tool: an audit can tell which version worked out the figures. */
export const producedWords = (d: AssessmentDiff): string => `Produced by ${d.tool.name} ${d.tool.version}.`;

/** Said once, under the first list of answers: "Yes (1) → No (0)" gave figures with nothing to say what they were. */
export const ANSWER_SCORE_NOTE = 'The figure in brackets after an answer is its score out of 1.';

/** The council's names a diff paper writes (its own, its systems', its waivers' approvers), to isolate those written right to left. */
export const diffNames = (d: AssessmentDiff): (string | null)[] => [d.old.organisation, d.new.organisation, ...d.systems.flatMap((s) => [s.title, s.oldTitle]), ...[...d.newlyAccepted, ...d.noLongerAccepted].map((r) => r.waiver.approvedBy)];

/** A stale answer's change as a list line shows it, after the question's name: "due for review by 2027-05-01 (was 2027-12-01)". */
export function staleWords(r: StaleChange, key: (typeof STALE_LISTS)[number][0]): string {
  if (key === 'newlyStale') return `due for review by ${newReviewDate(r)}`;
  return `${r.newReviewBy === null ? 'no review date now' : `review by ${r.newReviewBy} now`} (was due by ${r.oldReviewBy ?? ''})`;
}

/**
 * Where a file answers another minor version of the questionnaire than the one both were scored against,
 * which: "Both scored against depot-check 1.1.0; old.yaml answers 1.0.0, so it may score differently
 * from when it was assessed." A file of an older minor version is rescored, so its overall may differ
 * from what `assess` gave it then. Undefined when both answer the version found (or name none).
 * `file` and `plain` shape the file names and the other words (markdown's code spans and escapes).
 */
export function versionWords(d: AssessmentDiff, file = (f: string): string => f, plain = (t: string): string => t): string | undefined {
  const other = (['old', 'new'] as const).filter((side) => answersAnotherMinor(d[side].questionnaireVersion, d.questionnaire.version));
  if (!other.length) return undefined;
  const names = other.map((side) => `${file(d[side].file)} ${plain(`answers ${d[side].questionnaireVersion ?? ''}`)}`).join(plain(' and '));
  return `${plain(`Both scored against ${d.questionnaire.id} ${d.questionnaire.version}; `)}${names}${plain(other.length === 1 ? ', so it may score differently from when it was assessed.' : ', so they may score differently from when they were assessed.')}`;
}
