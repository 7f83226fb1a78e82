/** Whole numbers for people; the JSON keeps them exact (SPEC "Scoring"). */
export const roundScore = (score: number | null): string => (score === null ? 'n/a' : String(Math.round(score)));
