import { safeJson } from '../report/json.js';
import type { BenchmarkRenderer } from './formats.js';

/** The benchmark as data: exact values, null where the minimum group withholds a statistic. */
export const renderBenchmarkJson: BenchmarkRenderer = (result) => safeJson(result);
