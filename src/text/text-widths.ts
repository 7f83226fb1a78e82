/**
 * The widths terminal text is laid out between, whatever the terminal says (SPEC "v2: reports"):
 * narrower than this and no layout reads; wider than this and lines are too long to follow. The
 * assessment's text, the trend and the benchmark all keep to them.
 */
export const MIN_TEXT_WIDTH = 40;
export const MAX_TEXT_WIDTH = 160;
