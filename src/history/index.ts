import { safeJson } from '../report/json.js';
import { renderTrendMarkdown } from './render-markdown.js';
import { renderTrendText } from './render-text.js';
import type { TrendContext } from './render-context.js';
import type { TrendFormat } from './formats.js';
import type { Trend } from './types.js';

/** The trend's renderers: each a pure function of the trend. */
export const trendRenderers = {
  text: renderTrendText,
  markdown: (trend: Trend) => renderTrendMarkdown(trend),
  // As every JSON the tool writes: the data exactly, with no character that could work a terminal it is printed on.
  json: (trend: Trend) => safeJson(trend),
} satisfies Record<TrendFormat, (trend: Trend, context: TrendContext) => string>;
