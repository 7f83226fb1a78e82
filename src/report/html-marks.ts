// Small marks the HTML paper's parts share: an id in its monospace span, a threshold's result as a badge.
import { escapeHtml as h } from '../text/html.js';
import { thresholdResult } from './board-paper-words.js';

export const passBadge = (passed: boolean): string => `<span class="badge ${passed ? 'passed' : 'failed'}">${h(thresholdResult(passed))}</span>`;
export const id = (text: string): string => `<span class="id">${h(text)}</span>`;
