import type { Reporter } from './types.js';

/** The assessment itself: the contract that every other format can be rendered from. */
export const renderJson: Reporter = (assessment) => `${JSON.stringify(assessment, null, 2)}\n`;
