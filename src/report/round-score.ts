import { exactScore } from '../scoring/rate.js';

/**
 * Whole numbers for people, rounded DOWN (SPEC "Scoring"): a shown score never passes a threshold
 * that the exact score fails, so 54.7 shows as 54 beside a failed `--min-score 55`. Gates compare
 * the exact score, and so does this; the JSON keeps exact values.
 */
export const roundScore = (score: number | null): string => (score === null ? 'n/a' : String(Math.floor(score)));

/**
 * A question's score (0 to 1) in whole hundredths, rounded down like every shown score, from the
 * exact figure: 0.29 × 100 is 28.999999999999996 in binary floating point, and must show as 29.
 */
export const questionHundredths = (score: number): number => Math.floor(exactScore(score * 100));

/**
 * A question's score as every report shows it, 0 to 1 in hundredths, rounded down: a gap scoring
 * 0.999 must not show as 1, which reads as fully met. A number, for the CSV (a spreadsheet reads
 * "0.50" back as 0.5) and JUnit; the CSV showed it out of 100 ("50" beside "score 0.50" in
 * --detail), a second scale for the same figure.
 */
export const questionFraction = (score: number): number => questionHundredths(score) / 100;

/** The same to two places, for the terminal's --detail, where the figures line up. */
export const shownQuestionScore = (score: number): string => questionFraction(score).toFixed(2);
