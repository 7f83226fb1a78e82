/**
 * The smallest group a figure is shown for unless a forum chooses otherwise (SPEC: default 5). A
 * forum may choose fewer, but it is warned: the fewer the councils behind a median or a count of
 * answers, the easier it is for a reader who knows some of them to work out the rest.
 */
export const DEFAULT_MIN_GROUP = 5;
