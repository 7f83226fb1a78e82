import { renderDetail } from './text-detail.js';
import { textStyle } from './text-style.js';
import { renderSummary } from './text-summary.js';
import type { Reporter } from './types.js';

/**
 * The terminal report: a one-screen summary by default, every part with `--detail` (SPEC "v2:
 * reports"). Both are wrapped to the width the command line gives (the terminal's, COLUMNS, else
 * 100), colour by rating, and readable without colour.
 */
export const renderText: Reporter = (a, context) => {
  const st = textStyle(context);
  const lines = context.detail ? renderDetail(a, st, context.catalog) : renderSummary(a, st, context.catalog);
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
};
