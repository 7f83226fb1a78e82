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
