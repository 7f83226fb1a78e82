/**
 * Whole numbers for people, rounded DOWN (SPEC "Scoring"): a shown score never passes a threshold
 * that the exact score fails, so 54.7 shows as 54 beside a failed `--min-score 55`. Gates compare
 * the exact score, and so does this; the JSON keeps exact values.
 */
export const roundScore = (score: number | null): string => (score === null ? 'n/a' : String(Math.floor(score)));
