/** The trend's output formats, apart from the renderers so the command line can list them without loading any. */
export const TREND_FORMATS = ['text', 'markdown', 'json'] as const;
export type TrendFormat = (typeof TREND_FORMATS)[number];
