import type { Rating } from '../questionnaire/types.js';
import type { BenchmarkResult } from './types.js';

/**
 * The benchmark's formats by name, apart from the renderers so the command line can list them
 * without loading any. A format is added here and in the loader (load-renderer.ts), whose exhaustive
 * switch makes the compiler check that the two agree.
 */
export const BENCHMARK_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type BenchmarkFormat = (typeof BENCHMARK_FORMATS)[number];

export interface BenchmarkContext {
  /** Colour depth for the terminal format: 0 none, 1 basic, 2 256 colours, 3 true colour. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Columns to wrap terminal text to; other formats ignore it. */
  width: number;
  /**
   * The questionnaire's rating bands, to say why the highlighted council's rating is below its
   * score's band and give the scale; null when the questionnaire is not at hand. Beside the result,
   * not in it: the JSON benchmark is a published shape.
   */
  ratings?: readonly Rating[] | null;
}

/** A pure function of the benchmark; it never writes anything itself. */
export type BenchmarkRenderer = (result: BenchmarkResult, context: BenchmarkContext) => string;
