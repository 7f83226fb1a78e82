import type { Assessment } from '../scoring/assessment.js';

export interface ReportContext {
  /** Colour depth for terminal formats: 0 none, 1 basic, 2 256 colours, 3 true colour. */
  colorLevel: 0 | 1 | 2 | 3;
}

/** A report is a pure function of the assessment; it never writes anything itself. */
export type Reporter = (assessment: Assessment, context: ReportContext) => string;
