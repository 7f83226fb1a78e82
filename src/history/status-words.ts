import type { TrendVersion } from './types.js';

/** How a version that is not on the line is named in the trend's table and summary. */
export const STATUS_WORDS = { 'not-comparable': 'not comparable', invalid: 'invalid' } as const;

/**
 * Why a version is off the line, in words that follow "is": its status, or "not scored" for one that
 * was scored yet has no score (nothing applicable). Only for a version off the line (newestOffLine):
 * it says "not scored" of any scored version.
 */
export const offLineWords = (v: Pick<TrendVersion, 'status'>): string => (v.status === 'scored' ? 'not scored' : STATUS_WORDS[v.status]);
