import type { TrendVersion } from './types.js';

/** How a version that is not on the line is named in the trend's table and summary. */
export const STATUS_WORDS = { 'not-comparable': 'not comparable', invalid: 'invalid' } as const;

/** A version's status in words; "not scored" for one that was scored yet has no score (nothing applicable). */
export const statusWords = (v: Pick<TrendVersion, 'status'>): string => (v.status === 'scored' ? 'not scored' : STATUS_WORDS[v.status]);
