/**
 * How far a score in an extract may be from the one the questionnaire gives. Scores are kept to nine
 * places (exactScore); a hand-written 0.333333 for a third is near enough. On the 0-100 scale of
 * section, system and overall scores it is a hundred times as wide, so that figures made of such
 * answer scores are near enough too.
 */
export const TOLERANCE = 1e-6;
export const PERCENT_TOLERANCE = TOLERANCE * 100;
