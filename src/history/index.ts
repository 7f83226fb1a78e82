import { renderTrendMarkdown } from './render-markdown.js';
import { renderTrendText } from './render-text.js';
import type { TrendContext } from './render-context.js';
import type { TrendFormat } from './formats.js';
import type { Trend } from './types.js';

/** The trend's renderers: each a pure function of the trend. */
export const trendRenderers = {
  text: renderTrendText,
  markdown: (trend: Trend) => renderTrendMarkdown(trend),
  json: (trend: Trend) => `${JSON.stringify(trend, null, 2)}\n`,
} satisfies Record<TrendFormat, (trend: Trend, context: TrendContext) => string>;
